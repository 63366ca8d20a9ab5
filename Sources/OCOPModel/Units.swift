import Foundation
import OCOPText

/// Administrative units over time: which unit a record's commune is on a date (following merges and splits), and
/// how records group — by district before the 2025 reorganisation, by commune/ward after it, with the former district
/// kept as an area officials still recognise.
public struct UnitTimeline: Sendable {
    /// The day the two-level local government began (districts abolished, communes merged).
    public static let reorganisation = CivilDate(year: 2025, month: 7, day: 1) ?? CivilDate(dayNumber: 20270)

    public let byId: [String: AdminUnit]
    /// The units each unit came from (the reverse of `successorIds`).
    public let predecessors: [String: [String]]

    /// The timeline of a dataset's units.
    public init(_ units: [AdminUnit]) {
        var by: [String: AdminUnit] = [:]
        var pre: [String: [String]] = [:]
        for u in units where by[u.id] == nil {
            by[u.id] = u
            for s in u.successorIds ?? [] { pre[s, default: []].append(u.id) }
        }
        byId = by
        predecessors = pre
    }

    /// Whether a unit exists on a date.
    public static func isValid(_ u: AdminUnit, on date: CivilDate) -> Bool {
        (u.validFrom.map { $0 <= date } ?? true) && (u.validTo.map { date <= $0 } ?? true)
    }

    /// The units valid on `date` that stand for `id`: itself when valid; its successors (followed further when they
    /// ended too) when it had ended; its predecessors when it did not exist yet. Empty when none can be found.
    public func current(_ id: String, on date: CivilDate) -> [String] {
        guard let u = byId[id] else { return [] }
        if Self.isValid(u, on: date) { return [id] }
        var out: [String] = []
        var seen: Set<String> = [id]
        var frontier = [id]
        let forward = u.validTo.map { $0 < date } ?? false
        while !frontier.isEmpty {
            var next: [String] = []
            for f in frontier {
                let step = forward ? (byId[f]?.successorIds ?? []) : (predecessors[f] ?? [])
                for s in step where seen.insert(s).inserted {
                    guard let su = byId[s] else { continue }
                    if Self.isValid(su, on: date) { out.append(s) } else { next.append(s) }
                }
            }
            frontier = next
        }
        return out
    }

    /// The first unit valid on `date` for `id`, or `id` itself when none is.
    public func currentUnit(_ id: String, on date: CivilDate) -> String { current(id, on: date).first ?? id }

    /// Whether grouping on `date` is by district (before 1 July 2025) or by commune with areas (from it).
    public static func groupsByDistrict(on date: CivilDate) -> Bool { date < reorganisation }

    /// A chain of successors that comes back to where it started (a merge that loops), as the ids along it.
    public func successorCycle(from id: String) -> [String]? {
        var path: [String] = []
        var onPath: Set<String> = []
        func visit(_ x: String) -> [String]? {
            if onPath.contains(x) { return path + [x] }
            onPath.insert(x)
            path.append(x)
            for s in byId[x]?.successorIds ?? [] {
                if let c = visit(s) { return c }
            }
            path.removeLast()
            onPath.remove(x)
            return nil
        }
        return visit(id)
    }
}

import Foundation

/// One saved change as the journal tells it: who, when, what was done to which record, and each field that changed.
/// The journal file keeps one line per field (its format is unchanged); this groups the lines of one save.
public struct JournalChange: Sendable, Hashable {
    public var time: String
    public var user: String
    /// The records key of the file ("products", "tasks" …).
    public var kind: String
    public var id: String
    public var action: String?
    /// The fields that changed, with their values before and after as the journal holds them.
    public var fields: [Field]

    /// One field of a change.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var before: String?
        public var after: String?
    }

    /// The change's action as a typed value, when this version knows it.
    public var journalAction: JournalAction? { action.flatMap(JournalAction.init(rawValue:)) }

    /// The file the changed record lives in.
    public var file: DatasetFile? { DatasetFile.allCases.first { $0.recordsKey == kind } }

    /// Journal lines grouped into changes: consecutive lines of one save (same time, user, record and action).
    public static func grouping(_ entries: [JournalEntry]) -> [JournalChange] {
        var out: [JournalChange] = []
        for e in entries {
            let field = Field(name: e.field, before: e.before, after: e.after)
            if var last = out.last, last.time == e.time, last.user == e.user, last.kind == e.kind, last.id == e.id, last.action == e.action {
                last.fields.append(field)
                out[out.count - 1] = last
            } else {
                out.append(JournalChange(time: e.time, user: e.user, kind: e.kind, id: e.id, action: e.action, fields: [field]))
            }
        }
        return out
    }
}

/// How a list of parts changed between two JSON arrays (reports, notes, actions, chains, evaluations …), told by id
/// (or by position for parts without one): what was added, removed and changed.
public struct PartsDiff: Sendable, Hashable {
    public var added: [[String: String]]
    public var removed: [[String: String]]
    public var changed: [[String: String]]

    /// The difference between two arrays of objects given as JSON text; nil when either is not such an array.
    public static func between(_ before: String?, _ after: String?) -> PartsDiff? {
        func objects(_ s: String?) -> [[String: Any]]? {
            guard let s else { return [] }
            guard let a = try? JSONSerialization.jsonObject(with: Data(s.utf8)) as? [Any] else { return nil }
            let objs = a.compactMap { $0 as? [String: Any] }
            return objs.count == a.count ? objs : nil
        }
        guard let b = objects(before), let a = objects(after), !(b.isEmpty && a.isEmpty) else { return nil }
        func flat(_ o: [String: Any]) -> [String: String] {
            o.compactMapValues { v in (v as? String) ?? (v as? NSNumber).map { "\($0)" } }
        }
        func key(_ o: [String: Any], _ i: Int) -> String { (o["id"] as? String) ?? (o["date"] as? String).map { "\($0)#\(i)" } ?? "#\(i)" }
        let bKeys = Dictionary(b.enumerated().map { (key($0.element, $0.offset), $0.element) }, uniquingKeysWith: { a, _ in a })
        let aKeys = Dictionary(a.enumerated().map { (key($0.element, $0.offset), $0.element) }, uniquingKeysWith: { a, _ in a })
        var diff = PartsDiff(added: [], removed: [], changed: [])
        for (i, o) in a.enumerated() {
            let k = key(o, i)
            if let old = bKeys[k] {
                if !NSDictionary(dictionary: old).isEqual(to: o) { diff.changed.append(flat(o)) }
            } else {
                diff.added.append(flat(o))
            }
        }
        for (i, o) in b.enumerated() where aKeys[key(o, i)] == nil { diff.removed.append(flat(o)) }
        return diff
    }
}

/// How a list of plain values (ids, standards) changed: values added and removed.
public struct ValuesDiff: Sendable, Hashable {
    public var added: [String]
    public var removed: [String]

    /// The difference between two JSON arrays of strings; nil when either is not such an array.
    public static func between(_ before: String?, _ after: String?) -> ValuesDiff? {
        func strings(_ s: String?) -> [String]? {
            guard let s else { return [] }
            guard let a = try? JSONSerialization.jsonObject(with: Data(s.utf8)) as? [Any] else { return nil }
            let strs = a.compactMap { $0 as? String }
            return strs.count == a.count ? strs : nil
        }
        guard let b = strings(before), let a = strings(after) else { return nil }
        return ValuesDiff(added: a.filter { !b.contains($0) }, removed: b.filter { !a.contains($0) })
    }
}

import Foundation

/// How far the programme is towards one of its targets, by the figures' definitions, on a date.
public struct TargetProgress: Sendable, Hashable {
    public let target: ProgrammeTarget
    /// The day the value is counted on: the as-of date, or the target's end (31/12 of its year) when that came first.
    public let date: CivilDate
    public let value: Double
    /// The value as a share of the target, in per cent.
    public var percent: Double { target.value == 0 ? 0 : value * 100 / target.value }
    /// Whether the target is reached.
    public var met: Bool { value >= target.value }
}

extension ProgrammeTarget {
    /// The measure's value on the as-of date (or the target's end, when earlier), by the definitions in `Figure`.
    public func progress(_ index: DatasetIndex, asOf: CivilDate) -> TargetProgress {
        let end = CivilDate(year: year, month: 12, day: 31) ?? asOf
        let date = min(asOf, end)
        let ds = index.dataset
        let value: Double
        switch measure {
        case .everCertified:
            value = Double(ds.products.filter { Rules.firstCertification($0).map { $0 <= date } ?? false }.count)
        case .certifiedProducts:
            value = Double(ds.products.filter { Rules.isCertified($0, on: date) }.count)
        case .fourStarsOrMore:
            value = Double(ds.products.filter { (Rules.isCertified($0, on: date) ? Rules.certificate(of: $0, on: date)?.stars ?? 0 : 0) >= 4 }.count)
        case .fiveStars:
            value = Double(ds.products.filter { (Rules.isCertified($0, on: date) ? Rules.certificate(of: $0, on: date)?.stars ?? 0 : 0) >= 5 }.count)
        case .producers:
            value = Double(Set(ds.products.filter { Rules.isCertified($0, on: date) }.map(\.producerId)).count)
        case .communeCoveragePercent:
            let stats = Statistics(index, on: date)
            value = (Places(index, on: date).totalCoverage(stats).productPercent * 10).rounded() / 10
        }
        return TargetProgress(target: self, date: date, value: value)
    }
}

extension Statistics {
    /// First certifications per year with the running total, for the years from the first to the as-of date's.
    public func certificationsByYear() -> [(year: Int, count: Int, cumulative: Int)] {
        guard let first = newlyCertifiedByYear.keys.min(), let last = newlyCertifiedByYear.keys.max() else { return [] }
        var total = 0
        return (first...last).map { y in
            total += newlyCertifiedByYear[y] ?? 0
            return (y, newlyCertifiedByYear[y] ?? 0, total)
        }
    }
}

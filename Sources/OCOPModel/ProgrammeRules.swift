import Foundation
import OCOPText

/// The programme's rules as a table (data, so that they can be corrected without code): when each criteria set
/// applies, and which council level may award which stars under which set and from when.
public struct ProgrammeRules: Codable, Hashable, Sendable {
    /// A criteria set and the days it applies to evaluations.
    public struct CriteriaPeriod: Codable, Hashable, Sendable {
        public var criteriaSet: CriteriaSet
        public var from: CivilDate
        public var to: CivilDate?
        public var source: String
    }

    /// A council level's power under a criteria set in a period: the stars it may award (recognise).
    public struct Award: Codable, Hashable, Sendable {
        public var criteriaSet: CriteriaSet
        public var councilLevel: CouncilLevel
        public var from: CivilDate
        public var to: CivilDate?
        public var minStars: Int
        public var maxStars: Int
        public var source: String
    }

    public var criteria: [CriteriaPeriod]
    public var awards: [Award]

    /// The table DOMAIN.md describes: 1048/QĐ-TTg from 21/8/2019 (district scores, the province certifies 3–4★, the
    /// centre 5★; from 781/QĐ-TTg of June 2020 the district certifies 3★), 148/QĐ-TTg from 24/2/2023 (district 3★,
    /// province 4★, centre 5★), and from 1/7/2025 (1489/QĐ-TTg) no district level: the province certifies 3–4★,
    /// ≥ 90 points go to the ministry (central).
    public static let standard: ProgrammeRules = {
        // Days counted from 1970-01-01 from a valid y-m-d (the table's dates are all real days).
        func d(_ y: Int, _ m: Int, _ day: Int) -> CivilDate { CivilDate(year: y, month: m, day: day) ?? CivilDate(dayNumber: 0) }
        return ProgrammeRules(
            criteria: [
                CriteriaPeriod(criteriaSet: .d1048, from: d(2019, 8, 21), to: d(2023, 2, 23), source: "Quyết định 1048/QĐ-TTg ngày 21/8/2019"),
                CriteriaPeriod(criteriaSet: .d148, from: d(2023, 2, 24), to: nil, source: "Quyết định 148/QĐ-TTg ngày 24/02/2023"),
            ],
            awards: [
                Award(criteriaSet: .d1048, councilLevel: .province, from: d(2019, 8, 21), to: d(2023, 2, 23), minStars: 3, maxStars: 4,
                      source: "Quyết định 1048/QĐ-TTg"),
                Award(criteriaSet: .d1048, councilLevel: .district, from: d(2020, 6, 1), to: d(2023, 2, 23), minStars: 3, maxStars: 3,
                      source: "Quyết định 781/QĐ-TTg (sửa đổi 1048)"),
                Award(criteriaSet: .d1048, councilLevel: .central, from: d(2019, 8, 21), to: d(2023, 2, 23), minStars: 5, maxStars: 5,
                      source: "Quyết định 1048/QĐ-TTg"),
                Award(criteriaSet: .d148, councilLevel: .district, from: d(2023, 2, 24), to: d(2025, 6, 30), minStars: 3, maxStars: 3,
                      source: "Quyết định 148/QĐ-TTg"),
                Award(criteriaSet: .d148, councilLevel: .province, from: d(2023, 2, 24), to: d(2025, 6, 30), minStars: 4, maxStars: 4,
                      source: "Quyết định 148/QĐ-TTg"),
                Award(criteriaSet: .d148, councilLevel: .province, from: d(2025, 7, 1), to: nil, minStars: 3, maxStars: 4,
                      source: "Quyết định 1489/QĐ-TTg ngày 06/7/2025 (chính quyền hai cấp)"),
                Award(criteriaSet: .d148, councilLevel: .central, from: d(2023, 2, 24), to: nil, minStars: 5, maxStars: 5,
                      source: "Quyết định 148/QĐ-TTg; 1489/QĐ-TTg"),
            ])
    }()

    /// The criteria sets that apply on a day.
    public func criteriaSets(on date: CivilDate) -> [CriteriaSet] {
        criteria.filter { $0.from <= date && ($0.to.map { date <= $0 } ?? true) }.map(\.criteriaSet)
    }

    /// The stars a council level may award under a set on a day (nil: it may award none).
    public func awardable(by level: CouncilLevel, under set: CriteriaSet, on date: CivilDate) -> ClosedRange<Int>? {
        var lo = Int.max, hi = Int.min
        for a in awards where a.councilLevel == level && a.criteriaSet == set && a.from <= date && (a.to.map { date <= $0 } ?? true) {
            lo = min(lo, a.minStars)
            hi = max(hi, a.maxStars)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// Whether `set` may be used on `date`: true when it is in force, or when no set is (the table is silent).
    public func mayUse(_ set: CriteriaSet, on date: CivilDate) -> Bool {
        var any = false
        for c in criteria where c.from <= date && (c.to.map { date <= $0 } ?? true) {
            if c.criteriaSet == set { return true }
            any = true
        }
        return !any
    }
}

extension Dataset {
    /// The dataset's rules table, or the standard one.
    public var rules: ProgrammeRules { info.rules ?? .standard }
}

import Foundation

/// A calendar day with no time zone, as dates appear in decisions, certificates and reports.
/// Packed into 4 bytes (year << 9 | month << 5 | day), so a million products' dates stay small; the order of the
/// packed values is the order of the dates.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// year << 9 | month << 5 | day.
    let packed: UInt32

    /// The year (1–9999 for parsed dates).
    public var year: Int { Int(packed >> 9) }
    /// The month, 1–12.
    public var month: Int { Int((packed >> 5) & 0xF) }
    /// The day of the month, 1–31.
    public var day: Int { Int(packed & 0x1F) }

    /// A valid date, or nil for impossible ones such as 31/02 or 29/02 in a common year.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        packed = UInt32(year) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// A date from parts already known to be valid (and a year that fits: day numbers of any `Int` date do).
    init(unchecked year: Int, month: Int, day: Int) {
        packed = UInt32(truncatingIfNeeded: max(0, year)) << 9 | UInt32(month) << 5 | UInt32(day)
    }

    /// Whether the year is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month of a year.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Parses a date as officials type it: ISO `yyyy-mm-dd`, or day first `dd/mm/yyyy`, `d-m-yyyy`, `d/m/yy`, `d.m.yyyy`.
    public static func parse(_ text: String) -> CivilDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let sep = t.first(where: { $0 == "/" || $0 == "-" || $0 == "." }) else { return nil }
        let p = t.split(separator: sep, omittingEmptySubsequences: false)
        guard p.count == 3, p.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) }),
              let a = Int(p[0]), let b = Int(p[1]), let c = Int(p[2]) else { return nil }
        // yyyy-mm-dd (ISO), else day first: d/m/yyyy, d-m-yyyy, d/m/yy (00–69 → 20xx, 70–99 → 19xx).
        if p[0].count == 4 { return p[2].count <= 2 ? CivilDate(year: a, month: b, day: c) : nil }
        guard p[0].count <= 2, p[1].count <= 2 else { return nil }
        switch p[2].count {
        case 4: return CivilDate(year: c, month: b, day: a)
        case 2: return CivilDate(year: c < 70 ? 2000 + c : 1900 + c, month: b, day: a)
        default: return nil
        }
    }

    /// ISO form, as stored in the JSON files.
    public var iso: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// Vietnamese display form dd/mm/yyyy.
    public var display: String {
        String(format: "%02d/%02d/%04d", day, month, year)
    }

    public var description: String { iso }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences between dates.
    public var dayNumber: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date from a day number as produced by `dayNumber`.
    public init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(unchecked: y, month: m, day: d)
    }

    /// The date `n` days later (or earlier for negative `n`).
    public func adding(days n: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + n) }

    /// The same day `n` months later, clamped to the month's last day (31/01 + 1 month = 28 or 29/02).
    public func adding(months n: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + n
        let y = total / 12
        let m = total % 12 + 1
        let d = min(day, CivilDate.daysIn(month: m, year: y))
        return CivilDate(year: y, month: m, day: d) ?? self
    }

    /// Days from this date to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// Today in the local calendar.
    public static func today() -> CivilDate {
        let c = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: c.year ?? 2021, month: c.month ?? 1, day: c.day ?? 1) ?? CivilDate(dayNumber: 0)
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool { a.packed < b.packed }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = CivilDate.parse(s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "date:\(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

import Foundation

/// The name of a reporting period in the dataset's own style: "Quý IV/2026", "6 tháng cuối năm 2026", "Năm 2026",
/// "Tháng 12/2026" — or "Q4/2026" when the dataset's quarters are written that way.
public enum ReportPeriod {
    /// The period of `kind` that holds `date`, written as `examples` (the dataset's existing periods) write theirs.
    public static func name(_ kind: ReportPeriodKind, on date: CivilDate, examples: [String]) -> String {
        switch kind {
        case .month: return "Tháng \(date.month)/\(date.year)"
        case .quarter:
            let q = (date.month - 1) / 3 + 1
            let latin = examples.contains { $0.hasPrefix("Q") && !$0.hasPrefix("Quý") }
            let roman = ["I", "II", "III", "IV"][q - 1]
            return latin ? "Q\(q)/\(date.year)" : "Quý \(roman)/\(date.year)"
        case .halfYear: return (date.month <= 6 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + "\(date.year)"
        case .year: return "Năm \(date.year)"
        }
    }

    /// Whether `text` is what `name` would suggest for some kind on `date` (so a form may replace it when the kind
    /// changes without losing anything typed).
    public static func isSuggestion(_ text: String, on date: CivilDate, examples: [String]) -> Bool {
        ReportPeriodKind.allCases.contains { name($0, on: date, examples: examples) == text }
    }
}

import Foundation
import OCOPModel
import OCOPText

/// Numbers and dates as officials read them: 1.234,5 and dd/mm/yyyy in Vietnamese.
public enum Format {
    /// A number with thousands separators and up to `decimals` decimals, in the language's convention.
    public static func number(_ v: Double, decimals: Int = 0, _ lang: Language) -> String {
        // A value that no integer holds (NaN, infinity, beyond ±9·10¹⁵) is shown, never converted (that would trap).
        guard v.isFinite else { return v.isNaN ? "—" : (v < 0 ? "-∞" : "∞") }
        let neg = v < 0
        let decimals = max(0, min(decimals, 6))
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(v) * scale).rounded() / scale
        guard rounded < 9e15 else { return (neg ? "-" : "") + String(format: "%.3e", abs(v)) }
        let intPart = Int(rounded)
        var frac = ""
        if decimals > 0 {
            let f = Int(((rounded - Double(intPart)) * scale).rounded())
            frac = f == 0 ? "" : String(format: "%0\(decimals)d", f)
            while frac.hasSuffix("0") { frac.removeLast() }
        }
        let digits = String(intPart)
        // Vietnamese groups thousands with "." and marks decimals with ","; English the other way round (catalog).
        let thousands = Msg.thousandsSeparator.text(lang), decimal = Msg.decimalMark.text(lang)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(thousands) }
            grouped.append(ch)
        }
        if !frac.isEmpty { grouped += String(decimal) + frac }
        return (neg ? "-" : "") + grouped
    }

    /// An integer with thousands separators.
    public static func int(_ v: Int, _ lang: Language) -> String { number(Double(v), lang) }

    /// Hectares: "6.720 ha" / "6,720 ha".
    public static func hectares(_ v: Double, _ lang: Language) -> String { number(v, decimals: 1, lang) + " ha" }

    /// A date as dd/mm/yyyy.
    public static func date(_ d: CivilDate?) -> String { d?.display ?? "—" }

    /// Stars as glyphs: "★★★☆☆" reads without colour.
    public static func stars(_ n: Int) -> String {
        n <= 0 ? "—" : String(repeating: "★", count: min(n, 5))
    }
}

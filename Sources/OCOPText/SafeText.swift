/// Makes text from data safe to print on a terminal: every control character becomes something visible, so no
/// escape sequence (colours, cursor moves, an OSC 52 clipboard write, a C1 CSI) from a data file reaches stdout.
///
/// The placeholders, chosen to be visible, one glance to read, and never interpreted by a terminal:
/// - C0 controls U+0000–U+001F become their Control Pictures U+2400–U+241F (`␀` … `␛` for ESC … `␟`);
/// - DEL U+007F becomes `␡` (U+2421);
/// - C1 controls U+0080–U+009F, which have no control picture, become their code in angle brackets: `<9B>` for
///   CSI (an HTML tag cannot start with a digit, so Markdown shows it as text).
public enum SafeText {
    /// Whether a scalar is a C0 control, DEL or a C1 control.
    @inline(__always) public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// The visible stand-in for a control scalar (the scalar itself for anything else).
    public static func placeholder(for s: Unicode.Scalar) -> String {
        let v = s.value
        if v < 0x20 { return String(Character(Unicode.Scalar(0x2400 + v) ?? "?")) }
        if v == 0x7F { return "␡" }
        if v >= 0x80 && v <= 0x9F { return "<" + hex2(v) + ">" }
        return String(Character(s))
    }

    /// A piece of data printed inside a line (a name, an id, a path): every control character, newline and tab
    /// included, becomes its placeholder.
    public static func field(_ text: String) -> String {
        guard needsWork(text, keepLayout: false) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for s in text.unicodeScalars {
            if isControl(s) { out += placeholder(for: s) } else { out.unicodeScalars.append(s) }
        }
        return out
    }

    /// A whole text output (a report, a list of problems): its own line structure is kept — newline, tab, and a
    /// carriage return directly before a newline (CSV's CRLF) — and every other control character becomes its
    /// placeholder.
    public static func output(_ text: String) -> String {
        guard needsWork(text, keepLayout: true) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            let v = s.value
            if v == 0x0A || v == 0x09 || (v == 0x0D && i + 1 < scalars.count && scalars[i + 1].value == 0x0A) {
                out.unicodeScalars.append(s)
            } else if isControl(s) {
                out += placeholder(for: s)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// JSON text made safe without changing its meaning: raw DEL and C1 controls (legal inside JSON strings, but
    /// acted on by terminals) become `\u007f`-style escapes; any other raw control outside the JSON layout
    /// (which a JSON encoder never leaves in a string) becomes its placeholder.
    public static func json(_ text: String) -> String {
        guard needsWork(text, keepLayout: true) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0x0A || v == 0x09 {
                out.unicodeScalars.append(s)
            } else if v >= 0x7F && v <= 0x9F {
                out += "\\u00" + hex2(v).lowercased()
            } else if isControl(s) {
                out += placeholder(for: s)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether the text holds a byte that the function would change (a fast scan over UTF-8).
    static func needsWork(_ text: String, keepLayout: Bool) -> Bool {
        var prev: UInt8 = 0
        for b in text.utf8 {
            if b < 0x20 {
                if !keepLayout || (b != 0x0A && b != 0x09 && b != 0x0D) { return true }
                if b == 0x0D { return true }  // checked precisely (CRLF is kept) by the slow path
            } else if b == 0x7F {
                return true
            } else if prev == 0xC2 && b >= 0x80 && b <= 0x9F {
                return true
            }
            prev = b
        }
        return false
    }

    static func hex2(_ v: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int((v >> 4) & 0xF)], digits[Int(v & 0xF)]])
    }
}

import Foundation

/// Vietnamese alphabetical order for sorting: letters first (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v
/// x y), then tones (none, huyền, hỏi, ngã, sắc, nặng), case last — the order of Vietnamese dictionaries.
/// "Du" sorts before "Đèn", "Điều" after both; "ma" < "mà" < "mả" < "mã" < "má" < "mạ".
public enum VietnameseCollation {
    /// A key that compares (as bytes) in Vietnamese order: the primary letters, then the tones, then the case.
    public static func key(_ text: String) -> [UInt8] {
        // Fast path: ASCII and precomposed Latin letters from a table (names are NFC); anything else (a combining
        // mark, a scalar outside the table) takes the general path, which decomposes the whole text.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var marks: [UInt8] = []   // tone then case, per letter
        marks.reserveCapacity(2 * text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let letter: Letter
            if v < 0x80 {
                let upper = v >= 0x41 && v <= 0x5A
                letter = Letter(base: upper ? v + 32 : v, shape: 0, tone: 0, upper: upper)
            } else if v >= 0xC0 && v < 0x1F00, let l = table[Int(v - 0xC0)] {
                letter = l
            } else {
                return key(letters(text))
            }
            appendPrimary(letter.base, letter.shape, to: &out)
            marks.append(letter.tone)
            marks.append(letter.upper ? 1 : 0)
        }
        out.append(0)
        for k in stride(from: 0, to: marks.count, by: 2) { out.append(marks[k]) }
        out.append(0)
        for k in stride(from: 1, to: marks.count, by: 2) { out.append(marks[k]) }
        return out
    }

    /// One letter of a text as the order sees it: its base (lower case), shape (ă ơ ư: 1, â ê ô: 2, đ: 3), tone
    /// (none, huyền, hỏi, ngã, sắc, nặng: 0–5) and case.
    struct Letter: Sendable {
        var base: UInt32
        var shape: UInt8
        var tone: UInt8
        var upper: Bool
    }

    /// The letters of U+00C0…U+1EFF taken alone (nil for a combining mark or a scalar that is not one letter).
    static let table: [Letter?] = (0xC0..<0x1F00).map { v -> Letter? in
        guard let s = Unicode.Scalar(UInt32(v)), s.properties.canonicalCombiningClass.rawValue == 0 else { return nil }
        let l = letters(String(s))
        return l.count == 1 ? l[0] : nil
    }

    /// The key of a text's letters.
    static func key(_ letters: [Letter]) -> [UInt8] {
        var out: [UInt8] = []
        for l in letters { appendPrimary(l.base, l.shape, to: &out) }
        return out + [0] + letters.map(\.tone) + [0] + letters.map { $0.upper ? 1 : 0 }
    }

    /// The letters of a text, from its canonical decomposition (the general path).
    static func letters(_ text: String) -> [Letter] {
        var out: [Letter] = []
        var pendingTone: UInt8 = 0
        var current: Letter?
        func flush() {
            guard var c = current else { return }
            c.tone = pendingTone
            out.append(c)
            current = nil
            pendingTone = 0
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x0300: pendingTone = 1           // huyền
            case 0x0309: pendingTone = 2           // hỏi
            case 0x0303: pendingTone = 3           // ngã
            case 0x0301: pendingTone = 4           // sắc
            case 0x0323: pendingTone = 5           // nặng
            case 0x0306: current?.shape = 1        // breve: ă
            case 0x0302: current?.shape = 2        // circumflex: â ê ô
            case 0x031B: current?.shape = 1        // horn: ơ ư
            default:
                if scalar.properties.canonicalCombiningClass.rawValue != 0 { continue }
                flush()
                let lower = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
                current = Letter(base: lower, shape: v == 0x0110 || v == 0x0111 ? 3 : 0, tone: 0, upper: lower != v)
            }
        }
        flush()
        return out
    }

    /// Appends the primary weight of a letter (see `primary`).
    static func appendPrimary(_ base: UInt32, _ shape: UInt8, to out: inout [UInt8]) {
        let b = base == 0x0111 ? 0x64 : base
        if b < 0x80, b >= 0x61 && b <= 0x7A {
            out.append(0x80 + (UInt8(b) - 0x61) * 4 + shape)
        } else if b < 0x80 {
            out.append(UInt8(b))
        } else {
            out.append(contentsOf: primary(base, shape))
        }
    }

    /// The key as the general path makes it (tests compare the fast path against it).
    static func generalKey(_ text: String) -> [UInt8] { key(letters(text)) }

    /// The primary weight of a letter: Vietnamese letters in their alphabet positions; other characters after
    /// their base letter by code point.
    static func primary(_ base: UInt32, _ shape: UInt8) -> [UInt8] {
        // đ is d with shape 3 (decomposition leaves it as U+0111).
        let b = base == 0x0111 ? 0x64 : base
        guard b < 0x80 else {
            // Outside ASCII: after every letter, by code point.
            return [0xF0, UInt8((b >> 16) & 0xFF), UInt8((b >> 8) & 0xFF), UInt8(b & 0xFF)]
        }
        let c = UInt8(b)
        guard c >= 0x61 && c <= 0x7A else { return [c] }   // digits, spaces and punctuation keep their order, before letters
        // Each letter gets a slot of four: the plain letter, then ă/ơ/ư (1), â/ê/ô (2), đ (3).
        return [0x80 + (c - 0x61) * 4 + shape]
    }

    /// Whether `a` sorts before `b` in Vietnamese order.
    public static func less(_ a: String, _ b: String) -> Bool { key(a).lexicographicallyPrecedes(key(b)) }
}

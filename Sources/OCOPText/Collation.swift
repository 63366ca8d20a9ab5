import Foundation

/// Vietnamese alphabetical order for sorting: letters first (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v
/// x y), then tones (none, huyền, hỏi, ngã, sắc, nặng), case last — the order of Vietnamese dictionaries.
/// "Du" sorts before "Đèn", "Điều" after both; "ma" < "mà" < "mả" < "mã" < "má" < "mạ".
public enum VietnameseCollation {
    /// A key that compares (as bytes) in Vietnamese order: the primary letters, then the tones, then the case.
    public static func key(_ text: String) -> [UInt8] {
        var letters: [UInt8] = []
        var tones: [UInt8] = []
        var cases: [UInt8] = []
        letters.reserveCapacity(text.utf8.count)
        var pendingTone: UInt8 = 0
        var current: (base: UInt32, shape: UInt8, upper: Bool)?
        func flush() {
            guard let c = current else { return }
            letters.append(contentsOf: primary(c.base, c.shape))
            tones.append(pendingTone)
            cases.append(c.upper ? 1 : 0)
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
                current = (lower, v == 0x0110 || v == 0x0111 ? 3 : 0, lower != v)
            }
        }
        flush()
        return letters + [0] + tones + [0] + cases
    }

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

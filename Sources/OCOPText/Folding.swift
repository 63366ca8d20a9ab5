import Foundation

/// Text helpers shared by the model and the terminal layer: search folding and Vietnamese normalisation.
public enum TextFolding {
    /// Folds text for search: lowercased, diacritics removed, đ/Đ → d, NFC and NFD alike.
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    out.append(Unicode.Scalar(v + 32)!)
                } else {
                    out.append(scalar)
                }
                continue
            }
            if scalar.properties.canonicalCombiningClass.rawValue != 0 { continue }
            switch v {
            case 0x0110, 0x0111: out.append("d")
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { out.append(lower) }
            }
        }
        return String(out)
    }

    /// True when the folded `needle` occurs in the folded `haystack`; an empty needle matches everything.
    public static func matches(_ haystack: String, needle: String) -> Bool {
        let n = fold(needle)
        if n.isEmpty { return true }
        return fold(haystack).contains(n)
    }

    /// True when the text is already in Unicode Normalization Form C.
    public static func isNFC(_ text: String) -> Bool {
        var ascii = true
        for unit in text.utf8 where unit >= 0x80 { ascii = false; break }
        if ascii { return true }
        return text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars)
    }

    /// The text in NFC, the form every stored string uses.
    public static func nfc(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
    }

    /// True for C0, DEL and C1 control scalars (tab and newline included: callers decide what they allow).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// The first control scalar in the text other than those in `allowed`, if any.
    public static func firstControl(in text: String, allowed: Set<Unicode.Scalar> = []) -> Unicode.Scalar? {
        for unit in text.utf8 where unit < 0x20 || unit == 0x7F || unit == 0xC2 {
            // Fast filter passed: fall back to a scalar scan.
            for s in text.unicodeScalars where isControl(s) && !allowed.contains(s) { return s }
            return nil
        }
        return nil
    }
}

import Foundation

/// Text helpers shared by the model and the terminal layer: search folding and Vietnamese normalisation.
public enum TextFolding {
    /// Folds text for search: lowercased, diacritics removed, đ/Đ → d, NFC and NFD alike.
    public static func fold(_ text: String) -> String {
        // Fast path: ASCII only lowercases.
        var ascii = true
        for b in text.utf8 where b >= 0x80 { ascii = false; break }
        if ascii { return text.lowercased() }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32)! : scalar)
            } else if v >= 0xC0 && v < 0x1F00, let mapped = latinTable[Int(v - 0xC0)] {
                out.append(mapped)
            } else {
                return slowFold(text)
            }
        }
        return String(out)
    }

    /// Folded base letters for U+00C0…U+1EFF (Latin letters with diacritics, Vietnamese included); nil where a
    /// scalar needs the general path.
    static let latinTable: [Unicode.Scalar?] = (0xC0..<0x1F00).map { v -> Unicode.Scalar? in
        guard let s = Unicode.Scalar(UInt32(v)) else { return nil }
        if v == 0x0110 || v == 0x0111 { return "d" }
        if s.properties.canonicalCombiningClass.rawValue != 0 { return nil }
        let folded = slowFold(String(s))
        return folded.unicodeScalars.count == 1 ? folded.unicodeScalars.first : nil
    }

    static func slowFold(_ text: String) -> String {
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

    /// Whether folded `needle` bytes occur in folded `haystack` bytes (both from `fold(_:).utf8`): a plain byte
    /// search, fast enough to scan 100k names on every keystroke.
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack[...]) != nil
    }

    /// As above, on a slice (a `PackedBytes` element).
    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// The byte offset of the first occurrence of `needle` in `haystack`, if any.
    public static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        firstIndex(of: needle, in: haystack[...])
    }

    /// The offset (from the slice's start) of the first occurrence of `needle` in `haystack`, if any.
    public static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        haystack.withUnsafeBufferPointer { hp in needle.withUnsafeBufferPointer { np in firstIndex(of: np, in: hp) } }
    }

    /// The offset of the first occurrence of `needle` in `haystack`, if any (buffers read in place).
    public static func firstIndex(of np: UnsafeBufferPointer<UInt8>, in hp: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = np.count, h = hp.count
        if n == 0 { return 0 }
        if n > h { return nil }
        let first = np[0]
        var i = 0
        let last = h - n
        while i <= last {
            if hp[i] == first {
                var j = 1
                while j < n && hp[i + j] == np[j] { j += 1 }
                if j == n { return i }
            }
            i += 1
        }
        return nil
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

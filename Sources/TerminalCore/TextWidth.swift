/// Column widths of text in a terminal, measured per grapheme cluster.
public enum TextWidth {
    /// Columns a grapheme occupies: 0 for marks and joiners alone, 2 for wide (CJK, fullwidth) characters, else 1.
    public static func width(of g: Character) -> Int {
        if g.asciiValue != nil { return g == "\r\n" ? 2 : 1 }
        if isSimpleNarrow(g) { return 1 }
        var first: Unicode.Scalar?
        for s in g.unicodeScalars {
            if isZeroWidth(s) { continue }
            first = s
            break
        }
        guard let base = first else { return 0 }
        if isControl(base) { return 1 } // drawn as a one-column placeholder
        return isWide(base) ? 2 : 1
    }

    /// Total columns of a string, grapheme by grapheme.
    public static func width(of s: String) -> Int {
        // ASCII (without CR LF pairs) is one column per byte.
        var ascii = true
        for b in s.utf8 where b >= 0x80 || b == 0x0D { ascii = false; break }
        if ascii { return s.utf8.count }
        if isSimpleNarrowText(s) { return s.unicodeScalars.count }
        var w = 0
        for g in s { w += width(of: g) }
        return w
    }

    /// A single-scalar grapheme from blocks that are always one column (precomposed Vietnamese and other Latin
    /// letters, box drawing, block elements, geometric shapes, ★ and …): the fast path for drawing.
    @inline(__always) public static func isSimpleNarrow(_ g: Character) -> Bool {
        let us = g.unicodeScalars
        guard let f = us.first?.value, us.index(after: us.startIndex) == us.endIndex else { return false }
        return (f >= 0xA0 && f < 0x300) || (f >= 0x1E00 && f < 0x1F00) || (f >= 0x2500 && f < 0x2600)
            || f == 0x2605 || f == 0x2026 || f == 0x2022 || f == 0x203A
    }

    /// Whether every scalar of the text is a one-column grapheme by itself (no controls, marks, joiners or wide
    /// characters), so the text can be drawn one scalar per cell.
    public static func isSimpleNarrowText(_ s: String) -> Bool {
        for v in s.unicodeScalars {
            let u = v.value
            if u >= 0x20 && u < 0x7F { continue }
            if (u >= 0xA0 && u < 0x300) || (u >= 0x1E00 && u < 0x1F00) || (u >= 0x2500 && u < 0x2600)
                || u == 0x2605 || u == 0x2026 || u == 0x2022 || u == 0x203A { continue }
            return false
        }
        return true
    }

    /// C0, DEL and C1 control scalars.
    @inline(__always) public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v <= 0x9F)
    }

    /// Scalars that take no column of their own: combining marks, joiners, variation selectors.
    public static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x300 { return false }
        if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return true }
        if (0xFE00...0xFE0F).contains(v) || (0xE0100...0xE01EF).contains(v) { return true }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        case .format: return true
        default: return false
        }
    }

    /// East Asian Wide and Fullwidth ranges, and the wide emoji blocks.
    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x1100 { return false }
        return (0x1100...0x115F).contains(v) || (0x231A...0x231B).contains(v) || (0x2329...0x232A).contains(v)
            || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v) || (0x3400...0x4DBF).contains(v)
            || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v) || (0xA960...0xA97F).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE10...0xFE19).contains(v)
            || (0xFE30...0xFE6F).contains(v) || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v)
            || (0x1F300...0x1F64F).contains(v) || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v)
            || (0x20000...0x2FFFD).contains(v) || (0x30000...0x3FFFD).contains(v)
    }

    /// A visible one-column stand-in for a control character from data (never sent to the terminal).
    public static func placeholder(for s: Unicode.Scalar) -> Character {
        let v = s.value
        if v < 0x20 { return Character(Unicode.Scalar(0x2400 + v)!) }  // ␀ … ␟ (␛ for ESC)
        if v == 0x7F { return "␡" }
        return "�"
    }

    /// The text cut to at most `maxWidth` columns at a grapheme boundary, ending with "…" when cut.
    public static func truncate(_ s: String, to maxWidth: Int) -> String {
        guard maxWidth > 0 else { return "" }
        if s.utf8.count <= maxWidth || width(of: s) <= maxWidth { return s }
        var out = ""
        var w = 0
        for g in s {
            let gw = width(of: g)
            if w + gw > maxWidth - 1 { break }
            out.append(g)
            w += gw
        }
        return out + "…"
    }

    /// The text padded with spaces (or cut) to exactly `width` columns, aligned left, right or centre.
    public static func pad(_ s: String, to width: Int, align: Alignment = .left) -> String {
        let t = truncate(s, to: width)
        if t.isEmpty { return String(repeating: " ", count: max(0, width)) }
        let gap = max(0, width - TextWidth.width(of: t))
        switch align {
        case .left: return t + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + t
        case .center: return String(repeating: " ", count: gap / 2) + t + String(repeating: " ", count: gap - gap / 2)
        }
    }
}

/// Horizontal alignment of text in a column.
public enum Alignment: Sendable, Hashable {
    case left, right, center
}

import Testing
@testable import TerminalCore

@Suite struct WidthTests {
    static let nfc = "Mật ong hoa cà phê Cẩm Mỹ"
    static let table: [(String, Int)] = [
        ("a", 1), ("ầ", 1), ("ầ".decomposedStringWithCanonicalMapping, 1), ("Đồng Nai", 8),
        ("Đồng Nai".decomposedStringWithCanonicalMapping, 8), (nfc, 25), (nfc.decomposedStringWithCanonicalMapping, 25),
        ("Bưởi Tân Triều", 14), ("中文", 4), ("日本語", 6), ("한국", 4), ("ｱ", 1), ("Ａ", 2),
        ("e\u{0301}", 1), ("\u{0301}", 0), ("\u{200D}", 0), ("\u{200B}", 0), ("★", 1), ("…", 1),
        ("\u{1B}", 1), ("\t", 1), ("\u{7F}", 1), ("\u{85}", 1), ("a\u{0323}\u{0302}", 1),
    ]

    @Test(arguments: table)
    func columns(text: String, width: Int) {
        #expect(TextWidth.width(of: text) == width, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func truncationNeverCutsAGrapheme() {
        let s = "Sầu riêng Ri6 Long Giao".decomposedStringWithCanonicalMapping
        for w in 1...24 {
            let t = TextWidth.truncate(s, to: w)
            #expect(TextWidth.width(of: t) <= w)
            if TextWidth.width(of: s) > w { #expect(t.hasSuffix("…")) }
            // Every grapheme of the result except the ellipsis is a whole grapheme of the source.
            let kept = t.hasSuffix("…") ? String(t.dropLast()) : t
            #expect(s.hasPrefix(kept))
        }
        #expect(TextWidth.truncate("中文字", to: 4) == "中…")
        #expect(TextWidth.truncate("abc", to: 3) == "abc")
    }

    @Test func padAligns() {
        #expect(TextWidth.pad("ầ", to: 3, align: .right) == "  ầ")
        #expect(TextWidth.pad("中", to: 4, align: .center) == " 中 ")
    }
}

@Suite struct CellBufferTests {
    @Test func nfcAndNfdLandInTheSameColumns() {
        var a = CellBuffer(width: 20, height: 1), b = CellBuffer(width: 20, height: 1)
        a.put("Đồng Nai|", x: 0, y: 0)
        b.put("Đồng Nai|".decomposedStringWithCanonicalMapping, x: 0, y: 0)
        #expect(a[8, 0].grapheme == "|")
        #expect(b[8, 0].grapheme == "|")
    }

    @Test func wideCharactersTakeTwoCells() {
        var b = CellBuffer(width: 6, height: 1)
        let used = b.put("中文ab", x: 0, y: 0)
        #expect(used == 6)
        #expect(b[0, 0].width == 2 && b[1, 0].isContinuation && b[4, 0].grapheme == "a")
        #expect(b.textLines()[0] == "中文ab")
    }

    @Test func wideCharacterAtTheEdgeLeavesASpace() {
        var b = CellBuffer(width: 5, height: 1)
        b.put("ab中文", x: 0, y: 0)
        #expect(b.textLines()[0] == "ab中 ")
    }

    @Test func overwritingHalfAWideCharacterRepairsIt() {
        var b = CellBuffer(width: 4, height: 1)
        b.put("中文", x: 0, y: 0)
        b.put("x", x: 1, y: 0)
        #expect(b.textLines()[0] == " x文")
    }

    @Test func controlCharactersBecomePlaceholders() {
        var b = CellBuffer(width: 12, height: 1)
        b.put("a\u{1B}[31mb\u{7}\u{85}\u{7F}\t", x: 0, y: 0)
        let line = b.textLines()[0]
        #expect(line.hasPrefix("a␛[31mb␇�␡␉"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) })
    }

    @Test func clippingToARectangle() {
        var b = CellBuffer(width: 10, height: 2)
        b.put("Xin chào Đồng Nai", x: 2, y: 1, clip: Rect(x: 2, y: 1, width: 5, height: 1))
        #expect(b.textLines() == ["          ", "  Xin c   "])
        #expect(b.put("hidden", x: 0, y: 0, clip: Rect(x: 0, y: 1, width: 10, height: 1)) == 0)
    }

    @Test func loneCombiningMarkAttachesToThePreviousCell() {
        var b = CellBuffer(width: 4, height: 1)
        b.put("a", x: 0, y: 0)
        b.put("\u{0301}", x: 1, y: 0)
        #expect(b[0, 0].grapheme == "a\u{0301}")
        #expect(b[1, 0].grapheme == " ")
    }
}

@Suite struct LayoutTests {
    @Test func splitsByConstraints() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = Layout(.vertical, [.length(1), .fill(1), .length(1)]).split(r)
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts[2].y == 23)
        let cols = Layout(.horizontal, [.percentage(25), .fill(2), .fill(1)], spacing: 1).split(r)
        #expect(cols[0].width == 19)
        #expect(cols.map(\.width).reduce(0, +) + 2 == 80)
        #expect(cols[1].width == 2 * cols[2].width || cols[1].width == 2 * cols[2].width - 1 || cols[1].width == 2 * cols[2].width + 1)
    }

    @Test func neverOverflows() {
        let r = Rect(x: 0, y: 0, width: 10, height: 3)
        let parts = Layout(.vertical, [.length(2), .length(5), .min(1)]).split(r)
        #expect(parts.allSatisfy { $0.maxY <= 3 })
        #expect(parts.map(\.height).reduce(0, +) == 3)
    }
}

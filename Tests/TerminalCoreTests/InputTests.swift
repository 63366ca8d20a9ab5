import Testing
@testable import TerminalCore

@Suite struct KeyDecoderTests {
    @Test(arguments: [
        (Int32(259), Key.up), (258, .down), (260, .left), (261, .right), (339, .pageUp), (338, .pageDown),
        (262, .home), (360, .end), (331, .insert), (330, .delete), (265, .function(1)), (276, .function(12)),
        (353, .backTab), (263, .backspace), (343, .enter),
    ])
    func keyCodes(code: Int32, key: Key) {
        #expect(KeyDecoder.decode(keyCode: code) == key)
    }

    @Test func characters() {
        #expect(KeyDecoder.decode(scalar: "\n") == .enter)
        #expect(KeyDecoder.decode(scalar: "\r") == .enter)
        #expect(KeyDecoder.decode(scalar: "\t") == .tab)
        #expect(KeyDecoder.decode(scalar: "\u{1B}") == .escape)
        #expect(KeyDecoder.decode(scalar: "\u{7F}") == .backspace)
        #expect(KeyDecoder.decode(scalar: "\u{8}") == .backspace)
        #expect(KeyDecoder.decode(scalar: "\u{3}") == .ctrl("c"))
        #expect(KeyDecoder.decode(scalar: "\u{13}") == .ctrl("s"))
        #expect(KeyDecoder.decode(scalar: "x", afterEscape: true) == .alt("x"))
        #expect(KeyDecoder.decode(scalar: "ầ") == .char("ầ"))
        #expect(KeyDecoder.decode(keyCode: 9999) == nil)
    }

    @Test func keyNames() {
        #expect(Key.ctrl("s").description == "Ctrl-S")
        #expect(Key.function(5).description == "F5")
        #expect(Key.char(" ").description == "Space")
        #expect(Key.backTab.description == "Shift-Tab")
    }
}

@Suite struct TextFieldTests {
    func typed(_ s: String) -> TextFieldState {
        var f = TextFieldState()
        for scalar in s.unicodeScalars { f.handle(.key(.char(Character(scalar)))) }
        return f
    }

    @Test func typingScalarByScalarStoresNFC() {
        let nfd = "Mật ong hoa cà phê".decomposedStringWithCanonicalMapping
        let f = typed(nfd)
        #expect(f.text == "Mật ong hoa cà phê")
        #expect(f.text.unicodeScalars.elementsEqual("Mật ong hoa cà phê".precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(f.cursor == 18)
    }

    @Test func backspaceDeletesAWholeGrapheme() {
        var f = typed("Cầu")
        f.handle(.key(.left))
        f.handle(.key(.backspace))
        #expect(f.text == "Cu")
        var g = typed("ầ".decomposedStringWithCanonicalMapping)
        g.handle(.key(.backspace))
        #expect(g.text.isEmpty)
    }

    @Test func cursorMovesByGrapheme() {
        var f = typed("Đồng")
        f.handle(.key(.home))
        #expect(f.cursor == 0)
        f.handle(.key(.right))
        f.handle(.key(.right))
        #expect(f.cursor == 2)
        f.handle(.key(.char("x")))
        #expect(f.text == "Đồxng")
        f.handle(.key(.end))
        #expect(f.cursor == 5)
        f.handle(.key(.ctrl("a")))
        #expect(f.cursor == 0)
        f.handle(.key(.ctrl("e")))
        #expect(f.cursor == 5)
        f.handle(.key(.delete))
        #expect(f.text == "Đồxng")
    }

    @Test func killKeys() {
        var f = typed("Sầu riêng")
        for _ in 0..<5 { f.handle(.key(.left)) }
        f.handle(.key(.ctrl("k")))
        #expect(f.text == "Sầu ")
        f.handle(.key(.ctrl("u")))
        #expect(f.text.isEmpty && f.cursor == 0)
    }

    @Test func pasteAndControlCharactersFiltered() {
        var f = TextFieldState()
        f.handle(.text("Bưởi\u{1B}[31m Tân Triều"))
        #expect(f.text == "Bưởi[31m Tân Triều")
        f.handle(.key(.delete))
        #expect(f.cursor == f.text.count)
    }

    @Test func combiningMarkTypedAfterCursorMoveJoinsItsBase() {
        var f = typed("ca")
        f.handle(.key(.left))
        f.handle(.key(.char("\u{0300}")))
        #expect(f.text == "c\u{300}a")
        #expect(f.text.count == 2)
        #expect(f.cursor == 1)
    }

    @Test func scrollsToKeepTheCursorVisible() {
        var state = typed("Mật ong hoa cà phê Cẩm Mỹ")
        var buf = CellBuffer(width: 10, height: 1)
        let x = TextField(focused: true).render(in: Rect(x: 0, y: 0, width: 10, height: 1), into: &buf, state: &state, theme: .plain)
        #expect(x == 9)
        #expect(buf.textLines()[0].hasPrefix("ẩm Mỹ") || buf.textLines()[0].contains("Mỹ"))
    }
}

@Suite struct ConfirmKeysTests {
    @Test func cancelIsTheDefaultAndKeysMoveBetweenButtons() {
        var c = ConfirmState()
        #expect(c.handle(.enter) == .cancelled, "Enter at once presses Cancel")
        #expect(c.handle(.char("x")) == .ignored && c.focused == 0)
        #expect(c.handle(.right) == .moved && c.focused == 1)
        #expect(c.handle(.enter) == .confirmed)
        #expect(c.handle(.tab) == .moved && c.focused == 0)
        #expect(c.handle(.char("l")) == .moved && c.handle(.escape) == .cancelled)
    }

    @Test func pastedTextKeepsLinesAndDropsControls() {
        #expect(BracketedPaste.clean("Mật ong\r\nhoa cà phê\rCẩm Mỹ\n".unicodeScalars) == "Mật ong\nhoa cà phê\nCẩm Mỹ\n")
        #expect(BracketedPaste.clean("a\tb\u{1B}[31mc\u{9B}d\u{07}".unicodeScalars) == "a\tb[31mcd")
        #expect(BracketedPaste.start == "\u{1B}[200~" && BracketedPaste.end == "\u{1B}[201~")
        #expect(InputEvent.paste("x") != InputEvent.text("x"))
    }
}

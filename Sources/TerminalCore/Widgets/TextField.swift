import OCOPText

/// An editable line of text, edited by grapheme and kept in NFC; the cursor counts graphemes.
public struct TextFieldState: Sendable, Hashable {
    public private(set) var text: String
    public private(set) var cursor: Int
    public var scroll: Int = 0

    /// A field holding `text` (normalised to NFC) with the cursor at the end.
    public init(_ text: String = "") {
        self.text = TextFolding.nfc(text)
        cursor = self.text.count
    }

    var graphemes: [Character] { Array(text) }

    /// Inserts typed or pasted text at the cursor; a combining mark typed after its base joins it (NFD input).
    public mutating func insert(_ s: String) {
        let cleaned = String(s.unicodeScalars.filter { !TextWidth.isControl($0) }.map(Character.init))
        guard !cleaned.isEmpty else { return }
        let g = graphemes
        let before = String(g[..<cursor]) + cleaned
        let after = String(g[cursor...])
        let nb = TextFolding.nfc(before)
        text = TextFolding.nfc(nb + after)
        cursor = min(nb.count, text.count)
    }

    /// Deletes the grapheme before the cursor (a whole "ầ").
    public mutating func backspace() {
        guard cursor > 0 else { return }
        var g = graphemes
        g.remove(at: cursor - 1)
        text = String(g)
        cursor -= 1
    }

    /// Deletes the grapheme under the cursor.
    public mutating func deleteForward() {
        var g = graphemes
        guard cursor < g.count else { return }
        g.remove(at: cursor)
        text = String(g)
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = text.count }

    /// Ctrl-U: deletes from the start to the cursor.
    public mutating func deleteToStart() {
        text = String(graphemes[cursor...])
        cursor = 0
    }

    /// Ctrl-K: deletes from the cursor to the end.
    public mutating func deleteToEnd() {
        text = String(graphemes[..<cursor])
    }

    /// Replaces the whole text.
    public mutating func set(_ s: String) {
        text = TextFolding.nfc(s)
        cursor = text.count
        scroll = 0
    }

    /// Applies an editing key; returns false for keys a text field does not handle.
    @discardableResult
    public mutating func handle(_ event: InputEvent) -> Bool {
        switch event {
        case .text(let s): insert(s)
        case .key(let k):
            switch k {
            case .char(let c): insert(String(c))
            case .backspace: backspace()
            case .delete: deleteForward()
            case .left: moveLeft()
            case .right: moveRight()
            case .home, .ctrl("a"): moveHome()
            case .end, .ctrl("e"): moveEnd()
            case .ctrl("u"): deleteToStart()
            case .ctrl("k"): deleteToEnd()
            default: return false
            }
        default: return false
        }
        return true
    }

    /// Columns from the start of the text to the cursor.
    public var cursorColumn: Int { TextWidth.width(of: String(graphemes[..<cursor])) }
}

/// Draws a text field, scrolled so the cursor stays visible; returns the cursor's screen column.
public struct TextField: Sendable {
    public var focused: Bool
    public var placeholder: String

    public init(focused: Bool, placeholder: String = "") {
        self.focused = focused
        self.placeholder = placeholder
    }

    @discardableResult
    public func render(in area: Rect, into buf: inout CellBuffer, state: inout TextFieldState, theme: Theme) -> Int {
        guard area.width > 0, area.height > 0 else { return area.x }
        let style = Style(focused ? .inputFocused : .input)
        buf.fill(area.row(0), style: style)
        if state.text.isEmpty && !placeholder.isEmpty && !focused {
            buf.put(placeholder, x: area.x, y: area.y, width: area.width, style: Style(.muted))
            return area.x
        }
        let cc = state.cursorColumn
        if cc < state.scroll { state.scroll = cc }
        if cc >= state.scroll + area.width { state.scroll = cc - area.width + 1 }
        // Draw graphemes from the first one at or after the scroll column.
        var col = 0
        var x = area.x
        for g in state.text {
            let w = TextWidth.width(of: g)
            if col >= state.scroll {
                if x + w > area.maxX { break }
                x += buf.put(String(g), x: x, y: area.y, style: style, clip: area)
            }
            col += w
        }
        let cursorX = area.x + cc - state.scroll
        if focused && cursorX < area.maxX {
            var cell = buf[cursorX, area.y]
            cell.style = Style(.inputFocused, reverse: true)
            if cell.isContinuation { cell = Cell(grapheme: " ", width: 1, style: Style(.inputFocused, reverse: true)) }
            buf.set(x: cursorX, y: area.y, cell)
        }
        return cursorX
    }
}

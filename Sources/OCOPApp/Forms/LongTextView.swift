import TerminalCore

/// A long text field wrapped by word over several rows, scrolled to keep the cursor in view.
enum LongTextView {
    /// Renders the text; returns the cursor's screen position.
    static func render(_ st: TextFieldState, focused: Bool, in area: Rect, into buf: inout CellBuffer) -> (x: Int, y: Int) {
        buf.fill(area, style: Style(focused ? .inputFocused : .input))
        // Word-wrapped (a word longer than the row is cut); each grapheme keeps its index for the cursor.
        var lines: [[(k: Int, g: Character, w: Int)]] = [[]]
        var width = 0
        for (k, g) in st.text.enumerated() {
            let w = TextWidth.width(of: g)
            // A space that reaches past the row stays at its end (invisible there); the next word wraps.
            if width + w > area.width && g != " " {
                var carry: [(k: Int, g: Character, w: Int)] = []
                if let space = lines[lines.count - 1].lastIndex(where: { $0.g == " " }), space < lines[lines.count - 1].count - 1 {
                    carry = Array(lines[lines.count - 1][(space + 1)...])
                    lines[lines.count - 1].removeSubrange((space + 1)...)
                }
                lines.append(carry)
                width = carry.reduce(0) { $0 + $1.w }
            }
            lines[lines.count - 1].append((k, g, w))
            width += w
        }
        var cursorAt = (line: lines.count - 1, col: width)
        if width >= area.width && st.cursor >= st.text.count { lines.append([]); cursorAt = (lines.count - 1, 0) }
        for (n, line) in lines.enumerated() {
            var col = 0
            for item in line {
                if item.k == st.cursor { cursorAt = (n, col) }
                col += item.w
            }
        }
        let first = focused ? max(0, cursorAt.line - area.height + 1) : 0
        for row in 0..<area.height where first + row < lines.count {
            var text = String(lines[first + row].map(\.g))
            while text.last == " " && TextWidth.width(of: text) > area.width { text.removeLast() }
            if !focused && row == area.height - 1 && first + row < lines.count - 1 { text = String(text.dropLast()) + "…" }
            buf.put(text, x: area.x, y: area.y + row, width: area.width, style: Style(focused ? .inputFocused : .input))
        }
        let at = (x: area.x + cursorAt.col, y: area.y + cursorAt.line - first)
        if focused && at.x < area.maxX { buf.restyle(Rect(x: at.x, y: at.y, width: 1, height: 1), Style(.inputFocused, reverse: true)) }
        return at
    }
}

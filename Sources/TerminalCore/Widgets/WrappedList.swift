/// A list whose items wrap over as many rows as they need (warnings, journal entries): nothing is cut. The
/// selected item is highlighted on all its rows, with a marker; the list scrolls to keep it in view.
public struct WrappedList {
    public var count: Int
    /// The lines of an item (each wrapped further at the width); the first is the item's heading.
    public var item: (Int) -> [String]
    public var itemStyle: ((Int) -> Style)?

    /// A list of `count` items whose lines come from `item`.
    public init(count: Int, itemStyle: ((Int) -> Style)? = nil, item: @escaping (Int) -> [String]) {
        self.count = count
        self.item = item
        self.itemStyle = itemStyle
    }

    /// The rows an item takes at a width (its lines wrapped, continuation rows indented by two).
    public func rows(_ i: Int, width: Int) -> [String] {
        var out: [String] = []
        for (k, line) in item(i).enumerated() {
            // The heading starts at the margin, its continuation rows and the lines under it are indented by two,
            // their continuation rows by four.
            let first = k == 0 ? "" : "  ", rest = k == 0 ? "  " : "    "
            let wrapped = Paragraph.wrap(line, width: max(1, width - TextWidth.width(of: rest)))
            out += wrapped.enumerated().map { n, w in (n == 0 ? first : rest) + w }
        }
        return out.isEmpty ? [""] : out
    }

    public func render(in area: Rect, into buf: inout CellBuffer, state: inout TableState, theme: Theme) {
        guard area.height > 0, area.width > 2, count > 0 else { return }
        state.selected = min(max(0, state.selected), count - 1)
        let w = area.width - 2
        // Keep the selected item in view: start at the offset, move it so the selection's rows fit.
        if state.offset > state.selected { state.offset = state.selected }
        var used = 0
        for i in state.offset...state.selected { used += rows(i, width: w).count }
        while used > area.height && state.offset < state.selected {
            used -= rows(state.offset, width: w).count
            state.offset += 1
        }
        var y = area.y
        var i = state.offset
        while i < count && y < area.maxY {
            let sel = i == state.selected
            let style = sel ? Style(.selectedRow, bold: true) : (itemStyle?(i) ?? .text)
            for (k, line) in rows(i, width: w).enumerated() where y < area.maxY {
                if sel { buf.fill(Rect(x: area.x, y: y, width: area.width - 1, height: 1), style: style) }
                if sel && k == 0 { buf.put("▶", x: area.x, y: y, style: style) }
                buf.put(line, x: area.x + 2, y: y, width: w, style: style)
                y += 1
            }
            i += 1
        }
        var total = 0
        for k in 0..<count where total <= area.height { total += rows(k, width: w).count }
        if total > area.height {
            Scrollbar(total: count, offset: state.selected, visible: 1)
                .render(in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), into: &buf, theme: theme)
        }
    }
}

/// A list of one-line items with a selection, virtualised like the table.
public struct ListView {
    public var count: Int
    public var item: (Int) -> String
    public var itemStyle: ((Int) -> Style)?
    public var focused: Bool

    /// A list of `count` items whose text comes from `item`.
    public init(count: Int, focused: Bool = true, itemStyle: ((Int) -> Style)? = nil, item: @escaping (Int) -> String) {
        self.count = count
        self.item = item
        self.itemStyle = itemStyle
        self.focused = focused
    }

    /// Draws the visible items with the selected one highlighted.
    public func render(in area: Rect, into buf: inout CellBuffer, state: inout TableState, theme: Theme) {
        guard area.height > 0 else { return }
        state.clamp(count: count, visible: area.height)
        let scroll = count > area.height
        let w = area.width - (scroll ? 1 : 0)
        for r in 0..<min(area.height, count - state.offset) {
            let i = state.offset + r
            let sel = i == state.selected && focused
            let style = sel ? Style(.selectedRow, bold: true) : (itemStyle?(i) ?? .text)
            if sel { buf.fill(Rect(x: area.x, y: area.y + r, width: w, height: 1), style: style) }
            buf.put(item(i), x: area.x, y: area.y + r, width: w, style: style)
        }
        if scroll {
            Scrollbar(total: count, offset: state.offset, visible: area.height)
                .render(in: Rect(x: area.maxX - 1, y: area.y, width: 1, height: area.height), into: &buf, theme: theme)
        }
    }
}

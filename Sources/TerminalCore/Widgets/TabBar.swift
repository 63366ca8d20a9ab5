/// A row of numbered tabs with the active one highlighted.
public struct TabBar: Sendable {
    public var titles: [String]
    public var selected: Int

    /// Tabs from titles; `selected` is highlighted.
    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    /// The x ranges of each tab as drawn at a width, for mouse clicks.
    public func hitRanges(width: Int) -> [Range<Int>] {
        var x = 0
        var out: [Range<Int>] = []
        for (i, t) in titles.enumerated() {
            let w = TextWidth.width(of: label(i, t))
            out.append(x..<min(x + w, width))
            x += w + 1
        }
        return out
    }

    func label(_ i: Int, _ t: String) -> String { " \(i + 1) \(t) " }

    /// Draws the tabs; titles shrink to their numbers when the row is too narrow.
    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        buf.fill(area.row(0), style: Style(.tabInactive))
        let full = titles.enumerated().reduce(0) { $0 + TextWidth.width(of: label($1.offset, $1.element)) + 1 }
        var x = area.x
        for (i, t) in titles.enumerated() {
            let text = full <= area.width ? label(i, t) : (i == selected ? label(i, t) : " \(i + 1) ")
            let style = Style(i == selected ? .tabActive : .tabInactive, bold: i == selected)
            x += buf.put(text, x: x, y: area.y, style: style, clip: area)
            x += buf.put(" ", x: x, y: area.y, style: Style(.tabInactive), clip: area)
        }
    }
}

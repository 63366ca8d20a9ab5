/// A row of numbered tabs with the active one highlighted.
public struct TabBar: Sendable {
    public var titles: [String]
    public var selected: Int

    /// Tabs from titles; `selected` is highlighted.
    public init(titles: [String], selected: Int) {
        self.titles = titles
        self.selected = selected
    }

    func label(_ i: Int, _ t: String) -> String { " \(i + 1) \(t) " }

    /// The text of each tab at a width: full titles when they fit; otherwise the active tab keeps its title
    /// and the others share what is left, cut with "…".
    public func labels(width: Int) -> [String] {
        let full = titles.enumerated().reduce(0) { $0 + TextWidth.width(of: label($1.offset, $1.element)) + 1 }
        if full <= width { return titles.enumerated().map { label($0.offset, $0.element) } }
        let activeW = titles.indices.contains(selected) ? TextWidth.width(of: label(selected, titles[selected])) + 1 : 0
        let each = max(4, (width - activeW) / max(1, titles.count - 1) - 1)
        return titles.enumerated().map { i, t in
            i == selected ? label(i, t) : " \(i + 1) " + TextWidth.truncate(t, to: max(0, each - 4)) + (each > 4 ? " " : "")
        }
    }

    /// The x ranges of each tab as drawn at a width, for mouse clicks.
    public func hitRanges(width: Int) -> [Range<Int>] {
        var x = 0
        var out: [Range<Int>] = []
        for l in labels(width: width) {
            let w = TextWidth.width(of: l)
            let lo = min(x, width)
            out.append(lo..<max(lo, min(x + w, width)))
            x += w + 1
        }
        return out
    }

    /// Draws the tabs.
    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        buf.fill(area.row(0), style: Style(.tabInactive))
        var x = area.x
        for (i, text) in labels(width: area.width).enumerated() {
            let style = Style(i == selected ? .tabActive : .tabInactive, bold: i == selected)
            x += buf.put(text, x: x, y: area.y, style: style, clip: area)
            x += buf.put(" ", x: x, y: area.y, style: Style(.tabInactive), clip: area)
        }
    }
}

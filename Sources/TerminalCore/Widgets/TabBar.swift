/// A row of numbered tabs with the active one highlighted.
public struct TabBar: Sendable {
    public var titles: [String]
    /// Shorter titles for narrow terminals ("Vùng NL" for "Vùng nguyên liệu"); empty when there are none.
    public var shortTitles: [String]
    public var selected: Int

    /// Tabs from titles; `selected` is highlighted; `shortTitles` are used when the full ones do not fit.
    public init(titles: [String], shortTitles: [String] = [], selected: Int) {
        self.titles = titles
        self.shortTitles = shortTitles.count == titles.count ? shortTitles : []
        self.selected = selected
    }

    func label(_ i: Int, _ t: String) -> String { " \(i + 1) \(t) " }

    /// The width of labels drawn with one space between them.
    func total(_ labels: [String]) -> Int { labels.reduce(0) { $0 + TextWidth.width(of: $1) + 1 } }

    /// The text of each tab at a width: full titles when they fit; then the short titles; then the short titles
    /// packed (padding only on the active tab); otherwise the active tab keeps its title and the others share what
    /// is left, cut with "…".
    public func labels(width: Int) -> [String] {
        let full = titles.enumerated().map { label($0.offset, $0.element) }
        if total(full) <= width { return full }
        if !shortTitles.isEmpty {
            let short = shortTitles.enumerated().map { label($0.offset, $0.element) }
            if total(short) <= width { return short }
            let packed = shortTitles.enumerated().map { i, t in i == selected ? label(i, t) : "\(i + 1) \(t)" }
            if total(packed) <= width { return packed }
        }
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

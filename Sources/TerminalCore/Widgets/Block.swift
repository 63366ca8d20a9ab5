/// A bordered box with an optional title; returns the inner area for its content.
public struct Block: Sendable {
    public var title: String
    public var focused: Bool
    public var borderRole: Role?

    /// A block with a title, drawn with the focused border role when focused.
    public init(title: String = "", focused: Bool = false, borderRole: Role? = nil) {
        self.title = title
        self.focused = focused
        self.borderRole = borderRole
    }

    /// The area inside the border.
    public static func inner(_ area: Rect) -> Rect { area.inset(1) }

    /// Draws the border and title; returns the inner area.
    @discardableResult
    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) -> Rect {
        guard area.width >= 2, area.height >= 2 else { return Rect(x: area.x, y: area.y, width: 0, height: 0) }
        let g = theme.glyphs
        let style = Style(borderRole ?? (focused ? .focusedBorder : .border))
        let h = String(repeating: g.horizontal, count: area.width - 2)
        buf.put(String(g.topLeft) + h + String(g.topRight), x: area.x, y: area.y, style: style, clip: area)
        buf.put(String(g.bottomLeft) + h + String(g.bottomRight), x: area.x, y: area.maxY - 1, style: style, clip: area)
        for y in (area.y + 1)..<(area.maxY - 1) {
            buf.put(String(g.vertical), x: area.x, y: y, style: style, clip: area)
            buf.put(String(g.vertical), x: area.maxX - 1, y: y, style: style, clip: area)
            buf.fill(Rect(x: area.x + 1, y: y, width: area.width - 2, height: 1))
        }
        if !title.isEmpty && area.width > 4 {
            buf.put(" " + TextWidth.truncate(title, to: area.width - 4) + " ", x: area.x + 1, y: area.y,
                    style: Style(focused ? .focusedBorder : .title, bold: true), clip: area.inset(left: 1, right: 1))
        }
        return area.inset(1)
    }
}

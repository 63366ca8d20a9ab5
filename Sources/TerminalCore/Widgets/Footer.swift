/// The bottom row of key hints: each key highlighted, then what it does.
public struct Footer: Sendable {
    public var hints: [(key: String, label: String)]
    public var right: String

    /// Hints in order of importance; the ones that do not fit are dropped from the end.
    public init(hints: [(key: String, label: String)], right: String = "") {
        self.hints = hints
        self.right = right
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        buf.fill(area.row(0), style: Style(.footer))
        let rightW = TextWidth.width(of: right)
        // A message wider than the row takes all of it, cut with "…", rather than vanish.
        if rightW >= area.width {
            buf.put(right, x: area.x, y: area.y, width: area.width, style: Style(.footer, bold: true))
            return
        }
        let limit = area.maxX - (rightW > 0 ? rightW + 1 : 0)
        var x = area.x
        for h in hints {
            let need = TextWidth.width(of: h.key) + TextWidth.width(of: h.label) + 3
            if x + need > limit { break }
            x += buf.put(" " + h.key + " ", x: x, y: area.y, style: Style(.footerKey))
            x += buf.put(h.label + " ", x: x, y: area.y, style: Style(.footer))
        }
        if rightW > 0 && rightW < area.width {
            buf.put(right, x: area.maxX - rightW, y: area.y, style: Style(.footer, bold: true))
        }
    }
}

/// A one-row status line with text on the left and on the right.
public struct StatusLine: Sendable {
    public var left: String
    public var right: String
    public var role: Role

    public init(left: String, right: String = "", role: Role = .statusBar) {
        self.left = left
        self.right = right
        self.role = role
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        buf.fill(area.row(0), style: Style(role))
        let rw = min(TextWidth.width(of: right), area.width / 2)
        buf.put(" " + left, x: area.x, y: area.y, width: max(0, area.width - rw - 3), style: Style(role))
        if rw > 0 { buf.put(right + " ", x: area.maxX - rw - 1, y: area.y, width: rw + 1, style: Style(role), align: .right) }
    }
}

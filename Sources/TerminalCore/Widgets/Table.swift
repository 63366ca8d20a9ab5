/// A column of a table: title, width rule and alignment.
public struct TableColumn: Sendable {
    public enum Width: Sendable { case fixed(Int), flex(Int, min: Int) }
    public var title: String
    public var width: Width
    public var align: Alignment

    /// A column.
    public init(_ title: String, _ width: Width, align: Alignment = .left) {
        self.title = title
        self.width = width
        self.align = align
    }
}

/// What persists of a table between frames: the selected row and the first visible row.
public struct TableState: Sendable, Hashable {
    public var selected: Int
    public var offset: Int

    public init(selected: Int = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Keeps the selection inside `count` rows and visible in `visible` rows.
    public mutating func clamp(count: Int, visible: Int) {
        if count == 0 { selected = 0; offset = 0; return }
        selected = min(max(0, selected), count - 1)
        let v = max(1, visible)
        if selected < offset { offset = selected }
        if selected >= offset + v { offset = selected - v + 1 }
        offset = min(max(0, offset), max(0, count - v))
    }
}

/// A table that only asks for the rows it shows, so its cost does not grow with the number of rows.
///
/// Widths follow the text: every column gets its minimum, then the spare width goes first to the columns whose
/// visible text is cut (in column order), then to the flexible columns by weight. A column may offer a shorter
/// text (`shortCell`) used where the full one does not fit. The selected row is highlighted whole, with a ▶
/// marker in the left gutter.
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var cell: (_ row: Int, _ column: Int) -> String
    /// A shorter text for a cell whose full text does not fit (nil: cut the full text with "…").
    public var shortCell: ((_ row: Int, _ column: Int) -> String?)?
    public var rowStyle: ((_ row: Int, _ column: Int) -> Style?)?
    public var sortColumn: Int?
    public var sortAscending: Bool
    public var focused: Bool

    /// A table of `rowCount` rows whose text comes from `cell` for visible rows only.
    public init(columns: [TableColumn], rowCount: Int, sortColumn: Int? = nil, sortAscending: Bool = true, focused: Bool = true,
                rowStyle: ((Int, Int) -> Style?)? = nil, shortCell: ((Int, Int) -> String?)? = nil, cell: @escaping (Int, Int) -> String) {
        self.columns = columns
        self.rowCount = rowCount
        self.cell = cell
        self.shortCell = shortCell
        self.rowStyle = rowStyle
        self.sortColumn = sortColumn
        self.sortAscending = sortAscending
        self.focused = focused
    }

    /// Column widths for a total width (one space between columns), without regard to the text.
    public func widths(for total: Int) -> [Int] { widths(for: total, natural: nil) }

    /// Column widths for a total width, giving spare width first to columns whose `natural` width (the widest
    /// visible text, or the title) is not met.
    public func widths(for total: Int, natural: [Int]?) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var rest = total - gaps
        var widths = [Int](repeating: 0, count: columns.count)
        var flexWeight = 0
        for (i, c) in columns.enumerated() {
            switch c.width {
            case .fixed(let n): widths[i] = n; rest -= n
            case .flex(let w, let m): widths[i] = m; rest -= m; flexWeight += w
            }
        }
        if rest < 0 {
            // Shrink from the last column backwards, never below 1.
            var deficit = -rest
            for i in columns.indices.reversed() where deficit > 0 {
                let cut = min(deficit, max(0, widths[i] - 1))
                widths[i] -= cut
                deficit -= cut
            }
            return widths
        }
        // Cut columns first: those that need least become whole first (more columns read in full), then the rest
        // grow towards their text in column order.
        if let natural {
            let cut = columns.indices.filter { natural[$0] > widths[$0] }.sorted { (natural[$0] - widths[$0], $0) < (natural[$1] - widths[$1], $1) }
            for i in cut where natural[i] - widths[i] <= rest {
                rest -= natural[i] - widths[i]
                widths[i] = natural[i]
            }
            for i in columns.indices where rest > 0 && natural[i] > widths[i] {
                let add = min(rest, natural[i] - widths[i])
                widths[i] += add
                rest -= add
            }
        }
        // What is left goes to the flexible columns by weight (the last one takes the remainder).
        if rest > 0 && flexWeight > 0 {
            var left = rest
            let flexIdx = columns.indices.filter { if case .flex = columns[$0].width { return true } else { return false } }
            for (k, i) in flexIdx.enumerated() {
                guard case .flex(let w, _) = columns[i].width else { continue }
                let add = k == flexIdx.count - 1 ? left : rest * w / flexWeight
                widths[i] += add
                left -= add
            }
        } else if rest > 0, let last = columns.indices.last {
            widths[last] += rest
        }
        return widths
    }

    /// Rows that fit under the header.
    public static func visibleRows(in area: Rect) -> Int { max(0, area.height - 1) }

    /// The text of a cell: the short one when its column uses short texts (some visible full text does not fit).
    func text(_ row: Int, _ column: Int, short: Bool) -> String {
        short ? (shortCell?(row, column) ?? cell(row, column)) : cell(row, column)
    }

    /// Draws the header, the visible rows with the selection, and a scrollbar when rows overflow.
    public func render(in area: Rect, into buf: inout CellBuffer, state: inout TableState, theme: Theme) {
        guard area.height > 0, area.width > 1 else { return }
        let visible = Table.visibleRows(in: area)
        state.clamp(count: rowCount, visible: visible)
        let scroll = rowCount > visible
        // One column of gutter for the selection marker, one for the scrollbar when there is one.
        let left = area.x + 1
        let contentWidth = area.width - 1 - (scroll ? 1 : 0)
        let shown = state.offset..<min(rowCount, state.offset + visible)
        var natural = columns.map { TextWidth.width(of: $0.title) }
        if let s = sortColumn, natural.indices.contains(s) { natural[s] += 2 }
        for r in shown {
            for i in columns.indices { natural[i] = max(natural[i], TextWidth.width(of: cell(r, i))) }
        }
        let ws = widths(for: contentWidth, natural: natural)
        // A column whose text is cut on some visible row shows its short texts on every row (one style per column).
        let useShort = columns.indices.map { i in
            shortCell != nil && shown.contains { TextWidth.width(of: cell($0, i)) > ws[i] } && shortCell?(shown.lowerBound, i) != nil
        }
        var x = left
        for (i, c) in columns.enumerated() {
            var title = c.title
            if sortColumn == i {
                let marker = sortAscending ? "▲" : "▼"
                title = TextWidth.truncate(title, to: max(0, ws[i] - 2)) + " " + marker
            }
            buf.put(title, x: x, y: area.y, width: ws[i], style: Style(.header), align: c.align)
            x += ws[i] + 1
        }
        guard visible > 0 else { return }
        for (r, row) in shown.enumerated() {
            let y = area.y + 1 + r
            let selected = row == state.selected && focused
            // The whole row lights up, with a marker beside it: it reads without colour (reverse in mono).
            if selected {
                buf.fill(Rect(x: area.x, y: y, width: contentWidth + 1, height: 1), style: Style(.selectedRow))
                buf.put("▶", x: area.x, y: y, style: Style(.selectedRow, bold: true), clip: area)
            }
            var cx = left
            for (i, c) in columns.enumerated() {
                let style = selected ? Style(.selectedRow, bold: true) : (rowStyle?(row, i) ?? .text)
                buf.put(text(row, i, short: useShort[i]), x: cx, y: y, width: ws[i], style: style, align: c.align)
                cx += ws[i] + 1
            }
        }
        if scroll {
            Scrollbar(total: rowCount, offset: state.offset, visible: visible)
                .render(in: Rect(x: area.maxX - 1, y: area.y + 1, width: 1, height: visible), into: &buf, theme: theme)
        }
    }
}

/// A vertical scrollbar showing which part of a long list is visible.
public struct Scrollbar: Sendable {
    public var total: Int
    public var offset: Int
    public var visible: Int

    public init(total: Int, offset: Int, visible: Int) {
        self.total = total
        self.offset = offset
        self.visible = visible
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0, total > 0 else { return }
        let h = area.height
        let thumb = max(1, h * visible / total)
        let maxOffset = max(1, total - visible)
        let pos = min(h - thumb, (h - thumb) * offset / maxOffset)
        for i in 0..<h {
            let inThumb = i >= pos && i < pos + thumb
            buf.put(inThumb ? "┃" : "│", x: area.x, y: area.y + i, style: Style(inThumb ? .accent : .muted))
        }
    }
}

import OCOPModel
import TerminalCore

/// Where the user is on the product board: whether it is shown, the focused column and each column's card.
public struct BoardState: Sendable {
    public var shown = false
    public var column = 0
    public var row = [Int](repeating: 0, count: 6)
}

extension AppState {
    /// The products on one column of the board, in the pane's filtered order.
    public func boardCards(column: Int) -> [Int] {
        guard let step = CycleStep(rawValue: column + 1) else { return [] }
        return (rows[.products] ?? []).filter { dataset.products[$0].cycleStep == step && dataset.products[$0].rejection == nil }
    }

    /// Whether the product board is what the user sees now.
    var onBoard: Bool { pane == .products && board.shown && route == nil }

    /// The product under the board's cursor.
    var boardRoute: Route? {
        let cards = boardCards(column: board.column)
        return cards.indices.contains(board.row[board.column]) ? .product(dataset.products[cards[board.row[board.column]]].id) : nil
    }

    /// Moves the board's cursor within its column.
    mutating func moveOnBoard(_ delta: Int) {
        let col = board.column
        let count = boardCards(column: col).count
        board.row[col] = max(0, min(max(0, count - 1), clampAdd(board.row[col], delta)))
    }
}

/// The product pipeline as a board: the six cycle steps as columns of cards.
enum ProductBoard {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let cols = Layout(.horizontal, Array(repeating: Constraint.fill(1), count: 6)).split(area)
        let idx = s.cache.index
        for (c, rect) in cols.enumerated() {
            guard let step = CycleStep(rawValue: c + 1) else { continue }
            let cards = s.boardCards(column: c)
            let focused = c == s.board.column
            let title = "\(step.rawValue) " + step.shortLabel(s.lang) + " (\(cards.count))"
            let inner = Block(title: title, focused: focused).render(in: rect, into: &buf, theme: s.theme)
            let perCard = 3
            let visible = max(1, inner.height / perCard)
            let sel = s.board.row[c]
            let offset = max(0, min(sel - visible + 1, cards.count - visible)) > 0 ? sel - visible + 1 : 0
            for (k, pi) in cards.dropFirst(max(0, offset)).prefix(visible).enumerated() {
                let p = s.dataset.products[pi]
                let y = inner.y + k * perCard
                let selected = focused && (offset + k) == sel
                let style = selected ? Style(.selectedRow, bold: true) : Style(.text, bold: true)
                if selected { buf.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: Style(.selectedRow)) }
                buf.put(p.name, x: inner.x, y: y, width: inner.width, style: style)
                let sub = (idx.producerById[p.producerId]?.name ?? "") + " · " + s.placeName(ofCommune: p.communeId)
                buf.put(sub, x: inner.x, y: y + 1, width: max(0, inner.width - 6), style: selected ? style : Style(.muted))
                let stars = Format.stars(p.certificate?.stars ?? 0)
                buf.put(stars, x: inner.maxX - 5, y: y + 1, width: 5, style: selected ? style : Style(.star), align: .right)
            }
        }
    }
}

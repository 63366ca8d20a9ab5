import OCOPModel
import TerminalCore
import OCOPText

/// The terminal layer's demo: a bordered table of Vietnamese names from the dataset, to check alignment, themes and keys.
public struct DemoScreen: TerminalScreen {
    public var theme: Theme
    var themes: [Theme]
    var themeIndex: Int
    var rows: [(name: String, producer: String, commune: String, stars: String)]
    var table = TableState()
    var lastKey = ""

    /// A demo over a dataset's products, cycling through `themes` with `t`.
    public init(dataset: Dataset, themes: [Theme], initialTheme: Int = 0) {
        self.themes = themes.isEmpty ? [Theme.plain] : themes
        themeIndex = min(max(0, initialTheme), self.themes.count - 1)
        theme = self.themes[themeIndex]
        let index = DatasetIndex(dataset)
        rows = dataset.products.map { p in
            (p.name, index.producerById[p.producerId]?.name ?? p.producerId, index.unitName(p.communeId),
             p.certificate.map { String(repeating: "★", count: $0.stars) } ?? "—")
        }
    }

    public mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        guard let event else { return .idle }
        let page = max(1, size.height - 6)
        switch event {
        case .key(let k):
            lastKey = k.description
            switch k {
            case .char("q"): return .quit
            case .down, .char("j"): table.selected += 1
            case .up, .char("k"): table.selected -= 1
            case .pageDown: table.selected += page
            case .pageUp: table.selected -= page
            case .home, .char("g"): table.selected = 0
            case .end, .char("G"): table.selected = rows.count - 1
            case .char("t"):
                themeIndex = (themeIndex + 1) % themes.count
                theme = themes[themeIndex]
            default: break
            }
        case .mouse(let m):
            switch m.kind {
            case .wheelDown: table.selected += 3
            case .wheelUp: table.selected -= 3
            case .click: if m.y >= 2 { table.selected = table.offset + m.y - 2 }
            }
        case .text(let s): lastKey = s
        case .paste(let s): lastKey = s
        case .resize: break
        }
        table.selected = min(max(0, table.selected), max(0, rows.count - 1))
        return .continue
    }

    public func render(into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let area = buf.area
        let parts = Layout(.vertical, [.fill(1), .length(1)]).split(area)
        let inner = Block(title: Msg.demoTitle.text(.vi, rows.count, theme.name), focused: true).render(in: parts[0], into: &buf, theme: theme)
        var state = table
        let rows = self.rows
        Table(columns: [TableColumn(Msg.lblProductName.text(.vi), .flex(3, min: 12)), TableColumn(Msg.producer.text(.vi), .flex(2, min: 8)),
                        TableColumn(Msg.commune.text(.vi), .flex(1, min: 8)), TableColumn(Msg.stars.text(.vi), .fixed(5), align: .right)],
              rowCount: rows.count, sortColumn: 0) { r, c in
            switch c {
            case 0: rows[r].name
            case 1: rows[r].producer
            case 2: rows[r].commune
            default: rows[r].stars
            }
        }.render(in: inner, into: &buf, state: &state, theme: theme)
        Footer(hints: [("q", Msg.quit.text(.vi)), ("↑↓", Msg.keyChoose.text(.vi)), ("t", Msg.demoSwitchTheme.text(.vi))], right: "\(state.selected + 1)/\(rows.count)")
            .render(in: parts[1], into: &buf, theme: theme)
        return nil
    }
}

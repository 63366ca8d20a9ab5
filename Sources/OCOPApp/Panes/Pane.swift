import Foundation
import OCOPModel
import OCOPText
import TerminalCore

/// The panes of the dashboard, in tab order.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case overview, tasks, products, zones, producers, districts, villages

    /// The pane's title in a language.
    public func title(_ lang: Language) -> String { titleMsg.text(lang) }

    /// The pane's short title, for tabs on narrow terminals.
    public func shortTitle(_ lang: Language) -> String {
        switch self {
        case .zones: Msg.zonesShort.text(lang)
        case .villages: Msg.villagesShort.text(lang)
        default: title(lang)
        }
    }

    var titleMsg: Msg {
        switch self {
        case .overview: .overview
        case .tasks: .tasks
        case .products: .products
        case .zones: .zones
        case .producers: .producers
        case .districts: .districts
        case .villages: .villagesTourism
        }
    }

    /// The list the pane shows (the overview has none): registering a pane is one line here.
    var list: (any ListPane.Type)? {
        switch self {
        case .overview: nil
        case .tasks: TasksPane.self
        case .products: ProductsPane.self
        case .zones: ZonesPane.self
        case .producers: ProducersPane.self
        case .districts: DistrictsPane.self
        case .villages: VillagesPane.self
        }
    }
}

/// One column of a list pane: title, width rule and alignment with the row's text, sort key and style beside them,
/// so that adding a column touches one place.
struct Column {
    var title: String
    var width: TableColumn.Width
    var align: Alignment = .left
    var text: (Int) -> String
    var sortKey: (Int) -> SortKey
    var style: ((Int) -> Style?)? = nil
    /// A shorter text for the row, used where the full one does not fit (a glyph and a short word for a status).
    var short: ((Int) -> String)? = nil
    /// The records already in this column's order (names: kept beside their keys), when the column has one.
    var order: (() -> NameOrder)? = nil
    /// For a column whose text is one of a few values (a group, a place): each row's value as a small number and the
    /// values' texts, so a sort orders the values once and the rows by counting.
    var values: (() -> ColumnValues)? = nil
    /// Whether sorting by the column reads the name keys (built in the background on large data).
    var readsNameKeys = false

    /// The column as the table widget lays it out.
    var tableColumn: TableColumn { TableColumn(title, width, align: align) }
}

/// A pane that lists records: how many, which columns, what a row opens, and what search and filters see of it.
/// Rows are positions in the pane's own record space (for most panes, the index in the dataset's list).
protocol ListPane {
    /// How many records the pane lists before filtering.
    static func count(_ s: AppState) -> Int
    /// The columns, in order.
    static func columns(_ s: AppState) -> [Column]
    /// The record a row opens.
    static func route(_ s: AppState, _ row: Int) -> Route
    /// The row of a record, when the pane lists it.
    static func row(of route: Route, _ s: AppState) -> Int?
    /// The row's text for search, folded (no diacritics, lower case), as bytes.
    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8>
    /// The filters offered on the pane.
    static func filters(_ s: AppState) -> [Filter]
    /// Whether a row passes a filter (filters that do not apply to the pane pass).
    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool
}

/// The values of a column with few distinct texts: each row's value (a number below `texts.count`) and each value's
/// text. Sorting by it gives what sorting by the texts' keys gives, ties by position.
struct ColumnValues {
    let value: (Int) -> Int
    /// Each value's rank in Vietnamese order of its text (equal texts share one), and how many ranks there are.
    let rank: [Int]
    let ranks: Int

    /// Values with these texts: ranked here by their keys.
    init(value: @escaping (Int) -> Int, texts: [String]) {
        let keys = texts.map { VietnameseCollation.key($0) }
        let byKey = texts.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }
        var rank = [Int](repeating: 0, count: texts.count)
        var r = -1
        for (k, v) in byKey.enumerated() {
            if k == 0 || keys[v] != keys[byKey[k - 1]] { r += 1 }
            rank[v] = r
        }
        self.init(value: value, rank: rank, ranks: r + 1)
    }

    /// Values already ranked (a list in name order).
    init(value: @escaping (Int) -> Int, rank: [Int], ranks: Int) {
        self.value = value
        self.rank = rank
        self.ranks = ranks
    }

    /// `rows` sorted by their values' texts in Vietnamese order, equal texts by position, in one counting pass.
    func arrange(_ rows: [Int], ascending: Bool) -> [Int] {
        let rowRanks = rows.map { ascending ? rank[value($0)] : ranks - 1 - rank[value($0)] }
        var start = [Int](repeating: 0, count: ranks + 1)
        for x in rowRanks { start[x + 1] += 1 }
        for k in 0..<ranks { start[k + 1] += start[k] }
        var out = [Int](repeating: 0, count: rows.count)
        for (k, row) in rows.enumerated() {
            out[start[rowRanks[k]]] = row
            start[rowRanks[k]] += 1
        }
        return out
    }
}

/// A sort order: column and direction.
public struct SortOrder: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool
}

/// A value to sort by: text (in Vietnamese alphabetical order) or a number.
public enum SortKey: Sendable {
    case text(ArraySlice<UInt8>), number(Double)

    /// A text key in Vietnamese order: letters (a ă â b … d đ …), then tones, then case.
    static func folded(_ s: String) -> SortKey { .text(VietnameseCollation.key(s)[...]) }

    /// Byte order of two keys (memcmp, then the shorter first): what `lexicographicallyPrecedes` gives, faster.
    static func compareBytes(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Int {
        let n = min(a.count, b.count)
        if n > 0 {
            let c = a.withUnsafeBytes { pa in b.withUnsafeBytes { pb in memcmp(pa.baseAddress!, pb.baseAddress!, n) } }
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return a.count == b.count ? 0 : (a.count < b.count ? -1 : 1)
    }

    func compare(_ o: SortKey) -> Int {
        switch (self, o) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.text(let a), .text(let b)): return Self.compareBytes(a, b)
        case (.number, .text): return -1
        case (.text, .number): return 1
        }
    }
}

import OCOPText

/// What persists of a picker: the query typed so far and the highlighted match.
public struct PickerState: Sendable, Hashable {
    public var query = TextFieldState()
    public var list = TableState()
    /// The matches of `query` as last computed, and the query they are for (recomputed only when it changes).
    public internal(set) var matched: [Int] = []
    var matchedQuery: String?
    public init() {}
}

/// The labels of a picker's options: a list, or made when one is drawn (a million records' names are not copied to
/// open the palette).
public struct PickerLabels: Sendable {
    public let count: Int
    private let label: @Sendable (Int) -> String

    /// Labels from a list.
    public init(_ list: [String]) {
        count = list.count
        label = { list[$0] }
    }

    /// `count` labels, each made by `label` when read.
    public init(count: Int, _ label: @escaping @Sendable (Int) -> String) {
        self.count = count
        self.label = label
    }

    public subscript(i: Int) -> String { label(i) }
    public var indices: Range<Int> { 0..<count }
}

/// A list of choices filtered as you type, ignoring diacritics and case ("dong nai" finds "Đồng Nai").
public struct ChoicePicker: Sendable {
    public var title: String
    public var options: PickerLabels
    /// The options folded for matching, as bytes: folded once, not on every keystroke; in parts, one after another
    /// (the palette passes the dashboard's folds of a million names as they are, not copied into one list).
    let folded: [PackedBytes]

    /// A picker; `folded` may pass the options already folded (`TextFolding.fold`) when the caller has them.
    public init(title: String, options: [String], folded: [String]? = nil) {
        self.title = title
        self.options = PickerLabels(options)
        self.folded = [PackedBytes((folded ?? options.map(TextFolding.fold)).lazy.map(\.utf8))]
    }

    /// A picker over options already folded to bytes (the dashboard keeps its records' folds as bytes: the palette
    /// over a million records opens without copying them again).
    public init(title: String, options: [String], foldedBytes: PackedBytes) {
        self.init(title: title, labels: PickerLabels(options), foldedParts: [foldedBytes])
    }

    /// A picker over labels made when drawn, folded already in parts: the parts' elements, in order, one per label.
    public init(title: String, labels: PickerLabels, foldedParts: [PackedBytes]) {
        precondition(foldedParts.reduce(0) { $0 + $1.count } == labels.count, "one fold per label")
        self.title = title
        self.options = labels
        self.folded = foldedParts
    }

    /// Indices of the options that match the query: earlier matches first ("buoi" puts "Bưởi…" before "Vùng bưởi…"),
    /// otherwise in their order.
    public func matches(_ query: String) -> [Int] {
        let q = Array(TextFolding.fold(query).utf8)
        if q.isEmpty { return Array(options.indices) }
        var found: [(Int, Int)] = []
        var base = 0
        for part in folded {
            part.withFinder(q) { find in
                for i in part.indices {
                    if let at = find(i) { found.append((at, base + i)) }
                }
            }
            base += part.count
        }
        // Earlier matches first, each position's options in their order: a counting sort by position (the options
        // were found in order), linear where a comparison sort of a million matches took a quarter of a second.
        var counts = [Int](repeating: 0, count: (found.map(\.0).max() ?? 0) + 2)
        for (at, _) in found { counts[at + 1] += 1 }
        for k in 1..<counts.count { counts[k] += counts[k - 1] }
        var out = [Int](repeating: 0, count: found.count)
        for (at, i) in found {
            out[counts[at]] = i
            counts[at] += 1
        }
        return out
    }

    /// Brings the state's matches up to date with its query (a no-op when the query has not changed).
    public func refresh(_ state: inout PickerState) {
        guard state.matchedQuery != state.query.text else { return }
        state.matched = matches(state.query.text)
        state.matchedQuery = state.query.text
        state.list = TableState()
    }

    /// The option index under the highlight, if any.
    public func selectedOption(_ state: PickerState) -> Int? {
        var s = state
        refresh(&s)
        return s.matched.indices.contains(state.list.selected) ? s.matched[state.list.selected] : nil
    }

    public func render(in area: Rect, into buf: inout CellBuffer, state: inout PickerState, theme: Theme) {
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: title, focused: true).render(in: area, into: &buf, theme: theme)
        guard inner.height >= 2 else { return }
        buf.put("/ ", x: inner.x, y: inner.y, style: Style(.accent))
        TextField(focused: true).render(in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1), into: &buf, state: &state.query, theme: theme)
        refresh(&state)
        let m = state.matched
        let listArea = inner.inset(top: 1)
        if m.isEmpty {
            buf.put("—", x: listArea.x, y: listArea.y, style: Style(.muted))
            return
        }
        ListView(count: m.count) { options[m[$0]] }.render(in: listArea, into: &buf, state: &state.list, theme: theme)
    }
}

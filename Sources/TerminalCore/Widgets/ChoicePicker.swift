import OCOPText

/// What persists of a picker: the query typed so far and the highlighted match.
public struct PickerState: Sendable, Hashable {
    public var query = TextFieldState()
    public var list = TableState()
    public init() {}
}

/// A list of choices filtered as you type, ignoring diacritics and case ("dong nai" finds "Đồng Nai").
public struct ChoicePicker: Sendable {
    public var title: String
    public var options: [String]

    public init(title: String, options: [String]) {
        self.title = title
        self.options = options
    }

    /// Indices of the options that match the query: earlier matches first ("buoi" puts "Bưởi…" before "Vùng bưởi…"),
    /// otherwise in their order.
    public func matches(_ query: String) -> [Int] {
        let q = TextFolding.fold(query)
        if q.isEmpty { return Array(options.indices) }
        var found: [(Int, Int)] = []
        for i in options.indices {
            let f = TextFolding.fold(options[i])
            if let r = f.range(of: q) { found.append((f.distance(from: f.startIndex, to: r.lowerBound), i)) }
        }
        return found.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
    }

    /// The option index under the highlight, if any.
    public func selectedOption(_ state: PickerState) -> Int? {
        let m = matches(state.query.text)
        return m.indices.contains(state.list.selected) ? m[state.list.selected] : nil
    }

    public func render(in area: Rect, into buf: inout CellBuffer, state: inout PickerState, theme: Theme) {
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: title, focused: true).render(in: area, into: &buf, theme: theme)
        guard inner.height >= 2 else { return }
        buf.put("/ ", x: inner.x, y: inner.y, style: Style(.accent))
        TextField(focused: true).render(in: Rect(x: inner.x + 2, y: inner.y, width: inner.width - 2, height: 1), into: &buf, state: &state.query, theme: theme)
        let m = matches(state.query.text)
        let listArea = inner.inset(top: 1)
        if m.isEmpty {
            buf.put("—", x: listArea.x, y: listArea.y, style: Style(.muted))
            return
        }
        ListView(count: m.count) { options[m[$0]] }.render(in: listArea, into: &buf, state: &state.list, theme: theme)
    }
}

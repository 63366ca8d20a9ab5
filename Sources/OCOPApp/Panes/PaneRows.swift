import OCOPModel
import OCOPText
import TerminalCore

extension AppState {
    /// How many records a pane lists before filtering.
    func recordCount(_ pane: Pane) -> Int { pane.list?.count(self) ?? 0 }

    /// Whether a row of a pane passes every active filter (filters that do not apply to the pane are ignored).
    func passes(_ pane: Pane, _ row: Int) -> Bool {
        guard let list = pane.list else { return false }
        return filters.allSatisfy { list.passes(self, row, $0) }
    }

    /// Recomputes a pane's filtered, sorted rows; keeps the selected record selected (by id) while it is listed.
    public mutating func refreshRows(_ pane: Pane) { refreshRows(pane, keeping: selectedRoute(pane)) }

    /// Recomputes a pane's rows, selecting `previous` again when it is listed.
    mutating func refreshRows(_ pane: Pane, keeping previous: Route?) {
        guard let list = pane.list else { return }
        var r = (0..<list.count(self)).filter { passes(pane, $0) }
        if let sort = sorts[pane] {
            let columns = list.columns(self)
            if sort.column < columns.count, columns[sort.column].order != nil || columns[sort.column].readsNameKeys, !cache.nameKeys.isReady {
                // The name order is still being built: the rows keep the file's order until it is ready.
                pendingSorts.insert(pane)
                message = Msg.sortPreparing.text(lang)
                cache.nameKeys.start()
            } else if sort.column < columns.count, let order = columns[sort.column].order?() {
                pendingSorts.remove(pane)
                r = order.arrange(r, total: list.count(self), ascending: sort.ascending)
            } else if sort.column < columns.count, let values = columns[sort.column].values?() {
                r = values.arrange(r, ascending: sort.ascending)
            } else if sort.column < columns.count {
                let keys = r.map { columns[sort.column].sortKey($0) }
                var order = Array(r.indices)
                order.sort { a, b in
                    let c = keys[a].compare(keys[b])
                    if c == 0 { return a < b }
                    return sort.ascending ? c < 0 : c > 0
                }
                r = order.map { r[$0] }
            }
        }
        rows[pane] = r
        var st = lists[pane] ?? TableState()
        if let previous, let rec = list.row(of: previous, self), let pos = r.firstIndex(of: rec) { st.selected = pos }
        st.selected = min(st.selected, max(0, r.count - 1))
        lists[pane] = st
    }

    /// Sorts the panes whose sort by name waited for the name keys, once they are ready; true when one was.
    public mutating func applyPendingSorts() -> Bool {
        guard !pendingSorts.isEmpty, cache.nameKeys.isReady else { return false }
        for p in pendingSorts { refreshRows(p) }
        pendingSorts = []
        if message == Msg.sortPreparing.text(lang) { message = nil }
        return true
    }

    /// Recomputes the rows of every list pane (after the data, the filters or the language changed).
    mutating func refreshAllRows() {
        for p in Pane.allCases where p.list != nil { refreshRows(p) }
    }

    /// The record index under the selection of a pane.
    public func selectedRecord(_ pane: Pane) -> Int? {
        guard let r = rows[pane], let st = lists[pane], r.indices.contains(st.selected) else { return nil }
        return r[st.selected]
    }

    /// The record under the selection of a pane, by id.
    func selectedRoute(_ pane: Pane) -> Route? {
        guard let list = pane.list, let rec = selectedRecord(pane), rec < list.count(self) else { return nil }
        return list.route(self, rec)
    }

    /// Moves the selection of the pane that lists a record to it (when the filters show it).
    mutating func select(_ route: Route) {
        for p in Pane.allCases {
            guard let list = p.list, let rec = list.row(of: route, self), let pos = rows[p]?.firstIndex(of: rec) else { continue }
            var st = lists[p] ?? TableState()
            st.selected = pos
            lists[p] = st
            return
        }
    }

    /// Sorts a pane by a column (ascending), or reverses the order.
    mutating func sort(_ pane: Pane, column: Int? = nil, reverse: Bool = false) {
        guard let list = pane.list else { return }
        let n = list.columns(self).count
        let cur = sorts[pane]
        if reverse {
            let base = cur ?? SortOrder(column: 0, ascending: true)
            sorts[pane] = SortOrder(column: base.column, ascending: !base.ascending)
        } else {
            sorts[pane] = SortOrder(column: ((column ?? 0) % n + n) % n, ascending: true)
        }
        refreshRows(pane)
    }
}

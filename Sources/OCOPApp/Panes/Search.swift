import OCOPModel
import OCOPText
import TerminalCore

/// Search state: the query being typed and whether it is being edited.
public struct SearchState: Sendable {
    public var field = TextFieldState()
    public var editing = false
    public var origin = 0
    /// The pane the query was typed on (n/N and the query's indicator belong to it).
    public var pane: Pane?
}

extension AppState {
    /// Whether a row of a pane matches folded search bytes.
    func matchesSearch(_ pane: Pane, _ row: Int, _ needle: [UInt8]) -> Bool {
        guard let list = pane.list else { return false }
        return TextFolding.contains(list.searchBytes(self, row), needle)
    }

    /// Starts typing a search on the pane's list.
    mutating func startSearch() {
        search.editing = true
        searchMatches = 0
        search.origin = lists[pane]?.selected ?? 0
        search.field.set("")
        search.pane = pane
    }

    /// Leaves the search line: Enter keeps the query (n/N go on), Esc drops it and returns to where it started.
    mutating func endSearch(keep: Bool) {
        search.editing = false
        guard !keep else { return }
        search.field.set("")
        search.pane = nil
        var st = lists[pane] ?? TableState()
        st.selected = search.origin
        lists[pane] = st
    }

    /// Moves to the first row at or after `origin` that matches the query, counting every match.
    mutating func applySearch(from origin: Int) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        searchMatches = 0
        var st = lists[pane] ?? TableState()
        guard !q.isEmpty, let r = rows[pane], !r.isEmpty else {
            // An empty query: back where the search started.
            st.selected = origin
            lists[pane] = st
            return
        }
        // The first match at or after the origin (else the first of all), and how many there are; a query that
        // extends the last one looks only at the rows that matched it.
        let candidates = cache.searchMemo.candidates(pane, r, q)
        let found: [Int] = withSearchMatcher(pane, q) { matches in
            var found: [Int] = []
            if let candidates {
                for pos in candidates where matches(r[pos]) { found.append(pos) }
            } else {
                for pos in r.indices where matches(r[pos]) { found.append(pos) }
            }
            return found
        }
        cache.searchMemo.store(pane, r, q, found)
        let start = (origin % r.count + r.count) % r.count
        let first = found.first { $0 >= start } ?? found.first
        searchMatches = found.count
        // No match keeps the cursor where the search started (never on an unrelated row) and says so.
        st.selected = first ?? origin
        lists[pane] = st
        if first == nil { message = Msg.noResults.text(lang) }
    }

    /// Moves to the next (or previous) row that matches the query.
    mutating func findMatch(forward: Bool) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        guard !q.isEmpty, search.pane == pane else {
            message = Msg.noSearchHere.text(lang)
            return
        }
        guard let r = rows[pane], !r.isEmpty else { return }
        let n = r.count
        let cur = lists[pane]?.selected ?? 0
        let hit: Int? = withSearchMatcher(pane, q) { matches in
            for k in 1...n {
                let pos = ((forward ? cur + k : cur - k) % n + n) % n
                if matches(r[pos]) { return pos }
            }
            return nil
        }
        guard let pos = hit else {
            message = Msg.noResults.text(lang)
            return
        }
        var st = lists[pane] ?? TableState()
        st.selected = pos
        lists[pane] = st
        // Going past the end (or the start) wraps round: say so.
        if forward ? pos <= cur : pos >= cur { message = (forward ? Msg.searchWrappedTop : Msg.searchWrappedBottom).text(lang) }
    }

    /// How many rows of the current pane match the search.
    public var matchCount: Int { searchMatches }
}

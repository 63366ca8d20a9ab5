import OCOPModel
import OCOPText
import TerminalCore

/// Search state: the query being typed and whether it is being edited.
public struct SearchState: Sendable {
    public var field = TextFieldState()
    public var editing = false
    public var origin = 0
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
    }

    /// Leaves the search line: Enter keeps the query (n/N go on), Esc drops it and returns to where it started.
    mutating func endSearch(keep: Bool) {
        search.editing = false
        guard !keep else { return }
        search.field.set("")
        var st = lists[pane] ?? TableState()
        st.selected = search.origin
        lists[pane] = st
    }

    /// Moves to the first row at or after `origin` that matches the query, counting every match.
    mutating func applySearch(from origin: Int) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        searchMatches = 0
        guard !q.isEmpty, let r = rows[pane], !r.isEmpty else { return }
        let n = r.count
        var first: Int?
        var count = 0
        for k in 0..<n {
            let pos = (origin + k) % n
            if matchesSearch(pane, r[pos], q) {
                count += 1
                if first == nil { first = pos }
            }
        }
        searchMatches = count
        if let first {
            var st = lists[pane] ?? TableState()
            st.selected = first
            lists[pane] = st
        } else {
            message = "0 " + Msg.matches.text(lang)
        }
    }

    /// Moves to the next (or previous) row that matches the query.
    mutating func findMatch(forward: Bool) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        guard !q.isEmpty, let r = rows[pane], !r.isEmpty else { return }
        let n = r.count
        let cur = lists[pane]?.selected ?? 0
        for k in 1...n {
            let pos = ((forward ? cur + k : cur - k) % n + n) % n
            if matchesSearch(pane, r[pos], q) {
                var st = lists[pane] ?? TableState()
                st.selected = pos
                lists[pane] = st
                return
            }
        }
        message = "0 " + Msg.matches.text(lang)
    }

    /// How many rows of the current pane match the search.
    public var matchCount: Int { searchMatches }
}

import Foundation
import OCOPModel
import OCOPText

extension AppState {
    /// The folded names a search scans for a pane's rows, when the cache keeps them (products, producers): fetched
    /// once per keystroke rather than once per row, which a million rows feel.
    func searchTable(_ pane: Pane) -> PackedBytes? {
        switch pane {
        case .products: return cache.productBytes
        case .producers: return cache.producerBytes
        default: return nil
        }
    }

    /// Runs `body` with a matcher for a pane's rows against folded search bytes.
    func withSearchMatcher<T>(_ pane: Pane, _ needle: [UInt8], _ body: ((Int) -> Bool) -> T) -> T {
        if let table = searchTable(pane) { return table.withMatcher(needle, body) }
        return body { matchesSearch(pane, $0, needle) }
    }
}

/// The rows that matched the last query typed on a pane: a query that only adds to it (the next keystroke) scans
/// those rather than every row. Kept in the cache, so new data starts afresh; the rows are compared by identity, so
/// a new filter or sort does too. A pure cache: what a search finds does not depend on it.
final class SearchMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var pane: Pane?
    private var rows: [Int] = []
    private var query: [UInt8] = []
    private var positions: [Int] = []

    /// The positions (ascending) that matched a query `query` extends, on the same rows; nil when there are none.
    func candidates(_ pane: Pane, _ rows: [Int], _ query: [UInt8]) -> [Int]? {
        lock.lock()
        defer { lock.unlock() }
        guard self.pane == pane, !self.query.isEmpty, query.count >= self.query.count, query.starts(with: self.query),
              Self.same(self.rows, rows) else { return nil }
        return positions
    }

    /// Remembers the positions that matched `query`.
    func store(_ pane: Pane, _ rows: [Int], _ query: [UInt8], _ positions: [Int]) {
        lock.lock()
        defer { lock.unlock() }
        self.pane = pane
        self.rows = rows
        self.query = query
        self.positions = positions
    }

    /// Whether two arrays share their storage (the same rows, not a recomputed list).
    static func same(_ a: [Int], _ b: [Int]) -> Bool {
        a.count == b.count && a.withUnsafeBufferPointer { pa in b.withUnsafeBufferPointer { pb in pa.baseAddress == pb.baseAddress } }
    }
}

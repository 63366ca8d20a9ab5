import OCOPModel
import OCOPText

extension AppState {
    /// The folded names a search scans for a pane's rows, when the cache keeps them (products, producers): fetched
    /// once per keystroke rather than once per row, which a million rows feel.
    func searchTable(_ pane: Pane) -> [[UInt8]]? {
        switch pane {
        case .products: return cache.productBytes
        case .producers: return cache.producerBytes
        default: return nil
        }
    }

    /// A matcher for a pane's rows against folded search bytes.
    func searchMatcher(_ pane: Pane, _ needle: [UInt8]) -> (Int) -> Bool {
        if let table = searchTable(pane) { return { TextFolding.contains(table[$0], needle) } }
        return { matchesSearch(pane, $0, needle) }
    }
}

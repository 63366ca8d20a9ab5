import Foundation
import Testing
import OCOPModel
import OCOPText
@testable import OCOPApp

/// A table sorted by name through the order kept beside the keys lists what sorting by key lists: ascending and
/// descending, every row or some, equal names in position order both ways.
@Suite struct NameOrderTests {
    @Test func theKeptOrderSortsAsTheKeysDo() {
        var names = ["Bưởi", "Cam", "bưởi", "Bưởi", "Ăn", "An", "Đèn", "Du", "Cam", "", "bưởi", "Zô", "Cam"]
        for k in 0..<200 { names.append(["Mật ong", "Cà phê", "Điều", "Bưởi", "Ca cao"][k % 5] + (k % 7 == 0 ? "" : " \(k % 11)")) }
        let keys = PackedBytes(names.map { VietnameseCollation.key($0) })
        let order = NameOrder(keys)
        func reference(_ rows: [Int], ascending: Bool) -> [Int] {
            rows.sorted { a, b in
                let c = SortKey.text(keys[a]).compare(.text(keys[b]))
                if c == 0 { return a < b }
                return ascending ? c < 0 : c > 0
            }
        }
        let all = Array(names.indices)
        let some = all.filter { $0 % 3 != 1 }
        for rows in [all, some, [], [5]] {
            for ascending in [true, false] {
                #expect(order.arrange(rows, total: names.count, ascending: ascending) == reference(rows, ascending: ascending),
                        "\(rows.count) rows, ascending \(ascending)")
            }
        }
    }

    /// The products pane sorted by name (s, then S) on the sample lists its products as sorting by their keys does.
    @Test func theProductsPaneSortsByNameThroughIt() {
        var s = Fixture.state()
        Fixture.run("3 s", on: &s)
        let ds = s.dataset
        let keys = ds.products.map { VietnameseCollation.key($0.name) }
        let byKey = ds.products.indices.sorted { a, b in keys[a] == keys[b] ? a < b : keys[a].lexicographicallyPrecedes(keys[b]) }
        #expect(s.rows[.products] == byKey)
        Fixture.run("S", on: &s)
        let reversed = ds.products.indices.sorted { a, b in keys[a] == keys[b] ? a < b : keys[b].lexicographicallyPrecedes(keys[a]) }
        #expect(s.rows[.products] == reversed)
    }

    /// On large data a sort by name asked for before the name order is built does not wait for it: the rows keep
    /// their order, the message says why, and the table is sorted once the order is ready.
    @Test func aSortBeforeTheOrderIsReadyIsAppliedWhenItIs() throws {
        let ds = DatasetGenerator.generate(products: 21_000, seed: 5)
        var s = AppState(dataset: ds, asOf: Fixture.asOf, themes: [.plain])
        #expect(!s.cache.nameKeys.isReady)
        Fixture.run("3 s", on: &s)
        #expect(s.pendingSorts == [.products])
        #expect(s.rows[.products] == Array(ds.products.indices))
        #expect(s.message == Msg.sortPreparing.text(.vi))
        var waited = 0
        while !s.cache.nameKeys.isReady && waited < 600 {
            usleep(100_000)
            waited += 1
        }
        let applied = s.applyPendingSorts()
        #expect(applied)
        #expect(s.pendingSorts.isEmpty && s.message == nil)
        let keys = ds.products.map { VietnameseCollation.key($0.name) }
        let byKey = ds.products.indices.sorted { a, b in keys[a] == keys[b] ? a < b : keys[a].lexicographicallyPrecedes(keys[b]) }
        #expect(s.rows[.products] == byKey)
        let again = s.applyPendingSorts()
        #expect(!again)
    }

    /// Sorting the products pane by producer, place or group (values ranked once, rows counted) lists what sorting every
    /// row by its text's key lists, both directions, with and without a filter.
    @Test func placeAndGroupSortAsTheirTextsDo() {
        for filtered in [false, true] {
            var s = Fixture.state()
            Fixture.run(filtered ? "3 f 'xuan loc' enter" : "3", on: &s)
            let shown = s.rows[.products]!
            let columns = ProductsPane.columns(s)
            for column in [1, 2, 3] {
                #expect(columns[column].values != nil)
                for ascending in [true, false] {
                    s.sorts[.products] = SortOrder(column: column, ascending: ascending)
                    s.refreshRows(.products)
                    let keys = Dictionary(uniqueKeysWithValues: shown.map { ($0, VietnameseCollation.key(columns[column].text($0))) })
                    let reference = shown.sorted { a, b in
                        keys[a]! == keys[b]! ? a < b : (ascending ? keys[a]!.lexicographicallyPrecedes(keys[b]!) : keys[b]!.lexicographicallyPrecedes(keys[a]!))
                    }
                    #expect(s.rows[.products] == reference, "column \(column), ascending \(ascending), filtered \(filtered)")
                }
            }
        }
    }
}

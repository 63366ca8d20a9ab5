import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPApp

/// The search folds built in the background: a search typed before they are ready waits for them and finds the
/// same rows; background and foreground folds are the same.
@Suite struct SearchFoldsTests {
    @Test func aSearchBeforeTheFoldsAreReadyWaitsForThem() {
        let gate = DispatchSemaphore(value: 0)
        var s = Fixture.state()
        s.cache = DataCache(Fixture.dataset, asOf: Fixture.asOf, previous: nil, change: nil, index: nil, statistics: nil,
                            backgroundFolds: true, foldsGate: { gate.wait() })
        #expect(!s.cache.foldsReady)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { gate.signal() }
        Fixture.run("3 /", on: &s)
        for e in KeyScript.scalars("sau rieng") { _ = s.update(e) }
        Fixture.run("enter", on: &s)
        #expect(s.cache.foldsReady)
        let name = Fixture.dataset.products[s.selectedRecord(.products)!].name
        #expect(name.hasPrefix("Sầu riêng"), "\(name)")
    }

    @Test func backgroundFoldsAreTheForegroundOnes() {
        let ds = DatasetGenerator.generate(products: 3_000, seed: 5)
        let day = CivilDate(year: 2026, month: 11, day: 29)!
        let a = DataCache(ds, asOf: day, previous: nil, change: nil, index: nil, statistics: nil, backgroundFolds: true, foldsGate: nil)
        let b = DataCache(ds, asOf: day, previous: nil, change: nil, index: nil, statistics: nil, backgroundFolds: false, foldsGate: nil)
        a.waitForFolds()
        #expect(a.foldsReady && b.foldsReady)
        #expect(a.productBytes == b.productBytes)
        #expect(a.producerBytes == b.producerBytes)
        #expect(a.productBytes.first.map { Array($0) } == Array(TextFolding.fold(ds.products[0].name).utf8))
        // The loader's index and figures give the same cache as building them afresh.
        let c = DataCache(ds, asOf: day, index: DatasetIndex(ds), statistics: Statistics(DatasetIndex(ds), on: day))
        #expect(c.stats == b.stats && c.expiring == b.expiring && c.productCountByProducer == b.productCountByProducer)
    }

    /// Typing narrows from the last query's matches; deleting or sorting scans afresh: the counts are always those
    /// of a scan of every row.
    @Test func narrowingSearchCountsLikeAFullScan() {
        var s = Fixture.state()
        func direct(_ q: String) -> Int {
            let needle = Array(TextFolding.fold(q).utf8)
            return Fixture.dataset.products.filter { TextFolding.contains(Array(TextFolding.fold($0.name).utf8), needle) }.count
        }
        Fixture.run("3 /", on: &s)
        var typed = ""
        for ch in "sau rieng" {
            _ = s.update(.key(.char(ch)))
            typed.append(ch)
            #expect(s.matchCount == direct(typed), "\(typed)")
        }
        _ = s.update(.key(.backspace))
        #expect(s.matchCount == direct("sau rien"))
        Fixture.run("enter s", on: &s)
        Fixture.run("/", on: &s)
        for e in KeyScript.scalars("ca phe") { _ = s.update(e) }
        #expect(s.matchCount == direct("ca phe"))
        let name = Fixture.dataset.products[s.selectedRecord(.products)!].name
        #expect(TextFolding.fold(name).contains("ca phe"))
    }
}

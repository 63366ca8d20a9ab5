import Foundation
import Testing
import TestSupport
@testable import OCOPModel

@Suite struct GeneratorTests {
    @Test func sameSeedSameData() {
        #expect(DatasetGenerator.generate(products: 200, seed: 7) == DatasetGenerator.generate(products: 200, seed: 7))
        #expect(DatasetGenerator.generate(products: 200, seed: 7) != DatasetGenerator.generate(products: 200, seed: 8))
    }

    @Test func roundTripAtTenThousandProducts() throws {
        let ds = DatasetGenerator.generate(products: 10_000, seed: 42)
        let dir = RepoPaths.temporaryDirectory("gen")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(ds, to: dir)
        let r = DatasetLoader.load(directory: dir)
        #expect(r.problems.isEmpty, "\(r.problems.prefix(5).map { $0.message(.en) })")
        let loaded = try #require(r.dataset)
        #expect(loaded.products.count == 10_000)
        #expect(loaded == ds)
    }
}

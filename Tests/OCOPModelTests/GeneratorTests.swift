import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

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

@Suite struct TapeDecoderTests {
    @Test func decodesExactlyWhatJSONDecoderDecodes() throws {
        let ds = DatasetGenerator.generate(products: 2_000, seed: 11)
        for file in [DatasetFile.products, .producers, .zones, .tasks, .units] {
            let data = try DatasetEncoder.encode(file, of: ds)
            let decoder = JSONDecoder()
            decoder.userInfo[.recordsKey] = file.recordsKey
            switch file {
            case .products:
                let a = try TapeDecoder.decode(Envelope<[Product]>.self, from: data, userInfo: [.recordsKey: file.recordsKey]).records
                #expect(a == (try decoder.decode(Envelope<[Product]>.self, from: data).records))
            case .producers:
                let a = try TapeDecoder.decode(Envelope<[Producer]>.self, from: data, userInfo: [.recordsKey: file.recordsKey]).records
                #expect(a == (try decoder.decode(Envelope<[Producer]>.self, from: data).records))
            case .zones:
                let a = try TapeDecoder.decode(Envelope<[RawMaterialZone]>.self, from: data, userInfo: [.recordsKey: file.recordsKey]).records
                #expect(a == (try decoder.decode(Envelope<[RawMaterialZone]>.self, from: data).records))
            case .tasks:
                let a = try TapeDecoder.decode(Envelope<[ConclusionTask]>.self, from: data, userInfo: [.recordsKey: file.recordsKey]).records
                #expect(a == (try decoder.decode(Envelope<[ConclusionTask]>.self, from: data).records))
            default:
                let a = try TapeDecoder.decode(Envelope<[AdminUnit]>.self, from: data, userInfo: [.recordsKey: file.recordsKey]).records
                #expect(a == (try decoder.decode(Envelope<[AdminUnit]>.self, from: data).records))
            }
        }
    }

    @Test func escapesNullsAndNumbers() throws {
        let json = #"{"schemaVersion": 1, "agencies": [{"id": "a\"b", "name": "Sở \u0110ồng", "shortName": "x\/y\n", "level": "province"}]}"#
        let a = try TapeDecoder.decode(Envelope<[Agency]>.self, from: Data(json.utf8), userInfo: [.recordsKey: "agencies"]).records
        #expect(a[0].id == "a\"b" && a[0].name == "Sở Đồng" && a[0].shortName == "x/y\n")
        #expect(throws: (any Error).self) {
            try TapeDecoder.decode(Envelope<[Agency]>.self, from: Data(#"{"schemaVersion": 1, "agencies": [1,]}"#.utf8), userInfo: [.recordsKey: "agencies"])
        }
        #expect(throws: (any Error).self) {
            try TapeDecoder.decode(Envelope<[Agency]>.self, from: Data(#"{"schemaVersion": 1, "agencies": [{"id": 3.5}]}"#.utf8), userInfo: [.recordsKey: "agencies"])
        }
    }
}

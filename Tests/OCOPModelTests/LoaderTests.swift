import Foundation
import Testing
import TestSupport
@testable import OCOPModel

@Suite struct LoaderTests {
    @Test func sampleLoadsCleanAndIsComplete() throws {
        let r = DatasetLoader.load(directory: RepoPaths.sample)
        #expect(r.problems.isEmpty, "\(r.problems.map { $0.message(.en) })")
        let ds = try #require(r.dataset)
        #expect(ds.info.illustrative)
        #expect(ds.tasks.count == 6)
        #expect(ds.tasks.map(\.ordinal) == [1, 2, 3, 4, 5, 6])
        #expect(ds.tasks[0].text.hasPrefix("Một là, Đổi mới nâng cao chất lượng công tác tuyên truyền"))
        #expect(ds.tasks[5].text.hasPrefix("Sáu là, Giao Sở Nông nghiệp"))
        let index = DatasetIndex(ds)
        #expect(index.districts.count == 11)
        #expect(ds.units.filter { $0.level.isCommuneLevel }.count >= 100)
        #expect(ds.products.count >= 60)
        #expect(Set(ds.products.map(\.cycleStep)) == Set(CycleStep.allCases))
        #expect(Set(ds.products.map(\.group)) == Set(ProductGroup.allCases))
        #expect(Set(ds.products.compactMap { index.districtOf[$0.communeId] }).count == 11)
        #expect(ds.zones.count >= 8 && ds.zones.allSatisfy { !$0.chains.isEmpty })
        #expect(ds.craftVillages.count >= 6)
        #expect(ds.tourismModels.count >= 4)
        #expect(ds.tasks.allSatisfy { !$0.reports.isEmpty && !$0.actions.isEmpty })
        let day = try #require(CivilDate(year: 2026, month: 11, day: 29))
        let certs = ds.products.compactMap(\.certificate)
        #expect(certs.contains { Rules.expiresWithin($0, days: 90, of: day) })
        #expect(certs.contains { Rules.isExpired($0, on: day) })
        let stats = Statistics(index, on: day)
        #expect(stats.overdueTasks >= 1)
        #expect(stats.overdueActions >= 1)
        #expect(Set(ds.tasks.map { Rules.status(of: $0, on: day) }).count >= 5)
    }

    @Test func missingDirectoryNamesEveryFile() {
        let r = DatasetLoader.load(directory: URL(fileURLWithPath: "/nonexistent-ocop"))
        #expect(r.dataset == nil)
        #expect(r.errors.count == DatasetFile.allCases.count)
        #expect(r.errors.allSatisfy { $0.kind == .missingFile })
    }

    @Test func messagesInBothLanguages() {
        var p = Problem(.error, file: "products.json", path: [.key("products"), .index(2), .key("group")], recordId: "sp-003",
                        .unknownValue(value: "keo", allowed: ["food", "beverage"]))
        p.line = 12
        p.column = 14
        #expect(p.message(.vi) == "products.json:12:14: lỗi: bản ghi sp-003, trường products[2].group: giá trị \"keo\" không hợp lệ; giá trị cho phép: food, beverage.")
        #expect(p.message(.en) == "products.json:12:14: error: record sp-003, field products[2].group: unknown value \"keo\"; allowed values: food, beverage.")
    }

    @Test func nothingIsWrittenWhileLoading() throws {
        let dir = RepoPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(DatasetGenerator.generate(products: 20, seed: 3), to: dir)
        let before = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        let dates = try before.map { try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent($0).path)[.modificationDate] as? Date }
        _ = DatasetLoader.load(directory: dir)
        let after = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(before == after)
        let dates2 = try after.map { try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent($0).path)[.modificationDate] as? Date }
        #expect(dates == dates2)
    }
}

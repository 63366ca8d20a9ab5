import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

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
        // Eleven districts before 1 July 2025 (Long Khánh a thị xã until 31/5/2019), kept as areas after it.
        let before = Places(index, on: try #require(CivilDate(year: 2024, month: 12, day: 31)))
        let after = Places(index, on: try #require(CivilDate(year: 2026, month: 11, day: 29)))
        #expect(before.areas.count == 11 && before.areasCurrent && after.areas.count == 11 && !after.areasCurrent)
        #expect(Places(index, on: try #require(CivilDate(year: 2019, month: 1, day: 1))).areas.contains { $0.id == "long-khanh-tx" })
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

    @Test func theDirectoryItselfIsNamedOnce() throws {
        let missing = DatasetLoader.load(directory: URL(fileURLWithPath: "/nonexistent-ocop"))
        #expect(missing.dataset == nil)
        #expect(missing.problems.count == 1)
        #expect(missing.problems.first?.kind == .dataDirectory(.missing))
        #expect(missing.problems.first?.message(.vi) == "/nonexistent-ocop: lỗi: không có thư mục này; hãy chỉ đúng thư mục dữ liệu (ví dụ data/dong-nai).")
        let tmp = RepoPaths.temporaryDirectory("dirs")
        defer { try? FileManager.default.removeItem(at: tmp) }
        // A file given as the directory.
        let file = tmp.appendingPathComponent("dataset.json")
        try Data("{}".utf8).write(to: file)
        #expect(DatasetLoader.load(directory: file).problems.map(\.kind) == [.dataDirectory(.notADirectory)])
        // A link loop.
        let loop = tmp.appendingPathComponent("loop")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect(DatasetLoader.load(directory: loop).problems.map(\.kind) == [.dataDirectory(.loop)])
        // A path through a file.
        #expect(DatasetLoader.load(directory: file.appendingPathComponent("x")).problems.map(\.kind) == [.dataDirectory(.missing)])
    }

    @Test func aFifoOrADirectoryAsADataFileIsNotARegularFile() throws {
        let dir = RepoPaths.temporaryDirectory("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(DatasetGenerator.generate(products: 5, seed: 1), to: dir)
        let products = dir.appendingPathComponent("products.json")
        try FileManager.default.removeItem(at: products)
        #expect(mkfifo(products.path, 0o644) == 0)
        // Nobody writes to the FIFO: reading it would block for ever.
        let r = DatasetLoader.load(directory: dir)
        #expect(r.problems.map(\.kind) == [.notRegularFile(.fifo)])
        #expect(r.problems.first?.message(.vi) == "products.json: lỗi: không phải tệp thông thường (đây là một đường ống (FIFO)); hãy đặt tệp dữ liệu JSON vào đây.")
        try FileManager.default.removeItem(at: products)
        try FileManager.default.createDirectory(at: products, withIntermediateDirectories: false)
        #expect(DatasetLoader.load(directory: dir).problems.map(\.kind) == [.notRegularFile(.directory)])
        try FileManager.default.removeItem(at: products)
        try FileManager.default.createSymbolicLink(atPath: products.path, withDestinationPath: "/dev/null")
        #expect(DatasetLoader.load(directory: dir).problems.map(\.kind) == [.notRegularFile(.characterDevice)])
    }

    @Test func saveErrorsAreTranslated() {
        let lock = SaveError(file: DatasetWriter.lockName, errno: EACCES)
        #expect(lock.message(.vi).contains("khóa ghi của ocop") && lock.message(.vi).contains("không có quyền truy cập"))
        #expect(lock.message(.en).contains("ocop's write lock") && lock.message(.en).contains("permission denied"))
        #expect(SaveError(file: "tasks.json", errno: ENOSPC).description == "tasks.json: ổ đĩa đã đầy; giải phóng chỗ trống trên ổ đĩa rồi lưu lại.")
        #expect(!SaveError(file: "tasks.json", errno: EROFS).description.contains("Read-only"))
    }

    @Test func aSaveInAReadOnlyDirectoryExplainsTheLock() throws {
        guard getuid() != 0 else { return }  // root writes anywhere: nothing to see
        let ds = DatasetGenerator.generate(products: 5, seed: 1)
        let dir = RepoPaths.temporaryDirectory("readonly")
        defer {
            chmod(dir.path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        try DatasetEncoder.write(ds, to: dir)
        chmod(dir.path, 0o555)
        var p = ds.products[0]
        p.name = "x"
        do {
            try RecordCommitter.commit(RecordChange(before: ds.products[0], after: p), in: dir, user: "t")
            Issue.record("saved in a read-only directory")
        } catch let e as SaveError {
            #expect(e.description.contains("khóa ghi của ocop"), "\(e)")
        }
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

import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

/// Committing one record change: atomic, journalled, merged with colleagues' saves, conflicts detected.
@Suite struct CommitTests {
    func copy(_ ds: Dataset, _ label: String) throws -> URL {
        let dir = RepoPaths.temporaryDirectory(label)
        try DatasetEncoder.write(ds, to: dir)
        return dir
    }

    func sample() throws -> Dataset { try #require(DatasetLoader.load(directory: RepoPaths.sample).dataset) }

    func journal(_ dir: URL) throws -> [JournalEntry] {
        let text = try String(contentsOf: dir.appendingPathComponent(DatasetWriter.journalName), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(JournalEntry.self, from: Data($0.utf8)) }
    }

    func reload(_ dir: URL) throws -> Dataset {
        let r = DatasetLoader.load(directory: dir)
        #expect(r.problems.isEmpty, "\(r.problems.prefix(3).map { $0.message(.en) })")
        return try #require(r.dataset)
    }

    @Test func editAddDeleteInASmallFileThenReloadEqual() throws {
        var ds = try sample()
        let dir = try copy(ds, "commit-small")
        defer { try? FileManager.default.removeItem(at: dir) }
        var p = ds.producers[3]
        let old = p
        p.name = "HTX Mật ong Cẩm Mỹ"
        let edit = RecordChange(before: old, after: p)
        let r = try RecordCommitter.commit(edit, in: dir, user: "lan")
        #expect(!r.spliced && r.bytesWritten > 0)
        try RecordCodec.apply(edit, to: &ds)
        #expect(try reload(dir) == ds)
        // The journal names who, what, the field, before and after.
        let j = try journal(dir)
        #expect(j.count == 1)
        #expect(j[0].user == "lan" && j[0].kind == "producers" && j[0].id == old.id && j[0].field == "name")
        #expect(j[0].before == old.name && j[0].after == "HTX Mật ong Cẩm Mỹ" && j[0].action == "edit")
        // The same change again starts from a record that is no longer on disk: a conflict, nothing written.
        let before = try Data(contentsOf: dir.appendingPathComponent("producers.json"))
        #expect(throws: EditConflict.self) { try RecordCommitter.commit(edit, in: dir, user: "lan") }
        #expect(try Data(contentsOf: dir.appendingPathComponent("producers.json")) == before)
        // Add then delete a craft village; undo of the delete brings it back.
        var v = ds.craftVillages[0]
        v.id = "lang-nghe-moi"
        v.name = "Làng nghề mây tre đan Tân Triều"
        let add = RecordChange(before: nil, after: v)
        try RecordCommitter.commit(add, in: dir, user: "lan")
        try RecordCodec.apply(add, to: &ds)
        #expect(try reload(dir) == ds)
        let delete = add.inverse
        try RecordCommitter.commit(delete, in: dir, user: "lan")
        try RecordCodec.apply(delete, to: &ds)
        #expect(try reload(dir).craftVillages.contains { $0.id == v.id } == false)
        try RecordCommitter.commit(add, in: dir, user: "lan", action: "undo")
        #expect(try reload(dir).craftVillages.last == v)
        let actions = try journal(dir).map { $0.action ?? "" }
        #expect(actions.contains("add") && actions.contains("delete") && actions.last == "undo")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("craft-villages.json.bak").path))
    }

    @Test func largeFilesAreSplicedLineByLine() throws {
        var ds = DatasetGenerator.generate(products: 1_500, seed: 5)
        let dir = try copy(ds, "commit-large")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("products.json")
        let size = try Data(contentsOf: url).count
        // Edit one in the middle, the first and the last.
        for i in [700, 0, ds.products.count - 1] {
            var p = ds.products[i]
            let old = p
            p.name = "Mật ong hoa cà phê Cẩm Mỹ \(i)"
            p.certificate = nil
            let c = RecordChange(before: old, after: p)
            let r = try RecordCommitter.commit(c, in: dir, user: "an")
            #expect(r.spliced)
            #expect(abs(r.bytesWritten - size) < 2_000)
            try RecordCodec.apply(c, to: &ds)
        }
        #expect(try reload(dir) == ds)
        // Add at the end, delete the last (the previous line loses its comma), delete one in the middle.
        var n = ds.products[10]
        n.id = "p-new"
        let add = RecordChange(before: nil, after: n)
        try RecordCommitter.commit(add, in: dir, user: "an")
        try RecordCodec.apply(add, to: &ds)
        #expect(try reload(dir) == ds)
        for c in [add.inverse, RecordChange(before: ds.products[500], after: Optional<Product>.none)] {
            #expect(try RecordCommitter.commit(c, in: dir, user: "an").spliced)
            try RecordCodec.apply(c, to: &ds)
            #expect(try reload(dir) == ds)
        }
        // Byte for byte what a whole rewrite gives.
        #expect(try Data(contentsOf: url) == (try DatasetEncoder.encode(.products, of: ds)))
    }

    @Test func twoEditorsMergeDifferentRecordsAndConflictOnTheSame() throws {
        for products in [60, 1_200] {  // the whole-file and the line-by-line paths
            let base = DatasetGenerator.generate(products: products, seed: 9)
            let dir = try copy(base, "commit-two")
            defer { try? FileManager.default.removeItem(at: dir) }
            // Both editors loaded `base`. A edits product 1, B edits product 2: both land.
            var a = base.products[1]; a.name = "Sầu riêng Ri6 của An"
            var b = base.products[2]; b.name = "Bưởi Tân Triều của Bình"
            try RecordCommitter.commit(RecordChange(before: base.products[1], after: a), in: dir, user: "an")
            try RecordCommitter.commit(RecordChange(before: base.products[2], after: b), in: dir, user: "binh")
            var disk = try reload(dir)
            #expect(disk.products[1] == a && disk.products[2] == b)
            // B now edits product 1 from the version it loaded: a conflict that carries An's version.
            var b1 = base.products[1]; b1.subgroup = "Trái cây"
            do {
                try RecordCommitter.commit(RecordChange(before: base.products[1], after: b1), in: dir, user: "binh")
                Issue.record("no conflict detected")
            } catch let c as EditConflict {
                #expect(c.theirs == RecordCodec.canonical(a))
                // B chooses to keep theirs over An's: commit again from An's version.
                try RecordCommitter.commit(RecordChange(file: .products, id: a.id, before: c.theirs, after: c.change.after), in: dir, user: "binh")
            }
            disk = try reload(dir)
            #expect(disk.products[1] == b1)
            // A record deleted by one editor is a conflict for the other's edit of it.
            try RecordCommitter.commit(RecordChange(before: disk.products[3], after: Optional<Product>.none), in: dir, user: "an")
            var late = disk.products[3]; late.name = "muộn"
            #expect(throws: EditConflict.self) { try RecordCommitter.commit(RecordChange(before: disk.products[3], after: late), in: dir, user: "binh") }
        }
    }

    @Test func aFailedWriteLeavesFileAndJournalUntouched() throws {
        let ds = try sample()
        let dir = try copy(ds, "commit-fail")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("tasks.json")
        let before = try Data(contentsOf: url)
        var t = ds.tasks[0]; t.progress = 99
        for reason in [ENOSPC, EACCES, EROFS] {
            let failing: ([Data], URL) throws -> Void = { _, u in throw SaveError(file: u.lastPathComponent, reason: String(cString: strerror(reason))) }
            #expect(throws: SaveError.self) { try RecordCommitter.commit(RecordChange(before: ds.tasks[0], after: t), in: dir, user: "x", writer: failing) }
        }
        #expect(try Data(contentsOf: url) == before)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(DatasetWriter.journalName).path))
        // A directory that is gone: a clear error naming the file.
        do {
            try RecordCommitter.commit(RecordChange(before: ds.tasks[0], after: t), in: dir.appendingPathComponent("gone"), user: "x")
            Issue.record("no error")
        } catch let e as SaveError {
            #expect(e.file == ".ocop.lock" || e.file == "tasks.json")
        }
    }

    @Test func aJournalThatCannotBeWrittenDoesNotUndoTheSave() throws {
        let ds = try sample()
        let dir = try copy(ds, "commit-journal")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The journal's place is taken by a directory: appending to it fails.
        try FileManager.default.createDirectory(at: dir.appendingPathComponent(DatasetWriter.journalName), withIntermediateDirectories: false)
        var t = ds.tasks[0]; t.progress = 77
        let r = try RecordCommitter.commit(RecordChange(before: ds.tasks[0], after: t), in: dir, user: "x")
        #expect(r.journalError != nil)
        #expect(try reload(dir).tasks[0].progress == 77)
    }

    @Test func theJournalsTailIsReadWhole() throws {
        let dir = RepoPaths.temporaryDirectory("journal-tail")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(DatasetWriter.recentJournal(in: dir).isEmpty)
        let entries = (0..<3_000).map { JournalEntry(time: "2026-11-29T10:00:00Z", user: "lan", kind: "products", id: "p-\($0)", field: "name",
                                                     before: String(repeating: "Mật ong ", count: $0 % 7), after: "Tên \($0)", action: "edit") }
        try DatasetWriter.journal(entries, in: dir)
        let tail = DatasetWriter.recentJournal(in: dir, limit: 10)
        #expect(tail == Array(entries.suffix(10)))
        #expect(DatasetWriter.recentJournal(in: dir, limit: 5_000).count == 3_000)
    }

    @Test func fieldDiffsNameEachChangedField() {
        let ds = DatasetGenerator.generate(products: 10, seed: 1)
        var p = ds.products[0]
        p.name = "Tên mới"
        p.registeredYear = 2030
        let d = RecordChange(before: ds.products[0], after: p).fieldDiffs()
        #expect(d.map(\.field) == ["name", "registeredYear"])
        #expect(d[1].after == "2030")
        #expect(RecordChange(before: nil, after: p).fieldDiffs().count >= 10)
    }
}

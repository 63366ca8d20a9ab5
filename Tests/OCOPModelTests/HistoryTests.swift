import Foundation
import Testing
import TestSupport
import OCOPHistory
@testable import OCOPModel

/// History: snapshots stored once by content, changes made outside ocop journalled, the data on any past date.
@Suite struct HistoryTests {
    func load(_ dir: URL) throws -> Dataset {
        let r = DatasetLoader.load(directory: dir)
        #expect(r.errors.isEmpty, "\(r.errors.prefix(3).map { $0.message(.en) })")
        return try #require(r.dataset)
    }

    /// Each file as `ocop` encodes it: the state compared byte for byte.
    func state(_ ds: Dataset) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in DatasetFile.allCases { out[f.rawValue] = try DatasetEncoder.encode(f, of: ds) }
        return out
    }

    func day(_ s: String) -> CivilDate { CivilDate.parse(s)! }
    let utc = TimeZone(identifier: "UTC")!

    @Test func snapshotsStoreEachContentOnceCompressed() throws {
        let dir = try RepoPaths.copyOfSample("snap-once")
        defer { try? FileManager.default.removeItem(at: dir) }
        let first = try SnapshotStore.take(dir, reason: "snapshot", user: "lan")
        #expect(first.newObjects == DatasetFile.allCases.count && first.storedBytes < first.dataBytes / 3)
        let again = try SnapshotStore.take(dir, reason: "snapshot", user: "lan")
        #expect(again.newObjects == 0 && again.storedBytes == 0)
        #expect(SnapshotStore.all(dir).count == 2)
        let back = try SnapshotStore.contents(try #require(first.snapshot.files["products.json"]), in: dir)
        #expect(back == (try Data(contentsOf: dir.appendingPathComponent("products.json"))))
        #expect(SHA256.hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func aHandEditIsJournalledAsAChangeOutsideOcop() throws {
        let dir = try RepoPaths.copyOfSample("outside")
        defer { try? FileManager.default.removeItem(at: dir) }
        try SnapshotStore.take(dir, reason: "snapshot", user: "lan")
        #expect(try History.reconcile(dir, loaded: try load(dir), user: "lan").isEmpty)
        let ds = try load(dir)
        let url = dir.appendingPathComponent("products.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let name = ds.products[1].name
        try text.replacingOccurrences(of: "\"\(name)\"", with: "\"\(name) (sửa tay)\"").write(to: url, atomically: true, encoding: .utf8)
        let found = try History.reconcile(dir, loaded: try load(dir), user: "lan")
        #expect(found.map(\.id) == [ds.products[1].id])
        let lines = DatasetWriter.recentJournal(in: dir).filter { $0.kind == "products" }
        #expect(lines.map(\.action) == ["outside"] && lines.first?.field == "name" && lines.first?.after == name + " (sửa tay)")
        // Seen now: the next load finds nothing.
        #expect(try History.reconcile(dir, loaded: try load(dir), user: "lan").isEmpty)
    }

    /// A sequence of edits (ocop's own and a hand edit) on six days, with a snapshot before and one in the middle:
    /// the data on every day in between is the state recorded after that day's edit, byte for byte.
    @Test func replayGivesTheStateOnEveryDate() throws {
        let dir = try RepoPaths.copyOfSample("replay")
        defer { try? FileManager.default.removeItem(at: dir) }
        let journal = dir.appendingPathComponent(DatasetWriter.journalName)
        func journalSize() -> Int { (try? Data(contentsOf: journal).count) ?? 0 }
        try SnapshotStore.take(dir, reason: "snapshot", user: "lan", time: "2026-02-01T12:00:00Z")
        var states: [(CivilDate, [String: Data])] = [(day("2026-02-01"), try state(try load(dir)))]
        var segments: [(Range<Int>, String)] = []
        func step(_ date: String, _ body: (Dataset) throws -> Void) throws {
            let start = journalSize()
            try body(try load(dir))
            segments.append((start..<journalSize(), date + "T12:00:00Z"))
            states.append((day(date), try state(try load(dir))))
        }
        try step("2026-02-03") { ds in
            var p = ds.products[0]; p.name += " (mới)"
            try RecordCommitter.commit(RecordChange(before: ds.products[0], after: p), in: dir, user: "lan", action: .edit)
        }
        try step("2026-02-06") { ds in
            var t = ds.tasks[0]
            t.notes.append(MeetingNote(id: "nv-1.gc-9", date: day("2026-02-06"), kind: .decision, text: "Kết luận mới", author: "lan"))
            try RecordCommitter.commit(RecordChange(before: ds.tasks[0], after: t), in: dir, user: "lan", action: .note)
        }
        try step("2026-02-09") { ds in
            let m = Meeting(id: "hop-2026-02-09", date: day("2026-02-09"), title: "Họp thử", kind: .thematic, chair: "A", secretary: "B",
                            status: .open, openedAt: "2026-02-09T08:00:00+07:00")
            try RecordCommitter.commit(RecordChange(before: nil, after: m), in: dir, user: "lan", action: .openMeeting)
        }
        try SnapshotStore.take(dir, reason: "close-meeting", user: "lan", time: "2026-02-10T12:00:00Z")
        try step("2026-02-12") { ds in
            let url = dir.appendingPathComponent("products.json")
            let name = ds.products[1].name
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.replacingOccurrences(of: "\"\(name)\"", with: "\"\(name) 2\"").write(to: url, atomically: true, encoding: .utf8)
            try History.reconcile(dir, loaded: try load(dir), user: "lan")
        }
        try step("2026-02-15") { ds in
            try RecordCommitter.commit(RecordChange(before: ds.tourismModels[0], after: nil), in: dir, user: "lan", action: .delete)
        }
        try step("2026-02-18") { ds in
            var m = try #require(ds.meetings.last)
            m.status = .closed; m.closedAt = "2026-02-18T10:00:00+07:00"
            m.decisions = [MeetingDecision(id: "kl-1", text: "Giao việc", taskId: "nv-1", ownerAgencyId: "snnmt", dueDate: day("2026-03-31"))]
            try RecordCommitter.commit(RecordChange(before: ds.meetings.last, after: m), in: dir, user: "lan", action: .closeMeeting)
        }
        // The edits happened on the days named: their journal lines say so (times of equal length keep the offsets).
        var bytes = try Data(contentsOf: journal)
        for (range, time) in segments {
            var text = String(decoding: bytes[range], as: UTF8.self)
            text = text.replacingOccurrences(of: #""time":"[^"]*""#, with: "\"time\":\"\(time)\"", options: .regularExpression)
            #expect(text.utf8.count == range.count)
            bytes.replaceSubrange(range, with: Data(text.utf8))
        }
        try bytes.write(to: journal)
        // Every day from the first snapshot to the last edit, and after.
        var d = day("2026-02-01")
        var checked = 0
        while d <= day("2026-02-20") {
            let expected = try #require(states.last { $0.0 <= d }).1
            let got = try state(try History.dataset(before: History.endOf(d, timeZone: utc), in: dir))
            for (name, data) in expected {
                #expect(got[name] == data, "\(d.iso): \(name) differs")
            }
            checked += 1
            d = d.adding(days: 1)
        }
        #expect(checked == 20)
        #expect(throws: HistoryError.self) { try History.dataset(before: History.endOf(day("2026-01-31"), timeZone: utc), in: dir) }
    }
}

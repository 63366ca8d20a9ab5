import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import OCOPPostgres
import TerminalCore

/// The same behaviour from both stores: commits with their journal, merges and conflicts, live reload, notes and
/// the dashboard's effect runner.
@Suite struct StoreContractTests {
    @Test(arguments: StoreKind.allCases) func aCommitIsJournalledAndReadBack(_ kind: StoreKind) throws {
        guard let f = try Fixtures.fixture(kind, "commit-\(kind)") else { return }
        defer { f.cleanup() }
        let store = try f.open()
        var ds = try #require(store.load().dataset)
        #expect(ds == f.dataset)
        var p = ds.producers[3]
        let old = p
        p.name = "HTX Mật ong Cẩm Mỹ"
        let edit = RecordChange(before: old, after: p)
        try store.commit(edit, user: "lan", action: .edit)
        try RecordCodec.apply(edit, to: &ds)
        // Another process reads what was saved.
        #expect(try f.open().load().dataset == ds)
        let j = store.journal(limit: 10)
        #expect(j.count == 1)
        #expect(j.first?.user == "lan" && j.first?.kind == "producers" && j.first?.id == old.id && j.first?.field == "name")
        #expect(j.first?.before == old.name && j.first?.after == "HTX Mật ong Cẩm Mỹ" && j.first?.action == "edit")
        // Add, then delete; the same change twice is a conflict.
        var v = ds.craftVillages[0]
        v.id = "lang-nghe-moi"
        v.name = "Làng nghề mây tre đan Tân Triều"
        let add = RecordChange(before: nil, after: v)
        try store.commit(add, user: "lan", action: .add)
        #expect(throws: EditConflict.self) { try store.commit(add, user: "lan", action: .add) }
        try store.commit(add.inverse, user: "lan", action: .delete)
        #expect(try f.open().load().dataset == ds)
        #expect(store.journal(limit: 100).map(\.action) == ["edit"] + Array(repeating: "add", count: add.fieldDiffs().count)
                + Array(repeating: "delete", count: add.fieldDiffs().count))
    }

    @Test(arguments: StoreKind.allCases) func differentRecordsMergeTheSameRecordConflicts(_ kind: StoreKind) throws {
        guard let f = try Fixtures.fixture(kind, "merge-\(kind)") else { return }
        defer { f.cleanup() }
        let a = try f.open(), b = try f.open()
        let ds = try #require(a.load().dataset)
        _ = b.load()
        var p1 = ds.products[1], p2 = ds.products[2]
        p1.name = "Bưởi của Lan"
        p2.name = "Mật ong của Minh"
        try a.commit(RecordChange(before: ds.products[1], after: p1), user: "lan", action: .edit)
        // b started from the data before a's save: a different record merges.
        try b.commit(RecordChange(before: ds.products[2], after: p2), user: "minh", action: .edit)
        let now = try #require(try f.open().load().dataset)
        #expect(now.products[1].name == "Bưởi của Lan" && now.products[2].name == "Mật ong của Minh")
        // b edits the record a changed, from the old version: a conflict with a's version as theirs.
        var stale = ds.products[1]
        stale.name = "Bưởi của Minh"
        do {
            try b.commit(RecordChange(before: ds.products[1], after: stale), user: "minh", action: .edit)
            Issue.record("no conflict")
        } catch let c as EditConflict {
            #expect(c.theirs == RecordCodec.canonical(p1))
        }
        #expect(try f.open().load().dataset?.products[1].name == "Bưởi của Lan")
    }

    @Test(arguments: StoreKind.allCases) func aColleaguesSaveArrivesWithinASecond(_ kind: StoreKind) throws {
        guard let f = try Fixtures.fixture(kind, "live-\(kind)") else { return }
        defer { f.cleanup() }
        let mine = try f.open(), theirs = try f.open()
        let ds = try #require(mine.load().dataset)
        _ = theirs.load()
        let watcher = DatasetWatcher<Int>(store: mine, interval: 0.05, prepare: { $0.products.count })
        var p = ds.products[5]
        p.name = "Cà phê Cẩm Mỹ (đồng nghiệp sửa)"
        let start = Date()
        try theirs.commit(RecordChange(before: ds.products[5], after: p), user: "dong-nghiep", action: .edit)
        var got: Dataset?
        while got == nil, Date().timeIntervalSince(start) < 3 {
            if case .reloaded(let r, _, let prepared)? = watcher.poll() {
                got = r.dataset
                #expect(prepared == ds.products.count)
            }
            usleep(10_000)
        }
        let elapsed = Date().timeIntervalSince(start)
        #expect(got?.products[5].name == p.name)
        #expect(elapsed < 1, "arrived after \(elapsed) s")
        // Only what the colleague changed differs.
        var expected = ds
        expected.products[5] = p
        #expect(got == expected)
        // This process's own save is not announced back to it as a colleague's.
        var q = p
        q.name = "Cà phê Cẩm Mỹ (tôi sửa)"
        let report = try mine.commit(RecordChange(before: p, after: q), user: "toi", action: .edit)
        mine.acknowledge(RecordChange(before: p, after: q), report: report)
        usleep(300_000)
        var echoed = false
        for _ in 0..<10 {
            if case .reloaded? = watcher.poll() { echoed = true }
            usleep(30_000)
        }
        #expect(!echoed)
    }

    @Test(arguments: StoreKind.allCases) func notesFromTwoSecretariesBothStay(_ kind: StoreKind) throws {
        guard let f = try Fixtures.fixture(kind, "notes-\(kind)") else { return }
        defer { f.cleanup() }
        let a = try f.open(), b = try f.open()
        let ds = try #require(a.load().dataset)
        _ = b.load()
        let day = CivilDate(year: 2026, month: 11, day: 29)!
        _ = try NoteRecorder.record(text: "Giao Sở Công Thương", onTask: "nv-3", by: "thu-ky-1", on: day, in: a, current: ds)
        // b still has the task as it was: the note is appended to a's version, not over it.
        _ = try NoteRecorder.record(text: "Báo cáo trước 15/12", onTask: "nv-3", by: "thu-ky-2", on: day, in: b, current: ds)
        let task = try #require(try f.open().load().dataset?.tasks.first { $0.id == "nv-3" })
        #expect(task.notes.suffix(2).map(\.text) == ["Giao Sở Công Thương", "Báo cáo trước 15/12"])
        #expect(a.journal(limit: 10).filter { $0.action == "note" }.count == 2)
    }

    @MainActor @Test(arguments: StoreKind.allCases) func theDashboardSavesThroughItsStore(_ kind: StoreKind) throws {
        guard let f = try Fixtures.fixture(kind, "runner-\(kind)") else { return }
        defer { f.cleanup() }
        let store = try f.open()
        let ds = try #require(store.load().dataset)
        var s = AppState(dataset: ds, asOf: CivilDate(year: 2026, month: 11, day: 29)!, themes: [.plain])
        s.size = (100, 30)
        s.editor = "lan"
        var screen = DashboardScreen(state: s, store: store, watch: true)
        var z = ds.zones[0]
        z.name = "Vùng bưởi Tân Triều (đã sửa)"
        screen.commit(RecordChange(before: ds.zones[0], after: z), action: .edit, origin: .quick)
        screen.waitForSave()
        _ = screen.handle(nil, size: (100, 30))
        #expect(screen.state.dataset.zones[0].name == z.name)
        #expect(try f.open().load().dataset?.zones[0].name == z.name)
        // Undo goes through the same store, journalled as undo.
        _ = screen.handle(.key(.char("u")), size: (100, 30))
        screen.waitForSave()
        _ = screen.handle(nil, size: (100, 30))
        #expect(try f.open().load().dataset?.zones[0].name == ds.zones[0].name)
        #expect(store.journal(limit: 10).map(\.action) == ["edit", "undo"])
        // A colleague's change reaches the screen.
        let other = try f.open()
        _ = other.load()
        var p = ds.producers[0]
        p.name = "HTX của đồng nghiệp"
        try other.commit(RecordChange(before: ds.producers[0], after: p), user: "minh", action: .edit)
        let deadline = Date().addingTimeInterval(2)
        while screen.state.dataset.producers[0].name != p.name && Date() < deadline {
            _ = screen.handle(nil, size: (100, 30))
            usleep(20_000)
        }
        #expect(screen.state.dataset.producers[0].name == p.name)
    }
}

/// The dashboard on a database whose server goes away: a red banner, a save that fails and says so, and the same
/// save working once the server is back.
@Suite struct LostConnectionScreenTests {
    @MainActor @Test func theBannerComesAndGoesAndTheSaveWorksAfterwards() throws {
        guard Fixtures.cluster() != nil else { return }
        let c = try PostgresCluster(durable: true)
        let url = try DatabaseURL(c.url(try c.createDatabase("screen-lost")))
        _ = try PGSchema.initialize(url)
        _ = try DatabaseTransfer.importData(try Fixtures.sample(), journal: [], into: url, replace: false)
        let store = try PostgresStore(url: url)
        defer { store.close() }
        let ds = try #require(store.load().dataset)
        var s = AppState(dataset: ds, asOf: CivilDate(year: 2026, month: 11, day: 29)!, lang: .en, themes: [.plain])
        s.size = (100, 30)
        var screen = DashboardScreen(state: s, store: store, watch: true)
        func poll(_ done: (AppState) -> Bool) {
            let deadline = Date().addingTimeInterval(10)
            while !done(screen.state) && Date() < deadline {
                _ = screen.handle(nil, size: (100, 30))
                usleep(50_000)
            }
        }
        func keys(_ script: String) { for e in KeyScript.parse(script) { _ = screen.handle(e, size: (100, 30)) } }
        // A producer's form is open with a new name typed when the server goes away.
        keys("5 e c-u")
        for e in KeyScript.scalars("HTX lưu sau") { _ = screen.handle(e, size: (100, 30)) }
        try c.stop()
        poll { $0.connectionWarning != nil }
        #expect(screen.state.connectionWarning?.contains("Database connection lost") == true)
        #expect(screen.state.connectionWarning?.contains(c.password) == false)
        // Enter: the save fails and says so; the form stays open with what was typed.
        keys("enter")
        #expect(screen.state.form != nil)
        #expect(screen.state.form?.error?.contains("press Enter again") == true, "\(screen.state.form?.error ?? "")")
        #expect(screen.state.dataset.producers[0].name == ds.producers[0].name)
        try c.start()
        poll { $0.connectionWarning == nil }
        #expect(screen.state.connectionWarning == nil)
        // The same Enter saves once the server is back.
        keys("enter")
        #expect(screen.state.form == nil)
        #expect(screen.state.dataset.producers[0].name == "HTX lưu sau")
        #expect(try PostgresStore(url: url).load().dataset?.producers[0].name == "HTX lưu sau")
    }
}

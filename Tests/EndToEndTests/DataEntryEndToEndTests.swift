import Foundation
import Testing
import TestSupport
import Spawn
import OCOPModel

/// Data entry with the real binary under tmux: a product and its evaluation typed in, saved, journalled; two
/// processes editing one dataset.
@Suite(.serialized) struct DataEntryEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    func journal(_ dir: URL) throws -> [JournalEntry] {
        try String(contentsOf: dir.appendingPathComponent(DatasetWriter.journalName), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(JournalEntry.self, from: Data($0.utf8)) }
    }

    @Test func addAProductAndItsEvaluationThenFindBothOnDisk() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample("e2e-entry")
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) --as-of 29/11/2026 --editor 'Nguyễn Thị Lan' \(dir.path); echo exit=$?")
        #expect(t.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        t.send("3", "a")
        #expect(t.waitFor { $0.contains("Thêm sản phẩm") }.ok)
        // Typed as a terminal without precomposed input sends it: base letters and combining marks (NFD).
        t.sendLiteral("Mật ong hoa cà phê Cẩm Mỹ".decomposedStringWithCanonicalMapping)
        t.send("Tab")
        t.sendLiteral("mat ong phuoc thai")
        #expect(t.waitFor { $0.contains("Công ty TNHH Mật ong Phước Thái") }.ok)
        t.send("Enter", "Tab")
        t.sendLiteral("song ray")
        #expect(t.waitFor { $0.contains("xã Sông Ray — Cẩm Mỹ") }.ok)
        t.send("Enter", "Enter")
        let saved = t.waitFor { $0.contains("Đã lưu: products.json") }
        #expect(saved.ok, "\(saved.screen)")
        #expect(saved.screen.contains("Mật ong hoa cà phê Cẩm"))
        // The evaluation on the new (selected) product: the total and stars show as the scores are typed.
        t.send("c")
        #expect(t.waitFor { $0.contains("Đánh giá, xếp hạng — Mật ong hoa cà phê Cẩm Mỹ") }.ok)
        t.send("Tab", "Tab", "Tab")
        t.sendLiteral("32")
        t.send("Tab")
        t.sendLiteral("20")
        t.send("Tab")
        t.sendLiteral("30")
        let live = t.waitFor { $0.contains("Tổng: 82 điểm → ★★★★ (4★)") }
        #expect(live.ok, "\(live.screen)")
        t.send("C-s")
        // The evaluation moves the product from step 2 to step 5: the form asks first (Save is focused).
        #expect(t.waitFor { $0.contains("Chuyển bước chu trình?") }.ok)
        t.send("Enter")
        #expect(t.waitFor { $0.contains("Đã lưu: products.json") && !$0.contains("Đánh giá, xếp hạng —") }.ok)
        t.send("q")
        let quit = t.waitFor { $0.contains("exit=0") }
        #expect(quit.ok, "\(quit.screen)")
        // Both are in the files…
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        let p = try #require(ds.products.first { $0.name == "Mật ong hoa cà phê Cẩm Mỹ" })
        #expect(p.producerId == ds.producers.first { $0.name == "Công ty TNHH Mật ong Phước Thái" }?.id)
        #expect(p.communeId == "dn.song-ray", "the picker offers the communes valid today first")
        // Stored as NFC, byte for byte, though it was typed in NFD.
        let raw = try Data(contentsOf: dir.appendingPathComponent("products.json"))
        #expect(raw.range(of: Data("Mật ong hoa cà phê Cẩm Mỹ".precomposedStringWithCanonicalMapping.utf8)) != nil)
        #expect(raw.range(of: Data("Mật ong hoa cà phê Cẩm Mỹ".decomposedStringWithCanonicalMapping.utf8)) == nil)
        #expect(DatasetLoader.load(directory: dir).warnings.isEmpty)
        let e = try #require(p.evaluations.last)
        #expect(e.scoreA == 32 && e.scoreB == 20 && e.scoreC == 30 && e.total == 82 && e.stars == 4)
        #expect(p.certificate?.stars == 4 && p.certificate?.expiresOn == CivilDate(year: 2029, month: 11, day: 29))
        // …and in the journal, with who and when.
        let j = try journal(dir)
        #expect(j.contains { $0.id == p.id && $0.field == "name" && $0.after == p.name && $0.action == "add" && $0.user == "Nguyễn Thị Lan" })
        #expect(j.contains { $0.id == p.id && $0.field == "evaluations" && ($0.after ?? "").contains("\"total\":82") && ($0.after ?? "").contains("\"stars\":4") })
        #expect(j.allSatisfy { !$0.time.isEmpty })
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("products.json.bak").path))
    }

    @Test func twoProcessesEditingDifferentRecordsKeepBoth() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample("e2e-two")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try TmuxSession(width: 100, height: 30)
        defer { a.kill() }
        let b = try TmuxSession(width: 100, height: 30)
        defer { b.kill() }
        a.sendLine("\(binary) --editor an \(dir.path)")
        b.sendLine("\(binary) --editor binh \(dir.path)")
        #expect(a.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        #expect(b.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        // Both open a producer form before either saves.
        a.send("5", "e", "C-u")
        b.send("5", "j", "e", "C-u")
        a.sendLiteral("HTX của An")
        b.sendLiteral("HTX của Bình")
        a.send("Enter")
        #expect(a.waitFor { $0.contains("Đã lưu: producers.json") }.ok)
        b.send("Enter")
        #expect(b.waitFor { $0.contains("Đã lưu: producers.json") }.ok)
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        #expect(ds.producers[0].name == "HTX của An" && ds.producers[1].name == "HTX của Bình")
        // A sees B's change live, without reloading by hand.
        #expect(a.waitFor(timeout: 5) { $0.contains("HTX của Bình") }.ok)
        // The same record: B's save shows the conflict instead of overwriting A.
        a.send("j", "e", "C-u")
        a.sendLiteral("Tên của An")
        b.send("e", "C-u")
        b.sendLiteral("Tên của Bình")
        // Bình's form is open (from the version Bình loaded) before An saves.
        #expect(b.waitFor { $0.contains("Sửa chủ thể") && $0.contains("Tên của Bình") }.ok)
        #expect(a.waitFor { $0.contains("Sửa chủ thể") && $0.contains("Tên của An") }.ok)
        a.send("Enter")
        #expect(a.waitFor { $0.contains("Đã lưu") }.ok)
        b.send("Enter")
        let conflict = b.waitFor { $0.contains("Xung đột khi lưu") }
        #expect(conflict.ok, "\(conflict.screen)")
        #expect(try #require(DatasetLoader.load(directory: dir).dataset).producers[1].name == "Tên của An")
        b.send("m")
        #expect(b.waitFor { $0.contains("Đã lưu") }.ok)
        #expect(try #require(DatasetLoader.load(directory: dir).dataset).producers[1].name == "Tên của Bình")
        a.send("q")
        b.send("q")
    }

    @Test func readOnlyAndQuittingWithAFormOpen() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample("e2e-ro")
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) --read-only \(dir.path); echo exit=$?")
        #expect(t.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        t.send("3", "a")
        #expect(t.waitFor { $0.contains("Chế độ chỉ đọc") }.ok)
        t.send("q")
        #expect(t.waitFor { $0.contains("exit=0") }.ok)
        t.sendLine("clear; \(binary) \(dir.path); echo exit=$?")
        #expect(t.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        t.send("5", "e", "x", "C-c")
        #expect(t.waitFor { $0.contains("Thoát ocop?") }.ok)
        t.send("Enter")
        #expect(t.waitFor { !$0.contains("Thoát ocop?") && $0.contains("Sửa chủ thể") }.ok, "Cancel is the default")
        t.send("C-c", "Right", "Enter")
        #expect(t.waitFor { $0.contains("exit=0") }.ok)
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent(DatasetWriter.journalName).path))
    }

    @Test func typingSurvivesAKill() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample("e2e-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) --editor lan \(dir.path)")
        #expect(t.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        t.send("3", "a")
        t.sendLiteral("Mật ong hoa cà phê Cẩm Mỹ")
        #expect(t.waitFor { $0.contains("Mật ong hoa cà phê Cẩm Mỹ") && $0.contains("Thêm sản phẩm") }.ok)
        // Killed with no chance to clean up: only what reached the disk survives.
        let shell = t.display("#{pane_pid}")
        let pid = try #require(try runProcess(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-P", shell]).stdout.split(separator: "\n").first.flatMap { Int32($0) })
        let deadline = Date().addingTimeInterval(5)
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent(".ocop-draft-lan.json").path) && Date() < deadline { usleep(20_000) }
        kill(pid, SIGKILL)
        let again = try TmuxSession(width: 100, height: 30)
        defer { again.kill() }
        again.sendLine("\(binary) --editor lan \(dir.path)")
        let offer = again.waitFor { $0.contains("Biểu mẫu chưa lưu") }
        #expect(offer.ok, "\(offer.screen)")
        again.send("Right", "Enter")
        let back = again.waitFor { $0.contains("Thêm sản phẩm") && $0.contains("Mật ong hoa cà phê Cẩm Mỹ") }
        #expect(back.ok, "\(back.screen)")
        again.send("Escape", "Right", "Enter", "q")
    }
}

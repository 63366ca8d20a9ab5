import Foundation
import Testing
import TestSupport
import Spawn
import OCOPModel

/// Meetings under tmux: live reload across processes, broken files, presentation with a secretary's note, report.
@Suite(.serialized) struct LiveReviewEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    @Test func dashboardFollowsAnotherProcessesSaveAndSurvivesABrokenFile() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(width: 120, height: 36)
        defer { t.kill() }
        t.sendLine("\(binary) \(dir.path) --as-of 29/11/2026")
        #expect(t.waitFor { $0.contains("Tổng quan") }.ok)
        t.send("3")
        #expect(t.waitFor { $0.contains("352 bản ghi") }.ok)
        // Another process (this test) saves a changed products file.
        var ds = try #require(DatasetLoader.load(directory: dir).dataset)
        ds.products[0].name = "Chôm chôm Java Long Khánh loại 1"
        let started = Date()
        try DatasetWriter.save(.products, of: ds, in: dir)
        let shown = t.waitFor(timeout: 5) { $0.contains("loại 1") }
        let elapsed = Date().timeIntervalSince(started)
        #expect(shown.ok, "\(shown.screen)")
        #expect(elapsed < 1.5, "the change took \(elapsed) s to appear")
        // The note says what happened (drawn with the change or at the next frame).
        #expect(t.waitFor(timeout: 3) { $0.contains("Đã cập nhật") }.ok)
        // A broken file: warning, old data kept, still running.
        try Data("{\"schemaVersion\": 1, \"products\": [ {".utf8).write(to: dir.appendingPathComponent("products.json"))
        let warned = t.waitFor(timeout: 5) { $0.contains("Tệp lỗi trên đĩa") }
        #expect(warned.ok, "\(warned.screen)")
        #expect(warned.screen.contains("loại 1"), "the last good data stays on screen")
        #expect(t.alternateOn)
        try DatasetWriter.save(.products, of: ds, in: dir)
        #expect(t.waitFor(timeout: 5) { !$0.contains("Tệp lỗi trên đĩa") }.ok)
        t.send("q")
        #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok)
    }

    @Test func aSecretarysNoteAppearsLiveOnTheChairsProjector() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let chair = try TmuxSession(width: 120, height: 36)
        defer { chair.kill() }
        let secretary = try TmuxSession(width: 100, height: 30)
        defer { secretary.kill() }
        chair.sendLine("\(binary) present \(dir.path) --as-of 29/11/2026")
        #expect(chair.waitFor { $0.contains("Chương trình họp") }.ok)
        // The chair walks the deck by keyboard: agenda, overview, the programme's results, task 1, task 2.
        chair.send("Right", "Space", "PageDown", "Right")
        #expect(chair.waitFor { $0.contains("Nhiệm vụ 2: Khoa học công nghệ") && $0.contains("QUÁ HẠN") }.ok)
        // Read-only: n is refused on the chair's screen.
        chair.send("n")
        #expect(chair.waitFor { $0.contains("--allow-notes") }.ok)
        secretary.sendLine("\(binary) present \(dir.path) --allow-notes --editor thu-ky --as-of 29/11/2026 --chair \"Chủ tịch\" --secretary \"Thư ký\"")
        #expect(secretary.waitFor { $0.contains("Chương trình họp") }.ok)
        secretary.send("5", "Enter")
        #expect(secretary.waitFor { $0.contains("Nhiệm vụ 2") }.ok)
        secretary.send("n")
        secretary.sendLiteral("Sở KH&CN báo cáo lại trước 15/12")
        secretary.send("Enter")
        #expect(secretary.waitFor { $0.contains("Đã lưu") }.ok)
        let live = chair.waitFor(timeout: 5) { $0.contains("Sở KH&CN báo cáo lại trước 15/12") }
        #expect(live.ok, "\(live.screen)")
        let journal = try String(contentsOf: dir.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"user\":\"thu-ky\""))
        // Esc leaves the deck for the dashboard; q quits and the terminal is restored.
        chair.send("Escape")
        #expect(chair.waitFor { $0.contains("Tổng quan") && $0.contains("1 Tổng quan") }.ok)
        chair.send("q")
        secretary.send("q")
        #expect(chair.waitFor(timeout: 5) { _ in !chair.alternateOn }.ok)
    }

    @Test func reportForTheMinutes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let md = try runProcess(RepoPaths.binary, ["report", RepoPaths.sample.path, "--format", "markdown", "--as-of", "29/11/2026"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Báo cáo Chương trình OCOP Đồng Nai — tính đến 29/11/2026"))
        let again = try runProcess(RepoPaths.binary, ["report", RepoPaths.sample.path, "--format", "markdown", "--as-of", "2026-11-29"])
        #expect(again.stdout == md.stdout, "deterministic, and both date forms agree")
        let csv = try runProcess(RepoPaths.binary, ["report", RepoPaths.sample.path, "--format", "csv", "--as-of", "29/11/2026", "--lang", "en"])
        #expect(csv.stdout.contains("districts,Xuân Lộc (former district),products,"))
        let json = try runProcess(RepoPaths.binary, ["report", RepoPaths.sample.path, "--format", "json", "--as-of", "29/11/2026"])
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
        let bad = try runProcess(RepoPaths.binary, ["report", "--as-of", "31/02/2026"])
        #expect(bad.status != 0)
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import TerminalCore

@Suite struct PresentationTests {
    static let start = Date(timeIntervalSince1970: 1_796_000_000)  // a fixed moment for the clock

    /// A deck as `ocop present` opens it: read-only, notes allowed only with `allowNotes` (`--allow-notes`).
    static func presenting(width: Int, height: Int, allowNotes: Bool = false, dataset: Dataset = Fixture.dataset) -> AppState {
        var s = AppState(dataset: dataset, asOf: Fixture.asOf, themes: [.plain, Theme(name: "projector", looks: Theme.plain.looks, glyphs: .heavy)],
                         readOnly: true)
        s.size = (width, height)
        s.timeZone = TimeZone(identifier: "UTC")!
        s.now = start
        s.startPresentation(allowNotes: allowNotes)
        s.now = start.addingTimeInterval(754)  // 12:34 into the meeting
        return s
    }

    @Test func goldenSlidesAtTwoSizes() {
        for (w, h) in [(80, 24), (200, 60)] {
            var s = Self.presenting(width: w, height: h)
            // Named by the slide's kind, so adding a slide does not rename the others' goldens.
            for (i, slide) in s.slides.enumerated() {
                s.presentation?.index = i
                Golden.assert(Fixture.screen(s), named: "slide-\(slide.kindName)-\(w)x\(h)")
            }
        }
    }

    @Test func projectorThemeByDefaultAndRestoredOnEsc() {
        var s = Self.presenting(width: 80, height: 24)
        #expect(s.theme.name == "projector")
        Fixture.run("esc", on: &s)
        #expect(s.presentation == nil)
        #expect(s.theme.name == "plain")
    }

    @Test func keysThroughTheWholeDeck() {
        var s = Self.presenting(width: 100, height: 30)
        let n = s.slides.count
        #expect(n == 13)
        Fixture.run("right space pgdn", on: &s)
        #expect(s.presentation?.index == 3)
        Fixture.run("left pgup", on: &s)
        #expect(s.presentation?.index == 1)
        for _ in 0..<20 { Fixture.run("right", on: &s) }
        #expect(s.presentation?.index == n - 1)
        Fixture.run("1 0 enter", on: &s)
        #expect(s.presentation?.index == 9)
        #expect(Fixture.screen(s).textLines()[0].contains("10/13"))
        Fixture.run("home", on: &s)
        #expect(s.presentation?.index == 0)
        Fixture.run("9 9 enter", on: &s)
        #expect(s.presentation?.index == 0, "an impossible number does not move")
        let text = Fixture.screen(s).textLines()[0]
        #expect(text.contains("00:12:34") || text.contains("12:34"), "elapsed time shows: \(text)")
    }

    @Test func escReturnsToWhereTheDashboardWas() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("3 j j p", on: &s)
        #expect(s.presentation != nil)
        Fixture.run("right esc", on: &s)
        #expect(s.presentation == nil && s.pane == .products && s.lists[.products]?.selected == 2)
        // From a task's detail, presenting starts on that task's slide.
        Fixture.run("2 j enter p", on: &s)
        #expect(s.slides[s.presentation!.index] == .task(Fixture.dataset.tasks[1].id))
    }

    @Test func escAsksBeforeDiscardingATypedNote() {
        var s = Self.presenting(width: 100, height: 30, allowNotes: true)
        Fixture.run("4 enter n 'Ghi' esc", on: &s)
        #expect(s.presentation?.note?.text == "Ghi", "one Esc keeps the typed note")
        #expect(s.message?.contains("Esc") == true)
        Fixture.run("esc", on: &s)
        #expect(s.presentation?.note == nil)
        #expect(s.presentation != nil, "discarding the note does not leave the deck")
        Fixture.run("n esc", on: &s)
        #expect(s.presentation?.note == nil, "an empty note closes at once")
    }

    @Test func noteRefusedWhenNotAllowed() {
        var s = Self.presenting(width: 100, height: 30)
        Fixture.run("4 enter n", on: &s)
        #expect(s.presentation?.note == nil)
        #expect(s.message?.contains("--allow-notes") == true)
    }

    @Test func noteRecordedWhenAllowedIsSavedJournalledAndShown() throws {
        let dir = RepoPaths.temporaryDirectory("present-note")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(Fixture.dataset, to: dir)
        var state = Self.presenting(width: 100, height: 30, allowNotes: true)
        state.editor = "thu-ky"
        var screen = DashboardScreen(state: state, directory: dir, watch: false)
        for e in KeyScript.parse("5 enter n") { _ = screen.handle(e, size: (100, 30)) }
        #expect(screen.state.presentation?.note != nil)
        for e in KeyScript.scalars("Giao Sở KH&CN hoàn thành trước 31/3".decomposedStringWithCanonicalMapping) { _ = screen.handle(e, size: (100, 30)) }
        _ = screen.handle(.key(.enter), size: (100, 30))
        #expect(screen.state.message?.contains("Đã lưu") == true, "\(screen.state.message ?? "")")
        let saved = try #require(DatasetLoader.load(directory: dir).dataset)
        let note = try #require(saved.tasks[1].notes.last)
        #expect(note.text == "Giao Sở KH&CN hoàn thành trước 31/3")
        #expect(note.author == "thu-ky")
        let journal = try String(contentsOf: dir.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        let entry = try JSONDecoder().decode(JournalEntry.self, from: Data(journal.split(separator: "\n").last!.utf8))
        #expect(entry.user == "thu-ky" && entry.id == "nv-2" && entry.field == "notes" && entry.action == "note")
        #expect(entry.after?.contains(note.text) == true)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("tasks.json.bak").path))
        var buf = CellBuffer(width: 100, height: 30)
        _ = screen.render(into: &buf)
        #expect(buf.text.contains("Giao Sở KH&CN hoàn thành trước 31/3"))
    }

    @Test func liveReloadKeepsPlaceAndWarnsOnBrokenFiles() throws {
        let dir = RepoPaths.temporaryDirectory("reload")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(Fixture.dataset, to: dir)
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("3 j j j", on: &s)
        var screen = DashboardScreen(state: s, directory: dir)
        var changed = Fixture.dataset
        changed.products[3].name = "Xoài cát Hòa Lộc Xuân Hưng (đã đổi tên)"
        try DatasetWriter.save(.products, of: changed, in: dir)
        let deadline = Date().addingTimeInterval(5)
        while screen.state.dataset.products[3].name == Fixture.dataset.products[3].name && Date() < deadline {
            _ = screen.handle(nil, size: (100, 30))
            usleep(50_000)
        }
        #expect(screen.state.dataset.products[3].name.hasSuffix("(đã đổi tên)"))
        #expect(screen.state.pane == .products && screen.state.lists[.products]?.selected == 3)
        #expect(screen.state.message?.contains("products.json") == true)
        // A broken file keeps the last good data on screen with a warning.
        try Data("{\"schemaVersion\": 1, \"products\": [".utf8).write(to: dir.appendingPathComponent("products.json"))
        let d2 = Date().addingTimeInterval(5)
        while screen.state.diskWarning == nil && Date() < d2 {
            _ = screen.handle(nil, size: (100, 30))
            usleep(50_000)
        }
        #expect(screen.state.diskWarning?.contains("products.json") == true)
        #expect(screen.state.dataset.products.count == Fixture.dataset.products.count)
        var buf = CellBuffer(width: 100, height: 30)
        _ = screen.render(into: &buf)
        #expect(buf.text.contains("Tệp lỗi trên đĩa"))
        try DatasetWriter.save(.products, of: changed, in: dir)
        let d3 = Date().addingTimeInterval(5)
        while screen.state.diskWarning != nil && Date() < d3 {
            _ = screen.handle(nil, size: (100, 30))
            usleep(50_000)
        }
        #expect(screen.state.diskWarning == nil)
    }
}

@Suite struct ConcurrentNotesTests {
    /// Two secretaries recording at once: both notes are kept, neither overwrites the other.
    @Test func notesFromTwoWritersAtOnceAreBothKept() throws {
        let dir = RepoPaths.temporaryDirectory("two-writers")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(Fixture.dataset, to: dir)
        let stale = Fixture.dataset  // both start from the same loaded copy
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            _ = try? NoteRecorder.record(text: "ghi chú \(k)", onTask: "nv-3", by: "thu-ky-\(k)", on: Fixture.asOf, in: dir, current: stale)
        }
        let saved = try #require(DatasetLoader.load(directory: dir).dataset)
        let texts = Set(saved.tasks[2].notes.map(\.text))
        #expect((0..<8).allSatisfy { texts.contains("ghi chú \($0)") }, "\(texts)")
        #expect(Set(saved.tasks[2].notes.map(\.id)).count == saved.tasks[2].notes.count, "note ids stay unique")
        let journal = try String(contentsOf: dir.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 8)
    }
}

import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
import OCOPText
import TerminalCore
import ZIPFoundation
import OCOPHistory

/// The minutes in Markdown and Word, the "since the last meeting" section, and the deck's since slide.
@Suite struct MinutesTests {
    func meeting(_ id: String) throws -> Meeting { try #require(Fixture.dataset.meetings.first { $0.id == id }) }

    @Test func markdownGoldens() throws {
        for id in ["hop-2020-12-31", "hop-2026-10-02"] {
            let md = Minutes(try meeting(id), data: Fixture.dataset, lang: .vi).markdown()
            #expect(md.hasPrefix("| ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |"))
            #expect(md.contains("**Độc lập - Tự do - Hạnh phúc**") && md.contains("# BIÊN BẢN"))
            Golden.assert(md, named: "minutes-\(id)")
        }
        Golden.assert(Minutes(try meeting("hop-2026-10-02"), data: Fixture.dataset, lang: .en).markdown(), named: "minutes-hop-2026-10-02-en")
    }

    /// The .docx unzipped: its three parts, well-formed XML, the national heading, title, decisions and signatures.
    @Test func docxUnzipsToTheDocumentXML() throws {
        let m = try meeting("hop-2026-10-02")
        let minutes = Minutes(m, data: Fixture.dataset, lang: .vi)
        let data = try minutes.docx()
        #expect(try minutes.docx() == data, "the same bytes for the same minutes")
        let archive = try Archive(data: data, accessMode: .read)
        let names = archive.map(\.path).sorted()
        #expect(names == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
        var parts: [String: String] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts[entry.path] = String(decoding: bytes, as: UTF8.self)
            #expect(XMLParser(data: bytes).parse(), "\(entry.path) is well-formed XML")
        }
        let doc = try #require(parts["word/document.xml"])
        #expect(doc == minutes.documentXML())
        for s in ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 03/BB-UBND", "Đồng Nai, ngày 02 tháng 10 năm 2026",
                  "BIÊN BẢN", m.title, "Chủ trì: Phó Chủ tịch UBND tỉnh.", "Mỗi xã rà soát ít nhất một sản phẩm tiềm năng trước 31/12/2026.",
                  "(giao: UBND cấp xã; thời hạn: 31/12/2026)", "Cuộc họp kết thúc lúc 16:30, ngày 02/10/2026.", "THƯ KÝ", "CHỦ TRÌ"] {
            #expect(doc.contains(Minutes.esc(s)), "\(s)")
        }
        #expect(parts["[Content_Types].xml"]?.contains("wordprocessingml.document.main+xml") == true)
        Golden.assert(doc.replacingOccurrences(of: "</w:p>", with: "</w:p>\n"), named: "minutes-docx-document-xml")
    }

    /// Since a meeting: the edits in the data rendered as the report's section (text and Markdown) and the slide.
    @Test func sinceSectionAndSlide() throws {
        let old = Fixture.dataset
        var new = old
        let k = try #require(new.products.firstIndex { $0.cycleStep == .planSubmission })
        new.products[k].cycleStep = .implementation
        new.tasks[1].progress += 5
        new.tasks[1].reports.append(ProgressReport(id: "nv-2.bc-99", date: Fixture.asOf, agencyId: "skhcn", periodKind: .quarter,
                                                   period: "IV/2026", narrative: "Đã hỗ trợ 5 chủ thể"))
        let m = try meeting("hop-2026-10-02")
        let r = SinceReport.between(old, new, from: m.date, to: Fixture.asOf, meeting: m)
        Golden.assert(SinceText.render(r, new, .vi, markdown: false), named: "since-text")
        Golden.assert(SinceText.render(r, new, .vi, markdown: true), named: "since-markdown")
        // In the report, in every format.
        var rep = Report(new, asOf: Fixture.asOf, lang: .vi)
        rep.attach(r, new, lang: .vi)
        #expect(try rep.render(.text, lang: .vi).hasSuffix(SinceText.render(r, new, .vi, markdown: false)))
        #expect(try rep.render(.markdown, lang: .vi).hasSuffix(SinceText.render(r, new, .vi, markdown: true)))
        #expect(try rep.render(.csv, lang: .vi).contains("since,Tiến độ nhiệm vụ và báo cáo,2,báo cáo ngày 29/11/2026 của Sở KH&CN: Đã hỗ trợ 5 chủ thể"))
        let json = try JSONDecoder().decode(Report.self, from: Data(try rep.render(.json, lang: .vi).utf8))
        #expect(json.since == rep.since && json.since?.sections.first?.heading == "Kết luận của cuộc họp trước và kết quả thực hiện")
        var s = PresentationTests.presenting(width: 100, height: 30)
        s.since = r
        #expect(s.slides.prefix(2) == [.agenda, .since])
        s.presentation?.index = 1
        var buf = CellBuffer(width: 100, height: 30)
        _ = DashboardView.render(s, into: &buf)
        Golden.assert(buf, named: "slide-since-100x30")
        // In the palette, each change opens its record.
        let entries = s.paletteEntries().0.filter { $0.label.hasPrefix("↻ ") }
        #expect(entries.count == r.items.count)
        #expect(entries.contains { if case .route(.product(new.products[k].id)) = $0.target { true } else { false } })
        #expect(entries.contains { if case .route(.task("nv-2")) = $0.target { true } else { false } })
        #expect(entries.contains { if case .route(.meeting(m.id)) = $0.target { true } else { false } })
    }
}

/// The deck records into today's meeting: a note typed on a task slide is linked to it, and `Z Z` closes it.
@Suite struct DeckMeetingTests {
    @Test func notesBelongToTheOpenMeetingAndZZClosesIt() throws {
        let dir = RepoPaths.temporaryDirectory("deck-meeting")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(Fixture.dataset, to: dir)
        var ds = try #require(DatasetLoader.load(directory: dir).dataset)
        let (m, _) = try MeetingSession.openOrContinue(on: Fixture.asOf, title: "Họp", chair: "A", secretary: "B", in: dir, current: ds, user: "thu-ky")
        ds.meetings.append(m)
        var state = PresentationTests.presenting(width: 100, height: 30, allowNotes: true, dataset: ds)
        state.editor = "thu-ky"
        state.meetingId = m.id
        var screen = DashboardScreen(state: state, directory: dir, watch: false)
        for e in KeyScript.parse("5 enter n") { _ = screen.handle(e, size: (100, 30)) }
        for e in KeyScript.scalars("Ghi nhận ý kiến") { _ = screen.handle(e, size: (100, 30)) }
        _ = screen.handle(.key(.enter), size: (100, 30))
        var saved = try #require(DatasetLoader.load(directory: dir).dataset)
        let note = try #require(saved.tasks[1].notes.last)
        #expect(saved.meetings.first { $0.id == m.id }?.notes == [MeetingNoteLink(taskId: "nv-2", noteId: note.id)])
        // The deck's n records a conclusion: it is one of the meeting's decisions too.
        #expect(saved.meetings.first { $0.id == m.id }?.decisions == [MeetingDecision(id: "kl-1", text: "Ghi nhận ý kiến", taskId: "nv-2", noteId: note.id)])
        // One Z asks; another key forgets it; Z Z closes.
        _ = screen.handle(.key(.char("Z")), size: (100, 30))
        #expect(screen.state.message?.contains("Z") == true)
        _ = screen.handle(.key(.right), size: (100, 30))
        _ = screen.handle(.key(.char("Z")), size: (100, 30))
        saved = try #require(DatasetLoader.load(directory: dir).dataset)
        #expect(saved.meetings.first { $0.id == m.id }?.status == .open)
        _ = screen.handle(.key(.char("Z")), size: (100, 30))
        saved = try #require(DatasetLoader.load(directory: dir).dataset)
        #expect(saved.meetings.first { $0.id == m.id }?.status == .closed)
        #expect(screen.state.meetingId == nil && screen.state.message?.contains(m.id) == true)
        #expect(SnapshotStore.all(dir).last?.meetingId == m.id)
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPApp
@testable import TerminalCore

/// A dashboard screen over a fresh copy of the sample, saving there, as a user at the keyboard would drive it.
struct Desk {
    var screen: DashboardScreen
    let dir: URL
    var size: (width: Int, height: Int)

    init(_ label: String, width: Int = 100, height: Int = 30, readOnly: Bool = false, dir existing: URL? = nil, editor: String = "lan") throws {
        dir = existing ?? RepoPaths.temporaryDirectory(label)
        if existing == nil { try DatasetEncoder.write(Fixture.dataset, to: dir) }
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        var s = AppState(dataset: ds, asOf: Fixture.asOf, lang: .vi, themes: [.plain], readOnly: readOnly)
        s.size = (width, height)
        s.editor = editor
        screen = DashboardScreen(state: s, directory: dir, watch: false)
        size = (width, height)
    }

    var state: AppState { screen.state }

    mutating func keys(_ script: String) {
        for e in KeyScript.parse(script) { _ = screen.handle(e, size: size) }
    }

    mutating func type(_ text: String) {
        for e in KeyScript.scalars(text) { _ = screen.handle(e, size: size) }
    }

    func render() -> CellBuffer {
        var buf = CellBuffer(width: size.width, height: size.height)
        _ = screen.render(into: &buf)
        return buf
    }

    func disk() throws -> Dataset {
        let r = DatasetLoader.load(directory: dir)
        #expect(r.errors.isEmpty, "\(r.errors.prefix(3).map { $0.message(.en) })")
        return try #require(r.dataset)
    }

    func journal() throws -> [JournalEntry] {
        let url = dir.appendingPathComponent(DatasetWriter.journalName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { try JSONDecoder().decode(JournalEntry.self, from: Data($0.utf8)) }
    }

    func cleanUp() { try? FileManager.default.removeItem(at: dir) }
}

@Suite struct FormGoldenTests {
    func golden(_ name: String, script: String, typing: String = "", then: String = "") {
        for (w, h) in [(80, 24), (200, 60)] {
            var s = Fixture.state(width: w, height: h)
            Fixture.run(script, on: &s)
            for e in KeyScript.scalars(typing) { _ = s.update(e) }
            Fixture.run(then, on: &s)
            Golden.assert(Fixture.screen(s), named: "\(name)-\(w)x\(h)")
        }
    }

    @Test func newProductForm() { golden("form-product-new", script: "3 a") }
    @Test func productFormWithValidationMessages() {
        // Saving an empty form marks each required field beside it.
        golden("form-product-invalid", script: "3 a enter")
    }
    @Test func evaluationFormWithLiveTotal() {
        golden("form-evaluation", script: "3 c tab tab tab '32' tab '20' tab '45'")
    }
    @Test func producerPicker() { golden("form-picker", script: "3 a tab", typing: "mat ong") }
    @Test func deleteConfirmation() { golden("confirm-delete", script: "7 G d") }
    @Test func longTextWrapsOverThreeRows() {
        golden("form-report-long", script: "2 r tab tab tab tab",
               typing: "Đã tổ chức 12 lớp tập huấn về Chương trình OCOP cho 480 cán bộ cấp huyện, xã; phát hành 5.000 tờ rơi và xây dựng chuyên mục OCOP trên Báo Đồng Nai, Đài Phát thanh – Truyền hình Đồng Nai; các huyện Cẩm Mỹ, Xuân Lộc, Long Khánh đã tổ chức hội chợ giới thiệu sản phẩm.")
    }
    @Test func longTextCursorFollowsTheWrappedLines() {
        var buf = CellBuffer(width: 20, height: 5)
        var st = TextFieldState("Mật ong hoa cà phê Cẩm Mỹ".decomposedStringWithCanonicalMapping)
        let area = Rect(x: 2, y: 1, width: 10, height: 3)
        var at = LongTextView.render(st, focused: true, in: area, into: &buf)
        #expect(buf.textLines()[1].contains("Mật ong") && buf.textLines()[2].contains("hoa cà phê") && buf.textLines()[3].contains("Cẩm Mỹ"), "\(buf.textLines())")
        #expect(at.x == 2 + 6 && at.y == 3, "after \"Cẩm Mỹ\" on the third row: \(at)")
        st.moveHome()
        at = LongTextView.render(st, focused: true, in: area, into: &buf)
        #expect(at.x == 2 && at.y == 1)
        for _ in 0..<9 { st.moveRight() }   // "Mật ong h|oa"
        at = LongTextView.render(st, focused: true, in: area, into: &buf)
        #expect(at.x == 3 && at.y == 2)
    }
    @Test func englishTaskReport() {
        for (w, h) in [(80, 24)] {
            var s = Fixture.state(lang: .en, width: w, height: h)
            Fixture.run("2 r", on: &s)
            Golden.assert(Fixture.screen(s), named: "form-report-en-\(w)x\(h)")
        }
    }
}

@Suite(.serialized) struct FormEntryTests {
    static let honey = "Mật ong hoa cà phê Cẩm Mỹ"

    /// Adds the honey product through the form, its name typed with `typing`.
    func addHoney(_ d: inout Desk, typing: String) {
        d.keys("3 a")
        d.type(typing)
        d.keys("tab")
        d.type("mat ong phuoc thai")
        d.keys("enter tab")
        d.type("song ray")
        d.keys("enter")
        d.keys("enter")
    }

    @Test(arguments: ["scalars", "nfd", "paste"])
    func vietnameseNameTypedAnyWayIsStoredAsNFC(mode: String) throws {
        var d = try Desk("form-nfc-\(mode)")
        defer { d.cleanUp() }
        switch mode {
        case "nfd": addHoney(&d, typing: Self.honey.decomposedStringWithCanonicalMapping)
        case "paste":
            d.keys("3 a")
            _ = d.screen.handle(.text(Self.honey.decomposedStringWithCanonicalMapping), size: d.size)
            d.keys("tab")
            d.type("mat ong phuoc thai")
            d.keys("enter tab")
            d.type("song ray")
            d.keys("enter enter")
        default: addHoney(&d, typing: Self.honey)
        }
        #expect(d.state.form == nil, "the form did not save: \(d.state.form?.fields.compactMap(\.error) ?? [])")
        let p = try #require(try d.disk().products.first { TextFolding.fold($0.name) == TextFolding.fold(Self.honey) })
        #expect(p.name == Self.honey)
        #expect(p.name.unicodeScalars.elementsEqual(Self.honey.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(d.state.dataset.products.last?.name == Self.honey)
        // The new product is selected, and its detail says so.
        #expect(d.state.focusedRoute.map { if case .product(let id) = $0 { d.state.cache.index.product(id)?.name == Self.honey } else { false } } == true)
    }

    @Test func evaluationComputesStarsAndCertificateAndEverythingIsJournalled() throws {
        var d = try Desk("form-eval")
        defer { d.cleanUp() }
        addHoney(&d, typing: Self.honey)
        d.keys("c tab tab tab")
        d.type("32")
        d.keys("tab")
        d.type("20")
        d.keys("tab")
        d.type("30")
        #expect(EvaluationForm.liveScore(try #require(d.state.form)).map { $0.total == 82 && $0.stars == 4 } == true)
        #expect(d.render().text.contains("Tổng: 82 điểm"))
        // Saving moves the product from step 2 to step 5: the form says so first and asks.
        #expect(d.render().text.contains("lưu sẽ chuyển bước 2 → 5"))
        d.keys("c-s")
        guard case .saveMovingStep(let from, let to, _, _)? = d.state.form?.question else { Issue.record("no question about the step"); return }
        #expect(from == .ideaRegistration && to == .evaluation)
        #expect(d.render().text.contains("Chuyển bước chu trình?") && d.render().text.contains("sang bước 5. Đánh giá"))
        d.keys("enter")
        #expect(d.state.form == nil)
        let disk = try d.disk()
        let p = try #require(disk.products.first { $0.name == Self.honey })
        let e = try #require(p.evaluations.last)
        #expect(e.scoreA == 32 && e.scoreB == 20 && e.scoreC == 30 && e.total == 82 && e.stars == 4)
        let c = try #require(p.certificate)
        #expect(c.stars == 4 && c.issuedOn == Fixture.asOf && c.expiresOn == CivilDate(year: 2029, month: 11, day: 29))
        #expect(p.cycleStep == .evaluation)
        #expect(disk == d.state.dataset, "what is on screen is what is on disk")
        let j = try d.journal()
        #expect(j.contains { $0.id == p.id && $0.field == "name" && $0.after == Self.honey && $0.action == "add" && $0.user == "lan" })
        #expect(j.contains { $0.id == p.id && $0.field == "evaluations" && $0.action == "evaluation" && ($0.after ?? "").contains("\"total\":82") })
        #expect(j.contains { $0.id == p.id && $0.field == "certificate" && $0.before == nil })
        // Corrected later (C, Enter): 32 + 20 + 10 = 62 → 3★, and the certificate issued from it follows.
        d.keys("C enter tab tab tab tab tab c-u")
        d.type("10")
        #expect(d.state.form?.title.hasPrefix("Sửa kết quả đánh giá") == true)
        d.keys("enter")
        var q = try #require(try d.disk().products.first { $0.id == p.id })
        #expect(q.evaluations.count == 1 && q.evaluations[0].total == 62 && q.evaluations[0].stars == 3)
        #expect(q.certificate?.stars == 3)
        #expect(try d.journal().last?.action == "edit-evaluation")
        // Deleted (C, Del, confirm): the certificate issued from it goes too.
        d.keys("C del right enter")
        q = try #require(try d.disk().products.first { $0.id == p.id })
        #expect(q.evaluations.isEmpty && q.certificate == nil)
        #expect(try d.disk() == d.state.dataset)
    }

    @Test func scoresAboveThePartMaximumCannotBeSaved() throws {
        var d = try Desk("form-eval-max")
        defer { d.cleanUp() }
        d.keys("3 c tab tab tab")
        d.type("45")
        guard let form = d.state.form, case .integer(_, let maxA) = form.fields[3].kind else { Issue.record("no evaluation form"); return }
        #expect(form.fields[3].error == "Phải từ 0 đến \(maxA)")
        // No total while a part is out of range: the line names the part instead.
        #expect(EvaluationForm.liveScore(form) == .partOutOfRange(label: "Phần A", maximum: maxA))
        #expect(d.render().text.contains("Chưa tính tổng: Phần A vượt khoảng 0–\(maxA)"))
        d.keys("enter")
        #expect(d.state.form != nil)
        #expect(d.state.message?.contains("Chưa lưu") == true)
        #expect(try d.journal().isEmpty)
        // Choosing the other criteria set changes the maxima (A: 35 under 1048, 40 under 148).
        d.keys("up right")
        #expect(d.state.form?.fields[3].hint == "tối đa \(maxA == 35 ? 40 : 35)")
    }

    @Test func everyFieldTypeIsChecked() throws {
        var s = Fixture.state(width: 100, height: 30)
        // Text (required), integer, decimal, date, reference, choice, multi-choice and flag, on the zone and task forms.
        Fixture.run("4 a", on: &s)
        Fixture.run("enter", on: &s)
        var f = try #require(s.form)
        #expect(f.field(.name)?.error == "Bắt buộc nhập")
        #expect(f.field(.commodity)?.error == "Bắt buộc nhập")
        #expect(f.field(.areaHa)?.error == "Bắt buộc nhập")
        s.form?.setText(.areaHa, "12,5ha")
        Fixture.run("enter", on: &s)
        #expect(s.form?.field(.areaHa)?.error == "Cần một số, ví dụ 12,5")
        s.form?.setText(.areaHa, "-3")
        Fixture.run("enter", on: &s)
        #expect(s.form?.field(.areaHa)?.error?.hasPrefix("Không được nhỏ hơn") == true)
        #expect(FieldReader.parseDecimal("1.234,5") == 1234.5 && FieldReader.parseDecimal("1,234.5") == 1234.5 && FieldReader.parseDecimal("12,5") == 12.5)
        // Choice: ← → cycle; flag: Space toggles; multi-choice: picker toggles.
        f = try #require(s.form)
        let kindIndex = try #require(f.fields.firstIndex { $0.key == .kind })
        s.form?.focus = kindIndex
        Fixture.run("right", on: &s)
        #expect(s.form?.field(.kind)?.values == ["livestock"])
        s.form?.focus = try #require(f.fields.firstIndex { $0.key == .highTech })
        Fixture.run("space", on: &s)
        #expect(s.form?.field(.highTech)?.values == ["1"])
        s.form?.focus = try #require(f.fields.firstIndex { $0.key == .communeIds })
        for e in KeyScript.scalars("xuan bao") { _ = s.update(e) }
        Fixture.run("enter esc", on: &s)
        #expect(s.form?.field(.communeIds)?.values.count == 1)
        #expect(s.display(try #require(s.form?.field(.communeIds))).contains("Xuân Bảo"))
        // Date and integer range on the task form; a reference that is required.
        s.form = nil
        Fixture.run("2 e", on: &s)
        s.form?.setText(.deadline, "31/02/2024")
        s.form?.setText(.progress, "150")
        s.form?.setText(.ordinal, "ba")
        if let i = s.form?.fields.firstIndex(where: { $0.key == .leadAgencyId }) { s.form?.fields[i].values = [] }
        Fixture.run("enter", on: &s)
        f = try #require(s.form)
        #expect(f.field(.deadline)?.error == "Ngày không hợp lệ — nhập dd/mm/yyyy")
        #expect(f.field(.progress)?.error == "Phải từ 0 đến 100")
        #expect(f.field(.ordinal)?.error == "Cần một số nguyên")
        #expect(f.field(.leadAgencyId)?.error == "Chọn một bản ghi")
        // The loader's own rules apply too: a seventh task is out of the notice's range 1–6.
        s.form?.setText(.deadline, "31/12/2026")
        s.form?.setText(.progress, "10")
        s.form?.setText(.ordinal, "7")
        s.form?.setText(.shortTitle, "Nhiệm vụ thêm")
        s.form?.setText(.text, "Nội dung")
        s.form?.fields[4].values = [Fixture.dataset.agencies[0].id]
        Fixture.run("enter", on: &s)
        #expect(s.form?.field(.ordinal)?.error?.contains("1") == true, "\(s.form?.fields.compactMap(\.error) ?? [])")
        // In English the messages are English.
        var en = Fixture.state(lang: .en, width: 100, height: 30)
        Fixture.run("5 a enter", on: &en)
        #expect(en.form?.field(.name)?.error == "Required")
        #expect(en.form?.field(.communeId)?.error == "Choose a record")
    }

    @Test func choosingTheProducerFillsAnEmptyCommune() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("3 a tab", on: &s)
        for e in KeyScript.scalars("mat ong phuoc thai") { _ = s.update(e) }
        Fixture.run("enter", on: &s)
        let producer = Fixture.dataset.producers.first { $0.name == "Công ty TNHH Mật ong Phước Thái" }
        #expect(s.form?.field(.communeId)?.values == [producer?.communeId ?? "?"])
    }

    @Test func undoAndRedoAreSavedAndJournalled() throws {
        var d = try Desk("form-undo")
        defer { d.cleanUp() }
        let original = d.state.dataset.producers[0].name
        d.keys("5 e c-u")
        d.type("HTX Đổi Tên")
        d.keys("enter")
        #expect(try d.disk().producers[0].name == "HTX Đổi Tên")
        d.keys("u")
        #expect(try d.disk().producers[0].name == original)
        #expect(d.state.dataset.producers[0].name == original)
        d.keys("c-r")
        #expect(try d.disk().producers[0].name == "HTX Đổi Tên")
        let actions = try d.journal().map { $0.action ?? "" }
        #expect(actions == ["edit", "undo", "redo"])
        let undo = try d.journal()[1]
        #expect(undo.before == "HTX Đổi Tên" && undo.after == original && undo.field == "name")
        // J shows the journal, newest first, with who and what.
        d.keys("J")
        guard case .journal(let entries, _) = d.state.overlay else { Issue.record("no journal"); return }
        #expect(entries.map { $0.action ?? "" } == ["redo", "undo", "edit"])
        #expect(d.render().text.contains("lan · làm lại chủ thể “HTX Đổi Tên”"))
        #expect(d.render().text.contains("Tên: HTX Nông nghiệp Thành Đạt → HTX Đổi Tên"), "the field by its form label, before → after")
        d.keys("esc")
        d.keys("u u")
        #expect(d.state.message == "Không có gì để hoàn tác")
        // Undoing the add of a producer that a product now names is refused.
        d.keys("5 a")
        d.type("HTX Mới")
        d.keys("tab tab")
        d.type("song ray")
        d.keys("enter enter")
        let producer = try #require(d.state.dataset.producers.last)
        #expect(producer.name == "HTX Mới")
        var p = d.state.dataset.products[0]
        let old = p
        p.producerId = producer.id
        _ = try RecordCommitter.commit(RecordChange(before: old, after: p), in: d.dir, user: "colleague")
        d.screen.state.replaceData(try d.disk(), warnings: [])
        d.keys("u")
        #expect(d.state.message?.hasPrefix("Không hoàn tác được") == true, "\(d.state.message ?? "")")
        #expect(try d.disk().producers.contains { $0.id == producer.id })
    }

    @Test func escAndQuitAskBeforeLosingTyping() throws {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("3 a esc", on: &s)
        #expect(s.form == nil, "an untouched form closes at once")
        Fixture.run("3 a 'M' esc", on: &s)
        #expect(s.form?.question == .discard)
        Fixture.run("enter", on: &s)
        #expect(s.form?.question == nil && s.form != nil, "Cancel is the default: the form stays")
        var effects = s.update(.key(.ctrl("c")))
        #expect(effects.isEmpty && s.form?.question == .quit)
        effects = s.update(.key(.enter))
        #expect(effects.isEmpty && s.form != nil)
        Fixture.run("tab tab tab q", on: &s)
        #expect(s.form?.question == .quit, "q on a choice field asks before quitting")
        Fixture.run("right", on: &s)
        #expect(s.update(.key(.enter)) == [.quit])
    }

    @Test func theMouseDoesNotReachBehindAForm() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("3 a", on: &s)
        let selected = s.lists[.products]?.selected
        _ = s.update(.mouse(MouseEvent(kind: .click, x: 10, y: 8)))
        _ = s.update(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 8)))
        #expect(s.lists[.products]?.selected == selected && s.form?.focus == 1)
    }

    @Test func readOnlyTurnsEditingKeysIntoAMessage() {
        var s = Fixture.state(width: 100, height: 30, readOnly: true)
        for script in ["3 a", "3 e", "3 d", "3 c", "3 >", "2 r", "2 m", "4 c", "u"] {
            Fixture.run(script, on: &s)
            #expect(s.form == nil && s.message?.contains("chỉ đọc") == true, "\(script)")
            if case .confirmDelete = s.overlay { Issue.record("delete asked in read-only") }
        }
    }

    @Test func deleteAsksWithCancelFirstAndRefusesWhileReferenced() throws {
        var d = try Desk("form-delete")
        defer { d.cleanUp() }
        // A producer with products cannot go.
        d.keys("5 d")
        #expect(d.state.message?.hasPrefix("Không xóa được: ") == true, "\(d.state.message ?? "")")
        // A tourism model can; Enter on the default button cancels.
        d.keys("7 G d")
        guard case .confirmDelete(_, let title, let c, _) = d.state.overlay else { Issue.record("no confirmation"); return }
        #expect(c.focused == 0)
        d.keys("enter")
        #expect(try d.disk().tourismModels.count == Fixture.dataset.tourismModels.count)
        d.keys("d right enter")
        let disk = try d.disk()
        #expect(disk.tourismModels.count == Fixture.dataset.tourismModels.count - 1)
        #expect(!disk.tourismModels.contains { $0.name == title })
        #expect(try d.journal().allSatisfy { $0.action == "delete" && $0.after == nil })
        d.keys("u")
        #expect(try d.disk().tourismModels.count == Fixture.dataset.tourismModels.count)
    }

    @Test func quickActionsOnTasksProductsAndZones() throws {
        var d = try Desk("form-quick")
        defer { d.cleanUp() }
        let t0 = Fixture.dataset.tasks[0]
        // A progress report, with the task's progress.
        d.keys("2 r tab tab tab tab")
        d.type("Đã tổ chức 3 lớp tập huấn cho chủ thể")
        d.keys("tab c-u")
        d.type("45")
        d.keys("enter")
        var disk = try d.disk()
        #expect(disk.tasks[0].reports.count == t0.reports.count + 1)
        #expect(disk.tasks[0].reports.last?.narrative == "Đã tổ chức 3 lớp tập huấn cho chủ thể" && disk.tasks[0].progress == 45)
        // A meeting note.
        d.keys("m tab tab")
        d.type("Giao Sở Công Thương tổng hợp")
        d.keys("enter")
        disk = try d.disk()
        #expect(disk.tasks[0].notes.last?.text == "Giao Sở Công Thương tổng hợp" && disk.tasks[0].notes.last?.author == "lan")
        // The newest report is first in the R list: edited in place (same id), not added again.
        let reportId = try #require(disk.tasks[0].reports.last?.id)
        d.keys("R enter")
        #expect(d.state.form?.title.hasPrefix("Sửa báo cáo") == true)
        d.keys("tab tab tab tab c-u")
        d.type("Đã tổ chức 4 lớp tập huấn")
        d.keys("enter")
        disk = try d.disk()
        #expect(disk.tasks[0].reports.count == t0.reports.count + 1)
        #expect(disk.tasks[0].reports.first { $0.id == reportId }?.narrative == "Đã tổ chức 4 lớp tập huấn")
        // A note deleted from the M list (asked first).
        d.keys("M")
        d.type("cong thuong")
        d.keys("del right enter")
        #expect(try d.disk().tasks[0].notes.contains { $0.text == "Giao Sở Công Thương tổng hợp" } == false)
        #expect(try d.journal().last?.action == "delete-note")
        // An action marked done, when the task has open ones.
        if let open = disk.tasks[0].actions.first(where: { $0.doneDate == nil }) {
            d.keys("D enter")
            let a = try #require(try d.disk().tasks[0].actions.first { $0.id == open.id })
            #expect(a.doneDate == Fixture.asOf && a.progress == 100)
        }
        // A new action with progress.
        d.keys("A enter")
        d.type("Rà soát sản phẩm đến hạn")
        d.keys("tab tab tab c-u")
        d.type("30")
        d.keys("enter")
        #expect(try d.disk().tasks[0].actions.last?.title == "Rà soát sản phẩm đến hạn")
        // A product moved on a step, another rejected with a reason.
        d.keys("3")
        let rows = try #require(d.state.rows[.products])
        let pos = try #require(rows.firstIndex { d.state.dataset.products[$0].cycleStep < .tradePromotion && d.state.dataset.products[$0].rejection == nil
            && d.state.dataset.products[$0].certificate == nil })
        let product = d.state.dataset.products[rows[pos]]
        var st = d.state.lists[.products] ?? TableState()
        st.selected = pos
        d.screen.state.lists[.products] = st
        d.keys(">")
        #expect(try d.disk().products.first { $0.id == product.id }?.cycleStep.rawValue == product.cycleStep.rawValue + 1)
        d.keys("X tab")
        d.type("Không đủ hồ sơ pháp lý")
        d.keys("enter")
        #expect(try d.disk().products.first { $0.id == product.id }?.rejection?.reason == "Không đủ hồ sơ pháp lý")
        // A linkage chain on a zone (the chooser's first entry is a new one).
        d.keys("4 c")
        if case .picker(let p) = d.state.overlay, p.kind == .chooser { d.keys("enter") }
        d.type("Chuỗi sầu riêng xuất khẩu")
        d.keys("tab tab")
        d.type("HTX Sầu riêng Long Giao")
        d.keys("tab c-u")
        d.type("2")
        d.keys("tab tab tab")
        d.type("12,5")
        d.keys("enter")
        let zone = try d.disk().zones.first { $0.id == d.state.dataset.zones[d.state.rows[.zones]![0]].id }
        #expect(zone?.chains.last?.name == "Chuỗi sầu riêng xuất khẩu" && zone?.chains.last?.areaHa == 12.5 && zone?.chains.last?.enterprises == 2)
        // The chain chooser deletes with Del (asked first, Cancel the default).
        d.keys("c")
        d.type("xuat khau")
        d.keys("del")
        guard case .confirmDelete(_, let title, _, _) = d.state.overlay else { Issue.record("no confirmation: \(d.state.message ?? "-") \(d.state.form?.title ?? "-")"); return }
        #expect(title == "Chuỗi sầu riêng xuất khẩu")
        d.keys("right enter")
        #expect(try d.disk().zones.first { $0.id == zone?.id }?.chains.contains { $0.name == "Chuỗi sầu riêng xuất khẩu" } == false)
        // So does the action chooser.
        d.keys("2 A")
        d.type("ra soat san pham")
        d.keys("del right enter")
        #expect(try d.disk().tasks[0].actions.contains { $0.title == "Rà soát sản phẩm đến hạn" } == false)
        #expect(try d.disk() == d.state.dataset)
    }

    @Test func aFailedWriteKeepsTheFormAndWhatWasTyped() throws {
        var d = try Desk("form-fail")
        defer { d.cleanUp() }
        let url = d.dir.appendingPathComponent("producers.json")
        let before = try Data(contentsOf: url)
        // The file becomes unreadable for the writer: a directory stands where it was.
        try FileManager.default.moveItem(at: url, to: d.dir.appendingPathComponent("producers.keep"))
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        d.keys("5 e c-u")
        d.type("Tên sẽ không mất")
        d.keys("enter")
        let f = try #require(d.state.form, "the form closed although the save failed")
        #expect(f.field(.name)?.input.text == "Tên sẽ không mất")
        #expect(f.error?.hasPrefix("Không lưu được") == true, "\(f.error ?? "")")
        #expect(d.render().text.contains("Không lưu được"))
        // Once the file is back, the same form saves.
        try FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: d.dir.appendingPathComponent("producers.keep"), to: url)
        #expect(try Data(contentsOf: url) == before)
        d.keys("enter")
        #expect(d.state.form == nil)
        #expect(try d.disk().producers[0].name == "Tên sẽ không mất")
    }

    @Test func twoEditorsMergeDifferentRecordsAndResolveTheSame() throws {
        var an = try Desk("form-two", editor: "an")
        defer { an.cleanUp() }
        var binh = try Desk("", dir: an.dir, editor: "binh")
        // Different records: both saves land, nothing is lost.
        an.keys("5 e c-u")
        an.type("HTX của An")
        an.keys("enter")
        binh.keys("5 j e c-u")
        binh.type("HTX của Bình")
        binh.keys("enter")
        var disk = try an.disk()
        #expect(disk.producers[0].name == "HTX của An" && disk.producers[1].name == "HTX của Bình")
        // The same record (the third producer): Bình's save finds An's change and asks.
        an.keys("j j e c-u")
        an.type("Tên của An")
        an.keys("enter")
        binh.keys("j e c-u")
        binh.type("Tên của Bình")
        binh.keys("enter")
        #expect(binh.state.form?.conflict != nil, "no conflict shown")
        Golden.assert(binh.render(), named: "form-conflict-100x30")
        let screen = binh.render().text
        #expect(screen.contains("Xung đột khi lưu") && screen.contains("Tên của An") && screen.contains("Tên của Bình"))
        #expect(try binh.disk().producers[2].name == "Tên của An", "nothing was overwritten silently")
        // Bình takes theirs: An's version stays and Bình sees it.
        binh.keys("t")
        #expect(binh.state.form == nil)
        #expect(binh.state.dataset.producers[2].name == "Tên của An")
        // Again, and this time Bình keeps their own.
        binh.keys("e c-u")
        binh.type("Tên cuối của Bình")
        an.keys("e c-u")
        an.type("An sửa lần nữa")
        an.keys("enter")
        #expect(try an.disk().producers[2].name == "An sửa lần nữa")
        binh.keys("enter m")
        #expect(binh.state.form == nil)
        disk = try an.disk()
        #expect(disk.producers[2].name == "Tên cuối của Bình")
        #expect(try binh.journal().contains { $0.user == "binh" && $0.action == "edit-over-conflict" })
    }

    @Test func listFieldsMarksCertifiedAreasAndAgencies() throws {
        var d = try Desk("form-lists")
        defer { d.cleanUp() }
        // IP marks typed as "kind: name; …" (Vietnamese or English kind names, diacritics optional).
        d.keys("3 e")
        d.screen.state.form?.setText(.marks, "chỉ dẫn địa lý: Sầu riêng Long Khánh; nhan hieu: Ri6 Long Giao")
        d.keys("enter")
        #expect(d.state.form == nil, "\(d.state.form?.fields.compactMap(\.error) ?? [])")
        let p = try #require(try d.disk().products.first { $0.id == d.state.dataset.products[d.state.rows[.products]![0]].id })
        #expect(p.marks == [IPMark(kind: .geographicalIndication, name: "Sầu riêng Long Khánh"), IPMark(kind: .trademark, name: "Ri6 Long Giao")])
        d.keys("e")
        d.screen.state.form?.setText(.marks, "logo: X")
        d.keys("enter")
        #expect(d.state.form?.field(.marks)?.error?.hasPrefix("Không rõ loại \"logo\"") == true)
        d.keys("esc right enter")
        // Certified areas, checked by the loader's rule against the zone's area.
        d.keys("4 e")
        let area = try #require(d.state.form?.field(.areaHa)?.input.text)
        d.screen.state.form?.setText(.certifiedAreas, "VietGAP: 10,5; huu co: 2")
        d.keys("enter")
        #expect(d.state.form == nil, "\(d.state.form?.fields.compactMap(\.error) ?? [])")
        let z = try #require(try d.disk().zones.first { $0.id == d.state.dataset.zones[d.state.rows[.zones]![0]].id })
        #expect(z.certifiedAreas == [CertifiedArea(standard: .vietGAP, areaHa: 10.5), CertifiedArea(standard: .organic, areaHa: 2)])
        d.keys("e")
        d.screen.state.form?.setText(.certifiedAreas, "VietGAP: \(area)000")
        d.keys("enter")
        #expect(d.state.form?.field(.certifiedAreas)?.error != nil, "an area over the zone's is refused beside its field")
        d.keys("esc right enter")
        // Agencies have no pane: the palette adds and edits them.
        d.keys(":")
        d.type("them co quan")
        d.keys("enter")
        #expect(d.state.form?.title == "Thêm cơ quan")
        d.type("Ban Quản lý Khu du lịch Bửu Long")
        d.keys("tab")
        d.type("BQL Bửu Long")
        d.keys("enter")
        #expect(try d.disk().agencies.last?.shortName == "BQL Bửu Long")
        // An agency no task names can be deleted from the palette (asked first); one a task names cannot.
        d.keys(":")
        d.type("xoa co quan: bql buu long")
        d.keys("enter")
        guard case .confirmDelete = d.state.overlay else { Issue.record("no confirmation: \(d.state.message ?? "")"); return }
        d.keys("right enter")
        #expect(try d.disk().agencies.contains { $0.shortName == "BQL Bửu Long" } == false)
        let leadName = try #require(Fixture.dataset.agencies.first { $0.id == Fixture.dataset.tasks[0].leadAgencyId })
        d.keys(":")
        d.type("xoa co quan: " + leadName.shortName)
        d.keys("enter")
        #expect(d.state.message?.hasPrefix("Không xóa được") == true, "\(d.state.message ?? "")")
        // Deleting an agency a task names is refused; the reference check covers every kind.
        let lead = Fixture.dataset.tasks[0].leadAgencyId
        #expect(!References.referrers(of: .agencies, id: lead, in: Fixture.dataset).isEmpty)
        #expect(References.referrers(of: .products, id: Fixture.dataset.tourismModels.flatMap(\.productIds).first ?? "", in: Fixture.dataset).count >= 1)
    }

    @Test func lookupsAfterAChangeEqualLookupsBuiltAfresh() throws {
        let asOf = Fixture.asOf
        var ds = Fixture.dataset
        var cache = DataCache(ds, asOf: asOf)
        var renamed = ds.products[5]; renamed.name = "Mật ong hoa cà phê Cẩm Mỹ"
        var added = ds.products[2]; added.id = "p-moi"; added.name = "Bưởi da xanh Tân Bình"
        var producer = ds.producers[3]; producer.name = "HTX Đổi Tên"
        let changes = [RecordChange(before: ds.products[5], after: renamed), RecordChange(before: nil, after: added),
                       RecordChange(before: ds.products[7], after: Optional<Product>.none), RecordChange(before: ds.producers[3], after: producer),
                       RecordChange(before: ds.tasks[0], after: ds.tasks[0])]
        for c in changes {
            try RecordCodec.apply(c, to: &ds)
            let reused = DataCache(ds, asOf: asOf, previous: cache, change: c)
            let fresh = DataCache(ds, asOf: asOf)
            #expect(reused.productBytes == fresh.productBytes, "\(c.file) \(c.verb)")
            #expect(reused.producerBytes == fresh.producerBytes, "\(c.file) \(c.verb)")
            #expect(reused.stats == fresh.stats && reused.expiring == fresh.expiring)
            cache = reused
        }
    }

    @Test func aFullDiskKeepsTheFormAndSaysWhat() throws {
        var d = try Desk("form-full")
        defer { d.cleanUp() }
        d.screen.writer = { _, url in throw SaveError(file: url.lastPathComponent, reason: String(cString: strerror(ENOSPC))) }
        let before = try Data(contentsOf: d.dir.appendingPathComponent("products.json"))
        d.keys("3 e c-u")
        d.type("Tên chờ lưu")
        d.keys("enter")
        #expect(d.state.form?.field(.name)?.input.text == "Tên chờ lưu")
        #expect(d.state.form?.error?.contains("No space left on device") == true, "\(d.state.form?.error ?? "")")
        #expect(try Data(contentsOf: d.dir.appendingPathComponent("products.json")) == before)
        #expect(try d.journal().isEmpty)
        // Space again: the same form saves.
        d.screen.writer = { try DatasetWriter.writeAtomically(parts: $0, to: $1) }
        d.keys("enter")
        #expect(d.state.form == nil)
        #expect(try d.disk().products.contains { $0.name == "Tên chờ lưu" })
    }

    @Test func typingInAnOpenFormSurvivesTheSessionEnding() throws {
        var d = try Desk("form-draft")
        defer { d.cleanUp() }
        let draftFile = d.dir.appendingPathComponent(".ocop-draft-lan.json")
        d.keys("3 a")
        d.type("Mật ong hoa cà phê Cẩm Mỹ")
        d.keys("tab")
        d.type("mat ong phuoc thai")
        d.keys("enter")
        #expect(FileManager.default.fileExists(atPath: draftFile.path), "no draft kept while typing")
        // The process dies here (nothing else runs). The next session offers the form back; Cancel is "later".
        var next = try Desk("", dir: d.dir)
        guard case .restoreDraft(let draft, let c) = next.state.overlay else { Issue.record("no offer to restore"); return }
        #expect(c.focused == 0 && draft.title == "Thêm sản phẩm")
        #expect(next.render().text.contains("Khôi phục"))
        next.keys("enter")
        #expect(next.state.form == nil && FileManager.default.fileExists(atPath: draftFile.path), "later keeps the draft")
        var third = try Desk("", dir: d.dir)
        third.keys("right enter")
        let f = try #require(third.state.form)
        #expect(f.field(.name)?.input.text == "Mật ong hoa cà phê Cẩm Mỹ")
        #expect(third.state.display(try #require(f.field(.producerId))) == "Công ty TNHH Mật ong Phước Thái")
        // The focus is where it was (the producer); finished and saved, the draft is gone.
        #expect(f.focus == 1)
        third.keys("tab")
        third.type("song ray")
        third.keys("enter enter")
        #expect(third.state.form == nil)
        #expect(try third.disk().products.contains { $0.name == "Mật ong hoa cà phê Cẩm Mỹ" })
        #expect(!FileManager.default.fileExists(atPath: draftFile.path))
        // Giving up a form (Esc, then Discard) removes its draft as well.
        third.keys("5 e")
        third.type("x")
        #expect(FileManager.default.fileExists(atPath: draftFile.path))
        third.keys("esc right enter")
        #expect(third.state.form == nil && !FileManager.default.fileExists(atPath: draftFile.path))
    }

    @Test func largeDataSavesInTheBackgroundWithoutBlockingKeys() throws {
        var d = try Desk("form-background")
        defer { d.cleanUp() }
        // Every save takes the background path, as it does for 100k products.
        d.screen.backgroundThreshold = 0
        d.screen.backgroundProducts = 0
        d.keys("5 e c-u")
        d.type("HTX Lưu Nền")
        d.keys("enter")
        #expect(d.state.form?.saving == true && d.screen.isSaving)
        #expect(d.render().text.contains("Đang lưu"))
        // Keys still answer: the form says it is saving instead of taking them.
        d.keys("x")
        #expect(d.state.form?.field(.name)?.input.text == "HTX Lưu Nền" && d.state.message == "Đang lưu…")
        d.screen.waitForSave()
        _ = d.screen.handle(nil, size: d.size)
        #expect(d.state.form == nil && !d.screen.isSaving)
        #expect(d.state.dataset.producers[0].name == "HTX Lưu Nền")
        #expect(try d.disk() == d.state.dataset)
        // A quick action that is still saving when the user quits is finished first.
        d.keys("3")
        let rows = try #require(d.state.rows[.products])
        let pos = try #require(rows.firstIndex { d.state.dataset.products[$0].cycleStep < .tradePromotion && d.state.dataset.products[$0].rejection == nil
            && d.state.dataset.products[$0].certificate == nil })
        let before = d.state.dataset.products[rows[pos]]
        d.screen.state.lists[.products] = TableState(selected: pos)
        d.keys(">")
        #expect(d.screen.isSaving)
        #expect(d.screen.handle(.key(.char("q")), size: d.size) == .quit)
        #expect(try d.disk().products.first { $0.id == before.id }?.cycleStep.rawValue == before.cycleStep.rawValue + 1)
    }

    @Test func everyKindCanBeAddedEditedAndDeleted() throws {
        var d = try Desk("form-every-kind")
        defer { d.cleanUp() }
        let commune = "dn.song-ray"
        let producer = Fixture.dataset.producers[0].id
        let agency = Fixture.dataset.agencies[0].id
        /// Opens the add form of a pane, fills it, saves, and returns the new record's id from the journal.
        func add(_ script: String, _ fill: (inout FormState) -> Void) throws -> String {
            d.keys(script)
            var f = try #require(d.state.form, "no form for \(script)")
            fill(&f)
            d.screen.state.form = f
            d.keys("enter")
            #expect(d.state.form == nil, "\(script): \(d.state.form?.fields.compactMap { field in field.error.map { "\(field.key): \($0)" } } ?? [])")
            return try #require(try d.journal().last?.id)
        }
        func set(_ f: inout FormState, _ key: FieldKey, _ values: [String]) {
            if let i = f.fields.firstIndex(where: { $0.key == key }) { f.fields[i].values = values }
        }
        // The notice sets exactly six tasks: a seventh is refused, saying why; the six are edited instead.
        d.keys("2 a")
        #expect(d.state.form == nil && d.state.message?.contains("sáu nhiệm vụ") == true, "\(d.state.message ?? "")")
        d.keys("e")
        var tf = try #require(d.state.form)
        tf.setText(.shortTitle, "Tuyên truyền (sửa)"); set(&tf, .leadAgencyId, [agency])
        d.screen.state.form = tf
        d.keys("enter")
        let task = try #require(try d.journal().last?.id)
        let product = try add("3 a") { f in
            f.setText(.name, "Hạt điều rang củi Bù Đăng"); set(&f, .producerId, [producer]); set(&f, .communeId, [commune])
        }
        let zone = try add("4 a") { f in
            f.setText(.name, "Vùng điều Xuân Bắc"); f.setText(.commodity, "điều"); f.setText(.areaHa, "1.250,5"); set(&f, .communeIds, [commune])
        }
        let newProducer = try add("5 a") { f in f.setText(.name, "HTX Điều Xuân Bắc"); set(&f, .communeId, [commune]) }
        let unit = try add("6 a") { f in f.setText(.name, "Xuân Bắc Mới"); set(&f, .parentId, ["cam-my"]) }
        d.keys("7 a")
        d.type("lang nghe")
        let village = try add("enter") { f in f.setText(.name, "Làng nghề đan lát Xuân Bắc"); f.setText(.craft, "đan lát"); set(&f, .communeId, [commune]) }
        d.keys("7 a")
        d.type("du lich")
        let tourism = try add("enter") { f in
            f.setText(.name, "Du lịch vườn điều Xuân Bắc"); f.setText(.operatorName, "HTX Điều Xuân Bắc"); set(&f, .communeId, [commune]); set(&f, .productIds, [product])
        }
        var disk = try d.disk()
        #expect(disk.tasks.contains { $0.id == task } && disk.products.contains { $0.id == product } && disk.zones.contains { $0.id == zone })
        #expect(disk.producers.contains { $0.id == newProducer } && disk.units.contains { $0.id == unit })
        #expect(disk.craftVillages.contains { $0.id == village } && disk.tourismModels.first { $0.id == tourism }?.productIds == [product])
        #expect(disk.zones.first { $0.id == zone }?.areaHa == 1250.5)
        #expect(disk == d.state.dataset)
        // The product cannot go while the tourism model names it; the tourism model can, then the product.
        d.keys("3 G")
        #expect(d.state.focusedRoute == .product(product))
        d.keys("d")
        #expect(d.state.message?.hasPrefix("Không xóa được") == true)
        d.keys("7 G d right enter 3 G d right enter")
        disk = try d.disk()
        #expect(!disk.tourismModels.contains { $0.id == tourism } && !disk.products.contains { $0.id == product })
        // Edited: the village's households.
        d.keys("7")
        let villageIndex = try #require(d.state.dataset.craftVillages.firstIndex { $0.id == village })
        d.screen.state.lists[.villages] = TableState(selected: try #require(d.state.rows[.villages]?.firstIndex(of: villageIndex)))
        d.keys("e")
        d.screen.state.form?.setText(.households, "85")
        d.keys("enter")
        #expect(try d.disk().craftVillages.first { $0.id == village }?.households == 85)
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPApp
@testable import TerminalCore

/// What a new user trips over (#13): text hidden under scrollbars, cut messages, keys people expect.
@Suite struct ScreenFitTests {
    /// Every row of a detail's text appears whole on screen at every width: no grapheme hidden under the scrollbar.
    @Test func detailTextIsNeverHiddenUnderTheScrollbar() {
        let s = Fixture.state(width: 250, height: 40)
        let routes: [Route] = [.task("nv-3"), .task("nv-2"), .product(Fixture.dataset.products[0].id), .zone(Fixture.dataset.zones[0].id),
                               .producer(Fixture.dataset.producers[0].id), .unit("xuan-loc"), .village(Fixture.dataset.craftVillages[0].id),
                               .tourism(Fixture.dataset.tourismModels[0].id)]
        for route in routes {
            for width in stride(from: 40, through: 250, by: 7) {
                for height in [12, 24] {
                    var buf = CellBuffer(width: width, height: height)
                    DetailPanel.render(s, DetailEntry(route: route), in: buf.area, into: &buf)
                    // The facts are the paragraph wrapped at the panel's width (one column less when a scrollbar
                    // shows): every shown row must appear whole, whichever of the two widths the panel chose.
                    let screen = buf.textLines()
                    let para = Paragraph(lines: DetailView.lines(for: route, s))
                    let inner = width - 2
                    let whole = [inner - 1, inner - 2].contains { w in
                        let rows = para.rows(width: w).map { $0.map(\.text).joined().trimmingCharacters(in: .whitespaces) }
                        // The first rows shown (links may take the lower part of the box).
                        let shown = rows.prefix(max(1, (height - 2) / 3))
                        return shown.enumerated().allSatisfy { k, text in text.isEmpty || (k + 1 < screen.count && screen[k + 1].contains(text)) }
                    }
                    #expect(whole, "\(route) at \(width)×\(height): a row is cut\n\(screen.joined(separator: "\n"))")
                }
            }
        }
    }

    /// Slides show every row of their text whole at every width.
    @Test func taskSlidesShowEveryRowWhole() {
        for width in stride(from: 80, through: 250, by: 17) {
            var s = PresentationTests.presenting(width: width, height: 60)
            for (i, slide) in s.slides.enumerated() {
                guard case .task(let id) = slide else { continue }
                s.presentation?.index = i
                let screen = Fixture.screen(s).textLines()
                for row in Paragraph(lines: Slides.taskLines(s, id)).rows(width: width - 4) {
                    let text = row.map(\.text).joined().trimmingCharacters(in: .whitespaces)
                    guard !text.isEmpty else { continue }
                    #expect(screen.contains { $0.contains(text) }, "\(slide.kindName) at \(width): \"\(text)\" cut")
                }
            }
        }
    }

    @Test func theWholeSelectedRowIsHighlightedWithItsMarkerBesideIt() {
        var s = Fixture.state(width: 200, height: 60)
        Fixture.run("3 j", on: &s)
        let buf = Fixture.screen(s)
        let y = buf.textLines().firstIndex { $0.contains("▶") }!
        let line = buf.textLines()[y]
        let marker = line.distance(from: line.startIndex, to: line.firstIndex(of: "▶")!)
        #expect(marker <= 2, "the marker sits at the row's start, not beside a column in the middle")
        // Every cell of the row between the borders has the selection's role.
        let selected = (2..<(buf.width - 3)).filter { buf[$0, y].style.role == .selectedRow }.count
        #expect(selected >= buf.width - 6, "\(selected) of \(buf.width) cells highlighted")
    }

    @Test func spareWidthGoesToTheColumnsThatAreCut() {
        var s = Fixture.state(width: 200, height: 60)
        Fixture.run("3", on: &s)
        let text = Fixture.screen(s).text
        #expect(text.contains("6. Xúc tiến TM"), "the step column is not cut at 200 columns")
        #expect(!text.contains("Xúc tiến…"))
        // At 80 columns the tabs show their short titles instead of cutting them.
        var n = Fixture.state(width: 80, height: 24)
        Fixture.run("2", on: &n)
        let tabs = Fixture.screen(n).textLines()[1]
        #expect(tabs.contains("1 Tổng quan") && tabs.contains("4 Vùng NL") && tabs.contains("7 Làng nghề"), "\(tabs)")
        #expect(!tabs.contains("…"))
        // Task statuses are a glyph and a short word when the full words do not fit.
        let table = Fixture.screen(n).text
        #expect(table.contains("⚠ quá hạn") && table.contains("◐ trong hạn") && !table.contains("hoàn thành đún…"))
    }

    @Test func theFilterLineAlwaysKeepsTheCount() {
        var s = Fixture.state(width: 80, height: 24)
        Fixture.run("3 f 'xuan loc' enter f 'thuc pham' enter s s s / 'banh trang' enter", on: &s)
        let line = Fixture.screen(s).textLines()[2]
        #expect(line.hasSuffix("bản ghi"), "\(line)")
        #expect(line.contains("…"), "what is cut shows it: \(line)")
    }

    @Test func theOverviewListsOpenTheirRecords() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("j", on: &s)
        #expect(s.overviewFocus == 0)
        Fixture.run("enter", on: &s)
        guard case .product(let id)? = s.route else { Issue.record("Enter did not open the expiring certificate's product"); return }
        #expect(Fixture.dataset.products[s.cache.expiring[0]].id == id)
        // Down past the expiring certificates: the overdue task.
        Fixture.run("esc", on: &s)
        for _ in 0..<s.cache.expiring.count { Fixture.run("j", on: &s) }
        Fixture.run("enter", on: &s)
        #expect(s.route == .task("nv-2"))
        // Esc at a top-level list goes to the overview.
        Fixture.run("esc 3 esc", on: &s)
        #expect(s.pane == .overview)
    }

    @Test func searchWithoutAMatchKeepsTheCursorAndSaysSo() {
        var s = Fixture.state()
        Fixture.run("3 j j j / 'khong co dau' ", on: &s)
        #expect(s.lists[.products]?.selected == 3)
        #expect(s.message == "Không có kết quả")
        Fixture.run("esc / 'buoi' enter", on: &s)
        let matches = s.matchCount
        #expect(matches >= 2)
        var wrapped = false
        for _ in 0..<matches {
            Fixture.run("n", on: &s)
            wrapped = wrapped || s.message == "Đã quay lại đầu danh sách"
        }
        #expect(wrapped, "going round the matches says when it wraps")
        // The query's indicator shows on the list searched only.
        #expect(Fixture.screen(s).textLines()[2].contains("/ buoi"))
        Fixture.run("4", on: &s)
        #expect(!Fixture.screen(s).textLines()[2].contains("/ buoi"))
        Fixture.run("n", on: &s)
        #expect(s.message?.contains("nhấn /") == true)
    }

    @Test func theDeckKeepsItsPermissionsAndItsPlace() {
        // Read-only deck (ocop present): the dashboard behind is read-only too.
        var s = PresentationTests.presenting(width: 100, height: 30)
        Fixture.run("right right right esc 3 a", on: &s)
        #expect(s.form == nil && s.message?.contains("chỉ đọc") == true)
        // p comes back to the same slide with the clock running from the meeting's start.
        let started = s.parkedPresentation?.startedAt
        Fixture.run("p", on: &s)
        #expect(s.presentation?.index == 3 && s.presentation?.startedAt == started)
        // --allow-notes survives Esc and p.
        var n = PresentationTests.presenting(width: 100, height: 30, allowNotes: true)
        Fixture.run("4 enter esc p", on: &n)
        Fixture.run("n", on: &n)
        #expect(n.presentation?.note != nil, "the permission to record notes was lost")
        // The first Esc on a typed note says what the second does, on the note's line.
        Fixture.run("'gi' esc", on: &n)
        #expect(n.presentation?.note != nil)
        #expect(Fixture.screen(n).textLines().last?.contains("Esc lần nữa") == true)
        // ? lists the deck's keys.
        Fixture.run("esc ?", on: &n)
        #expect(Fixture.screen(n).text.contains("Gõ số trang"))
    }

    @Test func collationPutsLettersBeforeTones() {
        let words = ["Điều", "Du", "Đèn", "Dừa", "Da", "đa", "Ăn", "An", "Ân", "Bò", "bà", "ba", "bá", "bả", "bã", "bạ"]
        let sorted = words.sorted(by: VietnameseCollation.less)
        #expect(sorted == ["An", "Ăn", "Ân", "ba", "bà", "bả", "bã", "bá", "bạ", "Bò", "Da", "Du", "Dừa", "đa", "Đèn", "Điều"], "\(sorted)")
    }

    @Test func datesAreTypedAsOfficialsWriteThem() {
        for text in ["3/12/26", "03/12/2026", "3-12-2026", "2026-12-03", "3.12.2026"] {
            #expect(CivilDate.parse(text) == CivilDate(year: 2026, month: 12, day: 3), "\(text)")
        }
        #expect(CivilDate.parse("31/02/2026") == nil && CivilDate.parse("12/2026") == nil)
    }

    @Test func reportPeriodsFollowTheDatasStyle() {
        let d = CivilDate(year: 2026, month: 11, day: 29)!
        #expect(ReportPeriod.name(.quarter, on: d, examples: ["Quý III/2026"]) == "Quý IV/2026")
        #expect(ReportPeriod.name(.quarter, on: d, examples: ["Q3/2026"]) == "Q4/2026")
        #expect(ReportPeriod.name(.halfYear, on: d, examples: []) == "6 tháng cuối năm 2026")
        var s = Fixture.state()
        Fixture.run("2 r", on: &s)
        #expect(s.form?.field(.period)?.input.text == "Quý IV/2026")
        Fixture.run("tab tab right", on: &s)  // period kind: quarter → half-year
        #expect(s.form?.field(.period)?.input.text == "6 tháng cuối năm 2026")
    }

    @Test func newIdsFollowTheDatasetsScheme() {
        #expect(IdScheme.next(after: ["sp-001", "sp-002", "sp-066"], fallback: "p-") == "sp-067")
        #expect(IdScheme.next(after: ["vn-chom-chom", "vn-buoi"], fallback: "z-", slug: "xoai-cat") == "vn-xoai-cat")
        #expect(IdScheme.next(after: [], fallback: "cq-") == "cq-1")
        #expect(IdScheme.unit(named: "thu-nghiem", parent: "tan-phu", taken: { $0 == "tan-phu.thu-nghiem" }) == "tan-phu.thu-nghiem-2")
    }

    @Test func afterUndoTheMessagePointsToRedo() throws {
        var d = try Desk("undo-hint")
        defer { d.cleanUp() }
        d.keys("5 e c-u")
        d.type("Tên thử")
        d.keys("enter u")
        #expect(d.state.message?.contains("Ctrl-R") == true, "\(d.state.message ?? "")")
    }

    @Test func aReadOnlyDirectoryIsAnnouncedAtStart() {
        var s = Fixture.state()
        s.readOnly = true
        s.readOnlyReason = Msg.readOnlyDirectory.text(.vi)
        #expect(Fixture.screen(s).textLines()[0].contains("CHỈ ĐỌC (thư mục dữ liệu không ghi được)"))
        #expect(AppState.defaultEditor(environment: [:]).isEmpty == false, "without $USER the login name is used")
        #expect(AppState.defaultEditor(environment: ["USER": "lan"]) == "lan")
    }

    @Test func theJSONReportUsesISODatesAndCodes() throws {
        let json = try Report(Fixture.dataset, asOf: Fixture.asOf, lang: .vi).render(.json, lang: .vi)
        #expect(json.contains("\"asOf\" : \"2026-11-29\""))
        #expect(json.contains("\"status\" : \"ongoing\"") && json.contains("\"statusLabel\" : \"thường xuyên\""))
        #expect(!json.contains("\"deadline\" : \"thường xuyên\""))
    }
}

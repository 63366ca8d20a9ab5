import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPApp
@testable import TerminalCore

/// Shared fixtures: the sample dataset loaded once, a fixed date.
enum Fixture {
    static let dataset: Dataset = {
        guard let ds = DatasetLoader.load(directory: RepoPaths.sample).dataset else { fatalError("the sample must load") }
        return ds
    }()
    static let asOf = CivilDate(year: 2026, month: 11, day: 29)!

    static func state(lang: Language = .vi, width: Int = 80, height: Int = 24, readOnly: Bool = false, asOf: CivilDate = asOf) -> AppState {
        var s = AppState(dataset: dataset, asOf: asOf, lang: lang, themes: [.plain], readOnly: readOnly)
        s.size = (width, height)
        return s
    }

    /// Runs a key script against a state.
    static func run(_ script: String, on s: inout AppState) {
        for e in KeyScript.parse(script) { _ = s.update(e) }
    }

    static func screen(_ s: AppState) -> CellBuffer {
        var buf = CellBuffer(width: s.size.width, height: s.size.height)
        DashboardView.render(s, into: &buf)
        return buf
    }

    static func productIndex(_ name: String) -> Int {
        dataset.products.firstIndex { $0.name == name }!
    }
}

@Suite struct DashboardGoldenTests {
    static let sizes = [(80, 24), (200, 60)]

    func golden(_ name: String, lang: Language = .vi, script: String, asOf: CivilDate = Fixture.asOf) {
        for (w, h) in Self.sizes {
            var s = Fixture.state(lang: lang, width: w, height: h, asOf: asOf)
            Fixture.run(script, on: &s)
            Golden.assert(Fixture.screen(s), named: "\(name)-\(w)x\(h)")
        }
    }

    @Test func overview() { golden("overview", script: "") }
    @Test func overviewEnglish() { golden("overview-en", lang: .en, script: "") }
    @Test func tasks() { golden("tasks", script: "2") }
    @Test func products() { golden("products", script: "3") }
    @Test func productBoard() { golden("products-board", script: "3 v") }
    @Test func zones() { golden("zones", script: "4") }
    @Test func producers() { golden("producers", script: "5") }
    @Test func districts() { golden("districts", script: "6") }
    /// The same data read on 31/12/2024: districts (not former ones), their communes of the time, old names.
    @Test func districtsIn2024() { golden("districts-2024", script: "6", asOf: CivilDate(year: 2024, month: 12, day: 31)!) }
    @Test func districtDetailIn2024() { golden("detail-district-2024", script: "6 j enter", asOf: CivilDate(year: 2024, month: 12, day: 31)!) }
    @Test func overviewIn2024() { golden("overview-2024", script: "", asOf: CivilDate(year: 2024, month: 12, day: 31)!) }
    @Test func productsIn2024() { golden("products-2024", script: "3", asOf: CivilDate(year: 2024, month: 12, day: 31)!) }
    /// A commune opened from its area: its records (those registered in the communes it came from) and its history.
    @Test func communeDetail() { golden("detail-commune", script: "6 j enter enter") }
    @Test func villages() { golden("villages", script: "7") }
    @Test func taskDetail() { golden("detail-task", script: "2 j enter") }
    @Test func productDetail() { golden("detail-product", script: "3 enter") }
    @Test func zoneDetail() { golden("detail-zone", script: "4 j enter") }
    @Test func producerDetail() { golden("detail-producer", script: "5 enter") }
    @Test func districtDetail() { golden("detail-district", script: "6 j enter") }
    @Test func villageDetail() { golden("detail-village", script: "7 enter") }
    @Test func help() { golden("help", script: "3 ?") }

    @Test func tooSmall() {
        var s = Fixture.state(width: 60, height: 20)
        Fixture.run("", on: &s)
        let text = Fixture.screen(s).text
        #expect(text.contains("Cửa sổ quá nhỏ"))
        #expect(text.contains("80×24"))
    }

    @Test func stylesCarryMeaningOnTheTaskTable() {
        var s = Fixture.state()
        Fixture.run("2", on: &s)
        Golden.assert(Fixture.screen(s), named: "tasks-styles-80x24", styles: true)
    }
}

@Suite struct KeyScriptTests {
    @Test func paneSwitchingByDigitsFunctionKeysAndTab() {
        var s = Fixture.state()
        Fixture.run("3", on: &s)
        #expect(s.pane == .products)
        Fixture.run("f5", on: &s)
        #expect(s.pane == .producers)
        Fixture.run("tab", on: &s)
        #expect(s.pane == .districts)
        Fixture.run("s-tab s-tab", on: &s)
        #expect(s.pane == .zones)
        Fixture.run("1", on: &s)
        #expect(s.pane == .overview)
        Fixture.run("s-tab", on: &s)
        #expect(s.pane == .villages)
    }

    @Test func drillDownAndBack() {
        var s = Fixture.state()
        Fixture.run("2 j j enter", on: &s)
        #expect(s.route == .task(Fixture.dataset.tasks[2].id))
        #expect(Fixture.screen(s).text.contains("Ba là, Phát triển các vùng nguyên liệu"))
        Fixture.run("esc", on: &s)
        #expect(s.route == nil && s.pane == .tasks)
        #expect(s.lists[.tasks]?.selected == 2)
        Fixture.run("esc", on: &s)
        #expect(s.pane == .overview, "Esc at a top-level list goes to the overview, never quits")
    }

    @Test func longDetailsScroll() {
        var s = Fixture.state()
        Fixture.run("2 j enter", on: &s)
        #expect(!Fixture.screen(s).text.contains("Thư ký hội nghị"))
        Fixture.run("pgdn pgdn pgdn", on: &s)
        #expect(Fixture.screen(s).text.contains("Thư ký hội nghị"), "the notes at the end are reachable")
        Fixture.run("pgup pgup pgup pgup", on: &s)
        #expect(Fixture.screen(s).text.contains("Tình trạng: quá hạn"))
    }

    @Test func crossLinksProductToProducerToProduct() {
        var s = Fixture.state()
        Fixture.run("3 enter", on: &s)
        #expect(s.route == .product(Fixture.dataset.products[0].id))
        Fixture.run("enter", on: &s)  // first link: the producer
        guard case .producer(let producerId) = s.route else { Issue.record("expected a producer, got \(String(describing: s.route))"); return }
        #expect(producerId == Fixture.dataset.products[0].producerId)
        Fixture.run("enter", on: &s)  // first link of the producer: its first product
        guard case .product = s.route else { Issue.record("expected a product"); return }
        let crumb = Fixture.screen(s).textLines()[0]
        #expect(crumb.contains("›"))
        Fixture.run("esc esc esc", on: &s)
        #expect(s.route == nil)
        // Zone → products, district → everything in it.
        Fixture.run("4 enter", on: &s)
        let zoneLinks = DetailView.links(for: s.route!, s)
        #expect(zoneLinks.contains { if case .product = $0.route { return true } else { return false } })
        Fixture.run("esc 6 enter", on: &s)
        let districtLinks = DetailView.links(for: s.route!, s)
        #expect(districtLinks.contains { if case .producer = $0.route { return true } else { return false } })
        #expect(districtLinks.contains { if case .product = $0.route { return true } else { return false } })
    }

    func selectedProductName(_ s: AppState) -> String {
        Fixture.dataset.products[s.selectedRecord(.products)!].name
    }

    @Test(arguments: [("sau rieng", "Sầu riêng"), ("SAU RIENG", "Sầu riêng"), ("dieu nhan", "Điều nhân sấy Đắk Lua"),
                      ("đắk lua", "Điều nhân sấy Đắk Lua"), ("ĐẮK", "Điều nhân sấy Đắk Lua"), ("buoi tan trieu", "Bưởi Tân Triều")])
    func searchIgnoresDiacriticsAndCase(query: String, expected: String) {
        var s = Fixture.state()
        Fixture.run("3 /", on: &s)
        for e in KeyScript.scalars(query) { _ = s.update(e) }
        Fixture.run("enter", on: &s)
        #expect(selectedProductName(s).hasPrefix(expected), "\(query) → \(selectedProductName(s))")
    }

    @Test func searchTypedInNFDAndNextPrevious() {
        var s = Fixture.state()
        Fixture.run("3 /", on: &s)
        for e in KeyScript.scalars("Sầu riêng".decomposedStringWithCanonicalMapping) { _ = s.update(e) }
        #expect(s.search.field.text == "Sầu riêng")
        Fixture.run("enter", on: &s)
        let first = s.lists[.products]!.selected
        #expect(selectedProductName(s).contains("Sầu riêng"))
        Fixture.run("n", on: &s)
        let second = s.lists[.products]!.selected
        #expect(second != first && selectedProductName(s).contains("Sầu riêng") || TextFolding.fold(selectedProductName(s)).contains("sau rieng"))
        Fixture.run("N", on: &s)
        #expect(s.lists[.products]!.selected == first)
        #expect(s.matchCount >= 3)
    }

    @Test func searchEscapeRestoresTheSelection() {
        var s = Fixture.state()
        Fixture.run("3 j j / 'tieu' esc", on: &s)
        #expect(s.lists[.products]!.selected == 2)
        #expect(!s.search.editing)
    }

    @Test func filterByDistrictIsVisibleAndClearedWithOneKey() {
        var s = Fixture.state()
        Fixture.run("3 f 'xuan loc' enter", on: &s)
        #expect(s.filters == [.district("xuan-loc")])
        let rows = s.rows[.products]!
        #expect(!rows.isEmpty)
        // Exactly the products whose commune lies in the area (the filter reads the index's commune of each product).
        #expect(rows == Fixture.dataset.products.indices.filter { s.cache.places.areaOf[Fixture.dataset.products[$0].communeId] == "xuan-loc" })
        let line = Fixture.screen(s).textLines()[2]
        #expect(line.contains("Xuân Lộc") && line.contains("Đang lọc"))
        Fixture.run("x", on: &s)
        #expect(s.filters.isEmpty)
        #expect(s.rows[.products]!.count == Fixture.dataset.products.count)
    }

    @Test func filtersByStarsStepGroupProducerTypeAndTaskStatus() {
        var s = Fixture.state()
        Fixture.run("3 f '★★★★' enter", on: &s)
        #expect(s.rows[.products]!.allSatisfy { Fixture.dataset.products[$0].certificate?.stars == 4 })
        Fixture.run("f 'thuc pham' enter", on: &s)
        #expect(s.filters.count == 2)
        #expect(s.rows[.products]!.allSatisfy { Fixture.dataset.products[$0].group == .food })
        Fixture.run("x f 'buoc: 5' enter", on: &s)
        #expect(s.rows[.products]!.allSatisfy { Fixture.dataset.products[$0].cycleStep == .evaluation })
        Fixture.run("x f 'hop tac xa' enter", on: &s)
        #expect(s.rows[.products]!.allSatisfy { s.cache.index.producerById[Fixture.dataset.products[$0].producerId]?.type == .cooperative })
        Fixture.run("x 2 f 'qua han' enter", on: &s)
        #expect(s.rows[.tasks]!.map { Fixture.dataset.tasks[$0].ordinal } == [2])
    }

    @Test func sortByAnyColumnBothWays() {
        var s = Fixture.state()
        Fixture.run("3 s", on: &s)
        #expect(s.sorts[.products] == SortOrder(column: 0, ascending: true))
        // Vietnamese order: letters first (d before đ), then tones.
        let names = s.rows[.products]!.map { Fixture.dataset.products[$0].name }
        #expect(names == names.sorted(by: VietnameseCollation.less))
        let du = names.firstIndex { $0.hasPrefix("Du lịch") }, den = names.firstIndex { $0.hasPrefix("Đèn") }
        #expect(du != nil && den != nil && du! < den!, "Du… sorts before Đèn…")
        Fixture.run("S", on: &s)
        let desc = s.rows[.products]!.map { Fixture.dataset.products[$0].name }
        #expect(desc == names.reversed())
        Fixture.run("s s s s s", on: &s)   // column 5: stars
        #expect(s.sorts[.products]?.column == 5)
        // Stars sort by valid certificates (expired and revoked ones count as none).
        let stars = s.rows[.products]!.map { Rules.isCertified(Fixture.dataset.products[$0], on: Fixture.asOf) ? Fixture.dataset.products[$0].certificate?.stars ?? 0 : 0 }
        #expect(stars == stars.sorted())
        #expect(Fixture.screen(s).text.contains("▲"))
    }

    @Test func paletteFindsRecordsPanesAndActions() {
        var s = Fixture.state()
        Fixture.run(": 'buoi tan trieu' enter", on: &s)
        #expect(s.route == .product(Fixture.dataset.products[Fixture.productIndex("Bưởi Tân Triều")].id))
        Fixture.run("esc : 'dia ban' enter", on: &s)
        #expect(s.pane == .districts)
        Fixture.run(": 'english' enter", on: &s)
        #expect(s.lang == .en)
    }

    @Test func languageSwitchesLive() {
        var s = Fixture.state()
        Fixture.run("L", on: &s)
        #expect(Fixture.screen(s).textLines()[1].contains("Overview"))
        Fixture.run("L", on: &s)
        #expect(Fixture.screen(s).textLines()[1].contains("Tổng quan"))
    }

    @Test func themeCycles() {
        var s = AppState(dataset: Fixture.dataset, asOf: Fixture.asOf, themes: [.plain, Theme(name: "other", looks: Theme.plain.looks, glyphs: .heavy)])
        Fixture.run("T", on: &s)
        #expect(s.theme.name == "other")
        Fixture.run("T", on: &s)
        #expect(s.theme.name == "plain")
    }

    @Test func helpListsThePaneFirstThenGlobal() {
        var s = Fixture.state(width: 100, height: 60)
        Fixture.run("3 ?", on: &s)
        let text = Fixture.screen(s).text
        let pane = text.range(of: "Phím của khung này")
        let global = text.range(of: "Chung")
        #expect(pane != nil && global != nil)
        if let pane, let global { #expect(pane.lowerBound < global.lowerBound) }
        Fixture.run("esc", on: &s)
        if case .none = s.overlay {} else { Issue.record("help did not close") }
    }

    @Test func navigationKeys() {
        var s = Fixture.state()
        Fixture.run("3 G", on: &s)
        #expect(s.lists[.products]!.selected == Fixture.dataset.products.count - 1)
        Fixture.run("g g", on: &s)
        #expect(s.lists[.products]!.selected == 0)
        Fixture.run("pgdn", on: &s)
        #expect(s.lists[.products]!.selected > 5)
        Fixture.run("home j k j", on: &s)
        #expect(s.lists[.products]!.selected == 1)
        Fixture.run("end", on: &s)
        #expect(s.lists[.products]!.selected == Fixture.dataset.products.count - 1)
    }

    @Test func mouseClickSelectsAndWheelScrolls() {
        var s = Fixture.state()
        Fixture.run("3", on: &s)
        _ = s.update(.mouse(MouseEvent(kind: .click, x: 10, y: 7)))
        #expect(s.lists[.products]!.selected == 2)
        _ = s.update(.mouse(MouseEvent(kind: .wheelDown, x: 10, y: 7)))
        #expect(s.lists[.products]!.selected == 5)
        _ = s.update(.mouse(MouseEvent(kind: .click, x: 2, y: 1)))
        #expect(s.pane == .overview)
    }

    @Test func quitKeys() {
        var s = Fixture.state()
        #expect(s.update(.key(.char("q"))) == [.quit])
        #expect(s.update(.key(.ctrl("c"))) == [.quit])
        #expect(s.update(.key(.escape)).isEmpty)
    }

    @Test func anUnboundKeySaysWhereTheKeysAre() {
        var s = Fixture.state()
        Fixture.run("3 z", on: &s)
        #expect(s.message == "Phím z không dùng ở đây — nhấn ? để xem các phím")
        #expect(Fixture.screen(s).textLines()[23].contains("nhấn ?"))
        Fixture.run("j", on: &s)
        #expect(s.message == nil)
    }

    @Test func readOnlyIsShown() {
        let s = Fixture.state(readOnly: true)
        #expect(Fixture.screen(s).textLines()[0].contains("CHỈ ĐỌC"))
    }

    @Test func warningsAreReachable() {
        var s = AppState(dataset: Fixture.dataset, warnings: [Problem(.warning, file: "products.json", path: [.key("products"), .index(0), .key("name")], recordId: "sp-001", .notNFC)],
                         asOf: Fixture.asOf, themes: [.plain])
        s.size = (100, 30)
        #expect(Fixture.screen(s).text.contains("1 cảnh báo dữ liệu"))
        Fixture.run("w", on: &s)
        #expect(Fixture.screen(s).text.contains("products.json"))
    }
}

@Suite struct KeymapTests {
    @Test func noScopeBindsAKeyTwice() {
        let conflicts = Keymap.conflicts()
        #expect(conflicts.isEmpty, "\(conflicts)")
    }

    @Test func everyBindingHasHelpInBothLanguages() {
        for b in Keymap.bindings {
            #expect(!b.help(.vi).isEmpty && !b.help(.en).isEmpty)
        }
        #expect(Keymap.markdown().contains("| global | q | Thoát | Quit |"))
    }

    @Test func everyStringHasBothLanguages() {
        for m in Msg.allCases {
            #expect(!m.text(.vi).isEmpty && !m.text(.en).isEmpty, "\(m)")
        }
    }

    @Test func vietnameseNumbersAndDates() {
        #expect(Format.number(1234.5, decimals: 1, .vi) == "1.234,5")
        #expect(Format.number(1234.5, decimals: 1, .en) == "1,234.5")
        #expect(Format.hectares(6720, .vi) == "6.720 ha")
        #expect(Format.int(100000, .vi) == "100.000")
        #expect(Format.date(CivilDate(year: 2021, month: 1, day: 14)) == "14/01/2021")
    }
}

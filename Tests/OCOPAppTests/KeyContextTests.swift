import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import TerminalCore

/// Every context's keys come from the keymap: `?` lists them, and the keys the help lists act.
@Suite struct KeyContextTests {
    /// The key labels the open help overlay shows.
    func helpLines(_ s: AppState) -> String { Fixture.screen(s).text }

    @Test func helpListsTheKeysOfEachContext() {
        // A product form on a typed field: F1 (? is text there) lists the form's and typing keys.
        var s = Fixture.state(width: 100, height: 60)
        Fixture.run("3 a f1", on: &s)
        guard case .help(let h) = s.overlay else { Issue.record("no help in the form"); return }
        #expect(h.scopes.contains(.form) && h.scopes.contains(.text))
        var text = helpLines(s)
        #expect(text.contains("Trường sau") && text.contains("Về đầu dòng"), "\(text)")
        Fixture.run("esc", on: &s)
        #expect(s.form != nil, "closing help goes back to the form")
        // On a chosen field ? opens help too.
        Fixture.run("tab ?", on: &s)
        text = helpLines(s)
        #expect(text.contains("Tìm và chọn"), "\(text)")
        // The deck: ? lists the slide keys.
        var d = Fixture.state(width: 100, height: 40)
        Fixture.run("p ?", on: &d)
        text = helpLines(d)
        #expect(text.contains("Trang sau") && text.contains("Gõ số trang"), "\(text)")
        Fixture.run("esc", on: &d)
        #expect(d.presentation != nil, "closing help stays in the deck")
        // A picker: F1 lists the picker's keys.
        var p = Fixture.state(width: 100, height: 40)
        Fixture.run(": f1", on: &p)
        text = helpLines(p)
        #expect(text.contains("Danh sách chọn") && text.contains("Chọn"), "\(text)")
    }

    @Test func hAndLMoveTheSortColumnInATable() {
        var s = Fixture.state()
        Fixture.run("3 l", on: &s)
        #expect(s.sorts[.products]?.column == 0)
        Fixture.run("l l", on: &s)
        #expect(s.sorts[.products]?.column == 2)
        Fixture.run("h", on: &s)
        #expect(s.sorts[.products]?.column == 1)
        Fixture.run("left left", on: &s)
        #expect(s.sorts[.products]?.column == ProductsPane.columns(s).count - 1, "wraps round to the last column")
        // On the board h/l move between steps.
        Fixture.run("v l l h", on: &s)
        #expect(s.board.column == 1)
    }

    @Test func gGGoesToTheTopAndGAloneWaits() {
        var s = Fixture.state()
        Fixture.run("3 j j j g", on: &s)
        #expect(s.lists[.products]?.selected == 3, "one g waits for the second")
        Fixture.run("j", on: &s)
        #expect(s.lists[.products]?.selected == 4, "g then j is just j")
        Fixture.run("g g", on: &s)
        #expect(s.lists[.products]?.selected == 0)
        let help = Keymap.bindings.first { $0.chord }
        #expect(help?.keyLabel == "g g")
    }

    @Test func everyBoundKeyOfTheHelpDoesSomething() {
        // The help's h/l no longer claim to change panes: they say what they do.
        let table = Keymap.bindings.filter { $0.scope == .table }.map { $0.help(.vi) }
        #expect(table.allSatisfy { $0.contains("Sắp xếp") })
        let board = Keymap.bindings.filter { $0.scope == .board }.map { $0.help(.vi) }
        #expect(board.allSatisfy { $0.contains("Bước") })
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import TerminalCore

/// Open records follow a colleague's saves through live reload, by id.
@Suite(.serialized) struct LiveReloadTests {
    /// Polls the screen (as the app loop does when idle) until `done` holds or two seconds pass.
    func poll(_ screen: inout DashboardScreen, until done: (AppState) -> Bool) {
        let deadline = Date().addingTimeInterval(2)
        while !done(screen.state) && Date() < deadline {
            _ = screen.handle(nil, size: (100, 30))
            usleep(20_000)
        }
    }

    @Test func aRecordDeletedByAColleagueClosesItsDetailWithAMessage() throws {
        let dir = try RepoPaths.copyOfSample("live-delete")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        var s = AppState(dataset: ds, asOf: Fixture.asOf, themes: [.plain])
        s.size = (100, 30)
        var screen = DashboardScreen(state: s, directory: dir, watch: true)
        // A product nothing points to, opened in detail; the product after it is selected in the list behind.
        let referenced = Set(ds.craftVillages.flatMap(\.productIds) + ds.tourismModels.flatMap(\.productIds))
        let victim = try #require(ds.products.firstIndex { !referenced.contains($0.id) && $0.id != ds.products.last?.id })
        let next = ds.products[victim + 1]
        for e in KeyScript.parse("3") + Array(repeating: InputEvent.key(.down), count: victim) + KeyScript.parse("enter") {
            _ = screen.handle(e, size: (100, 30))
        }
        #expect(screen.state.route == .product(ds.products[victim].id))
        // A colleague deletes it.
        try RecordCommitter.commit(RecordChange(before: ds.products[victim], after: nil), in: dir, user: "dong-nghiep", action: .delete)
        poll(&screen) { $0.route == nil }
        #expect(screen.state.route == nil, "the detail of a deleted record stays open")
        #expect(screen.state.message?.contains("đã bị xóa") == true, "\(screen.state.message ?? "no message")")
        // The list shows the next record in the deleted one's place, never a different record under the old id.
        _ = screen.handle(.key(.down), size: (100, 30))
        _ = screen.handle(.key(.up), size: (100, 30))
        #expect(screen.state.selectedRoute(.products).map { $0 == .product(ds.products[victim].id) } == false)
        #expect(screen.state.dataset.products.contains { $0.id == next.id })
    }

    @Test func anOpenRecordAColleagueChangedShowsTheirVersion() throws {
        let dir = try RepoPaths.copyOfSample("live-edit")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        var s = AppState(dataset: ds, asOf: Fixture.asOf, themes: [.plain])
        s.size = (100, 30)
        var screen = DashboardScreen(state: s, directory: dir, watch: true)
        for e in KeyScript.parse("5 j enter") { _ = screen.handle(e, size: (100, 30)) }
        let producer = ds.producers[1]
        #expect(screen.state.route == .producer(producer.id))
        // A colleague renames the producer; another colleague adds a producer before it in the file order.
        var renamed = producer
        renamed.name = "Tên mới của đồng nghiệp"
        try RecordCommitter.commit(RecordChange(before: producer, after: renamed), in: dir, user: "dong-nghiep", action: .edit)
        poll(&screen) { $0.dataset.producers.contains { $0.name == "Tên mới của đồng nghiệp" } }
        #expect(screen.state.route == .producer(producer.id), "the same record stays open")
        var buf = CellBuffer(width: 100, height: 30)
        _ = screen.render(into: &buf)
        #expect(buf.text.contains("Tên mới của đồng nghiệp"))
    }
}

import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import TerminalCore

/// The loop against the in-memory backend: events in, frames out, no terminal.
@Suite @MainActor struct AppLoopTests {
    @Test func dashboardRunsAgainstTheMemoryBackend() {
        let backend = MemoryBackend(width: 100, height: 30, events: KeyScript.parse("3 j j enter esc 2"))
        var screen = DashboardScreen(state: Fixture.state(width: 100, height: 30))
        AppLoop.run(&screen, backend: backend)
        // One frame before any key, then one per key; the memory backend sends `q` when its events run out.
        #expect(backend.frames.count == 7)
        #expect(backend.frames[3].text.contains("Bưởi Tân Triều"))
        #expect(backend.lastFrame?.textLines()[0].contains("Nhiệm vụ") == true)
        #expect(screen.state.pane == .tasks)
    }

    @Test func idleTicksDrawNothing() {
        final class TickBackend: TerminalBackend {
            var size: (width: Int, height: Int) = (80, 24)
            var colorMode: ColorMode = .mono
            var polls = 0
            var draws = 0
            func poll(timeoutMs: Int) -> InputEvent? {
                polls += 1
                return polls > 20 ? .key(.char("q")) : nil
            }
            func draw(_ buffer: CellBuffer, theme: Theme, cursor: (x: Int, y: Int)?) { draws += 1 }
        }
        let backend = TickBackend()
        var screen = DashboardScreen(state: Fixture.state())
        AppLoop.run(&screen, backend: backend)
        #expect(backend.polls == 21)
        #expect(backend.draws == 1, "twenty idle ticks must not redraw")
    }

    /// Keys typed ahead of the screen are handled before the next frame: a query of 18 letters typed at once is drawn
    /// once (not 18 times) and ends where drawing each step ends; a long burst still shows every `batch` keys.
    @Test func keysAlreadyWaitingAreDrawnOnce() {
        final class TypeAhead: TerminalBackend {
            var size: (width: Int, height: Int) = (100, 30)
            var colorMode: ColorMode = .mono
            var events: [InputEvent]
            var frames: [CellBuffer] = []
            init(_ events: [InputEvent]) { self.events = events }
            var hasPendingInput: Bool { !events.isEmpty }
            func poll(timeoutMs: Int) -> InputEvent? { events.isEmpty ? .key(.char("q")) : events.removeFirst() }
            func draw(_ buffer: CellBuffer, theme: Theme, cursor: (x: Int, y: Int)?) { frames.append(buffer) }
        }
        let keys = KeyScript.parse("3 /") + KeyScript.scalars("buoi tan trieu") + KeyScript.parse("enter")
        let batched = TypeAhead(keys)
        var a = DashboardScreen(state: Fixture.state(width: 100, height: 30))
        AppLoop.run(&a, backend: batched)
        let each = MemoryBackend(width: 100, height: 30, events: keys)
        var b = DashboardScreen(state: Fixture.state(width: 100, height: 30))
        AppLoop.run(&b, backend: each)
        #expect(each.frames.count == keys.count + 1)
        #expect(batched.frames.count == 2, "the first frame, then one after the keys")
        #expect(batched.frames.last?.text == each.frames.last?.text)
        #expect(batched.frames.last?.text.contains("Bưởi Tân Triều") == true)
        let long = TypeAhead(Array(repeating: InputEvent.key(.char("j")), count: 70))
        var c = DashboardScreen(state: Fixture.state(width: 100, height: 30))
        AppLoop.run(&c, backend: long)
        #expect(long.frames.count == 4, "70 keys at a batch of 32: frames after 33, 66 and the last")
    }
}

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
}

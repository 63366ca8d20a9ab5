/// What a screen tells the loop after an event.
public enum LoopControl: Sendable {
    /// Something changed: draw again.
    case `continue`
    /// Nothing changed: no drawing, so an idle screen costs no CPU and sends no bytes.
    case idle
    case quit
    /// Ctrl-Z: give the terminal back to the shell (the job stops), then redraw everything on `fg`.
    case suspend
}

/// A full-screen program driven by the loop: it handles events and renders into a buffer.
public protocol TerminalScreen {
    /// The theme to draw with.
    var theme: Theme { get }
    /// Applies an event (a `nil` event is a periodic tick).
    mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl
    /// Draws the whole screen; returns where the text cursor should show, if anywhere.
    func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)?
}

/// Runs a screen against a backend until it quits: render, draw, wait for input, handle.
public enum AppLoop {
    /// Runs until the screen returns `.quit`; `tickMs` bounds how long input is awaited before a tick. Keys already
    /// waiting (a query typed faster than frames, a burst of arrows) are handled before the next frame, one frame
    /// for up to `batch` of them, so the screen catches up at once instead of drawing every step.
    @MainActor
    public static func run<S: TerminalScreen>(_ screen: inout S, backend: TerminalBackend, tickMs: Int = 250, batch: Int = 32) {
        var needsDraw = true
        var skipped = batch   // the first frame is drawn whatever is waiting
        while true {
            if needsDraw {
                if skipped < batch, backend.hasPendingInput {
                    skipped += 1
                } else {
                    let (w, h) = backend.size
                    var buf = CellBuffer(width: w, height: h)
                    let cursor = screen.render(into: &buf)
                    backend.draw(buf, theme: screen.theme, cursor: cursor)
                    needsDraw = false
                    skipped = 0
                }
            }
            let ev = backend.poll(timeoutMs: tickMs)
            if backend.isClosed { return }
            switch screen.handle(ev, size: backend.size) {
            case .quit: return
            case .idle: break
            case .continue: needsDraw = true
            case .suspend:
                backend.suspend()
                needsDraw = true
            }
        }
    }
}

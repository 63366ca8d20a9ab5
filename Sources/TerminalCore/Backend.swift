/// The seam between the app and a terminal: size, input, and drawing a buffer.
@MainActor
public protocol TerminalBackend: AnyObject {
    /// The terminal's size in cells.
    var size: (width: Int, height: Int) { get }
    /// The colour mode the terminal supports.
    var colorMode: ColorMode { get }
    /// Waits up to `timeoutMs` for the next event; nil when none came.
    func poll(timeoutMs: Int) -> InputEvent?
    /// Shows a buffer; only the cells that changed need to reach the terminal.
    func draw(_ buffer: CellBuffer, theme: Theme, cursor: (x: Int, y: Int)?)
    /// True once the terminal is gone (hung up): the loop then ends instead of spinning.
    var isClosed: Bool { get }
    /// Whether input is already waiting (typed ahead of the screen, or pasted): the loop handles it before drawing.
    var hasPendingInput: Bool { get }
    /// Restores the terminal, stops the process as a shell job (Ctrl-Z), and takes the screen back when continued.
    func suspend()
}

extension TerminalBackend {
    public var isClosed: Bool { false }
    public var hasPendingInput: Bool { false }
    public func suspend() {}
}

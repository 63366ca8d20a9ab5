import OCOPModel
import TerminalCore

/// The dashboard as a screen the app loop runs.
public struct DashboardScreen: TerminalScreen {
    public var state: AppState

    public init(state: AppState) { self.state = state }

    public var theme: Theme { state.theme }

    public mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        state.size = size
        guard let event else { return .idle }
        let effects = state.update(event)
        return effects.contains(.quit) ? .quit : .continue
    }

    public func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        DashboardView.render(state, into: &buffer)
    }
}

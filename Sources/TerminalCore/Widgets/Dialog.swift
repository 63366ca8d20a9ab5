/// What persists of a confirm dialog: which button is focused. Cancel (index 0) is the default.
public struct ConfirmState: Sendable, Hashable {
    public var focused: Int = 0
    public init(focused: Int = 0) { self.focused = focused }
}

/// What a key did to a confirm dialog.
public enum ConfirmOutcome: Sendable, Equatable {
    /// The focus moved between the buttons (the dialog stays).
    case moved
    /// Enter on the confirming button.
    case confirmed
    /// Enter on Cancel, or Esc: the dialog closes without doing anything.
    case cancelled
    /// A key the dialog does not use.
    case ignored
}

extension ConfirmState {
    /// Applies a key: ←/→/Tab/h/l move between the buttons, Enter presses the focused one, Esc cancels.
    public mutating func handle(_ key: Key) -> ConfirmOutcome {
        switch key {
        case .left, .right, .tab, .backTab, .char("h"), .char("l"):
            focused = 1 - focused
            return .moved
        case .enter: return focused == 1 ? .confirmed : .cancelled
        case .escape: return .cancelled
        default: return .ignored
        }
    }
}

/// A modal question with Cancel and a confirming button; Cancel is focused unless the user moves.
public struct ConfirmDialog: Sendable {
    public var title: String
    public var message: String
    public var cancelLabel: String
    public var confirmLabel: String

    public init(title: String, message: String, cancelLabel: String, confirmLabel: String) {
        self.title = title
        self.message = message
        self.cancelLabel = cancelLabel
        self.confirmLabel = confirmLabel
    }

    /// The box the dialog takes inside an area.
    public func frame(in area: Rect) -> Rect {
        let w = min(area.width - 2, max(40, min(70, TextWidth.width(of: message) + 4)))
        let lines = Paragraph.wrap(message, width: max(1, w - 4)).count
        return area.centered(width: w, height: lines + 6)
    }

    public func render(in area: Rect, into buf: inout CellBuffer, state: ConfirmState, theme: Theme) {
        let box = frame(in: area)
        buf.fill(box, style: Style(.dialog))
        let inner = Block(title: title, focused: true).render(in: box, into: &buf, theme: theme)
        Paragraph(message, style: Style(.dialog)).render(in: inner.inset(top: 1, left: 1, bottom: 2, right: 1), into: &buf, theme: theme)
        let b0 = "[ \(cancelLabel) ]", b1 = "[ \(confirmLabel) ]"
        let total = TextWidth.width(of: b0) + TextWidth.width(of: b1) + 3
        var x = inner.x + max(0, (inner.width - total) / 2)
        let y = inner.maxY - 1
        x += buf.put(b0, x: x, y: y, style: Style(state.focused == 0 ? .selectedRow : .dialog, bold: state.focused == 0), clip: inner)
        x += 3
        buf.put(b1, x: x, y: y, style: Style(state.focused == 1 ? .selectedRow : .dialog, bold: state.focused == 1), clip: inner)
    }
}

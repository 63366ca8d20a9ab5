import OCOPModel
import TerminalCore
import OCOPText

extension AppState {
    /// A key for the dialog in front: a form's question, a delete confirmation, or the offer to restore a draft.
    mutating func dialogAction(_ action: Action, key: Key) -> [Effect] {
        let outcome: (inout ConfirmState) -> ConfirmOutcome = { state in
            switch action {
            case .dialogSwitch: return state.handle(.tab)
            case .dialogPress: return state.handle(.enter)
            default: return state.handle(.escape)
            }
        }
        if var f = form, let q = f.question {
            switch outcome(&f.questionState) {
            case .confirmed:
                switch q {
                case .quit: return [.quit]
                case .discard: form = nil
                case .saveMovingStep(_, _, let change, let action):
                    f.question = nil
                    f.saving = true
                    form = f
                    return [.commit(change, action: action, origin: .form)]
                }
                return []
            case .cancelled: f.question = nil
            case .moved, .ignored: break
            }
            form = f
            return []
        }
        switch overlay {
        case .confirmDelete(let change, let title, var c, let journalAction):
            switch outcome(&c) {
            case .moved: overlay = .confirmDelete(change, title, c, journalAction)
            case .confirmed:
                overlay = .none
                return [.commit(change, action: journalAction, origin: .quick)]
            case .cancelled: overlay = .none
            case .ignored: break
            }
        case .restoreDraft(let draft, var c):
            switch outcome(&c) {
            case .moved: overlay = .restoreDraft(draft, c)
            case .confirmed:
                overlay = .none
                restore(draft)
            case .cancelled: overlay = .none
            case .ignored: break
            }
        default: break
        }
        return []
    }

    /// Draws the delete confirmation or the offer to restore a draft.
    func renderDialog(into buf: inout CellBuffer) {
        switch overlay {
        case .confirmDelete(_, let title, let c, _):
            ConfirmDialog(title: Msg.deleteTitle.text(lang), message: Msg.deleteQuestion.text(lang, title),
                          cancelLabel: Msg.keyCancel.text(lang), confirmLabel: Msg.deleteButton.text(lang))
                .render(in: buf.area, into: &buf, state: c, theme: theme)
        case .restoreDraft(let draft, let c):
            ConfirmDialog(title: Msg.draftTitle.text(lang), message: Msg.draftQuestion.text(lang, draft.title, draft.savedAt),
                          cancelLabel: Msg.later.text(lang), confirmLabel: Msg.restoreButton.text(lang))
                .render(in: buf.area, into: &buf, state: c, theme: theme)
        default: break
        }
    }
}

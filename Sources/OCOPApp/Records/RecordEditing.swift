import Foundation
import OCOPModel
import TerminalCore
import OCOPText

extension AppState {
    /// Carries out an editing action from the keymap: add, edit, delete, undo, redo, or a kind's quick action.
    mutating func performEdit(_ action: Action) -> [Effect] {
        if readOnly { return readOnlyRefusal() }
        let r = focusedRoute
        switch action {
        case .add: addRecord()
        case .edit:
            guard let r, r.exists(self) else { return nothingSelected() }
            guard let target = r.editTarget else {
                message = Msg.meetingNotEditable.text(lang)
                return []
            }
            openForm(target)
        case .delete:
            guard let r, let change = r.deletion(self) else { return nothingSelected() }
            requestDelete(change, title: DetailView.title(for: r, self))
        case .undo: return undo()
        case .redo:
            guard let last = redoStack.last else {
                message = Msg.nothingToRedo.text(lang)
                return []
            }
            return [.commit(last.change, action: .redo, origin: .redo)]
        case .report, .note, .updateAction, .actionDone, .manageReports, .manageNotes:
            guard case .task(let id)? = r, let t = cache.index.task(id) else { return nothingSelected() }
            return taskAction(action, t)
        case .nextStep, .reject, .evaluate, .manageEvaluations:
            guard case .product(let id)? = r, let p = cache.index.product(id) else { return nothingSelected() }
            return productAction(action, p)
        case .addChain:
            guard case .zone(let id)? = r, let z = cache.index.zoneById[id] else { return nothingSelected() }
            chooseChain(z)
        default: break
        }
        return []
    }

    /// `a`: the form of the pane's record kind (on pane 7, a choice between a craft village and a tourism model).
    mutating func addRecord() {
        switch pane {
        case .tasks:
            // The notice sets exactly six tasks (checked on load): a seventh would make the data invalid.
            if dataset.tasks.count >= 6 { message = Msg.sixTasksOnly.text(lang) } else { openForm(.task(id: nil)) }
        case .products: openForm(.product(id: nil))
        case .zones: openForm(.zone(id: nil))
        case .producers: openForm(.producer(id: nil))
        case .districts: openForm(.unit(id: nil))
        case .villages:
            openChooser(Msg.addWhat.text(lang), [(Msg.craftVillage.text(lang), .form(.craftVillage(id: nil))),
                                                  (Msg.tourismModel.text(lang), .form(.tourism(id: nil)))])
        case .overview: message = Msg.choosePaneToAdd.text(lang)
        }
    }

    /// `u`: takes back the last saved change — not an add that other records now point to.
    mutating func undo() -> [Effect] {
        guard let last = undoStack.last else {
            message = Msg.nothingToUndo.text(lang)
            return []
        }
        let inverse = last.change.inverse
        if inverse.after == nil, !References.referrers(of: inverse.file, id: inverse.id, in: dataset).isEmpty {
            message = Msg.cannotUndoReferenced.text(lang)
            return []
        }
        return [.commit(inverse, action: .undo, origin: .undo)]
    }

    /// An editing key with no record under the cursor (an empty list, a filter that matches nothing).
    mutating func nothingSelected() -> [Effect] {
        message = Msg.nothingSelected.text(lang)
        return []
    }

    /// Asks before deleting (Cancel first), or says which records still point to the one to delete.
    mutating func requestDelete(_ change: RecordChange, title: String) {
        let refs = References.referrers(of: change.file, id: change.id, in: dataset)
        if !refs.isEmpty {
            let sample = refs.prefix(3).map(\.name).joined(separator: "; ") + (refs.count > 3 ? "; …" : "")
            message = Msg.cannotDeleteReferenced.text(lang, refs.count, sample)
            return
        }
        overlay = .confirmDelete(change, title, ConfirmState(), .delete)
    }

    /// Opens a form, or says why it cannot be.
    mutating func openForm(_ target: FormTarget) {
        guard let f = FormBuilder.make(target, self) else {
            message = Msg.recordGone.text(lang)
            return
        }
        form = f
    }

    /// Opens a form again with what was typed before the last session ended.
    mutating func restore(_ draft: FormDraft) {
        guard let fresh = FormBuilder.make(draft.target, self) else {
            message = Msg.draftRecordGone.text(lang)
            return
        }
        var f = draft.restore(into: fresh)
        FormBuilder.refreshDependents(&f, self)
        form = f
        message = Msg.draftRestored.text(lang)
    }

    /// The change that removes a part (an action, a report, a note, an evaluation, a chain) from its record, with
    /// the part's name and how the journal names it.
    func partDeletion(_ target: FormTarget) -> (RecordChange, String, JournalAction)? {
        let idx = cache.index
        switch target {
        case .action(let taskId, let actionId?):
            guard let t = idx.task(taskId), let a = t.actions.first(where: { $0.id == actionId }) else { return nil }
            var after = t
            after.actions.removeAll { $0.id == actionId }
            return (RecordChange(before: t, after: after), a.title, .deleteAction)
        case .report(let taskId, let reportId?):
            guard let t = idx.task(taskId), let rep = t.reports.first(where: { $0.id == reportId }) else { return nil }
            var after = t
            after.reports.removeAll { $0.id == reportId }
            return (RecordChange(before: t, after: after), "\(rep.date.display) · \(rep.period)", .deleteReport)
        case .note(let taskId, let noteId?):
            guard let t = idx.task(taskId), let n = t.notes.first(where: { $0.id == noteId }) else { return nil }
            var after = t
            after.notes.removeAll { $0.id == noteId }
            return (RecordChange(before: t, after: after), "\(n.date.display) · \(String(n.text.prefix(40)))", .deleteNote)
        case .evaluation(let productId, let index?):
            guard let p = idx.product(productId), p.evaluations.indices.contains(index) else { return nil }
            let e = p.evaluations[index]
            return (RecordChange(before: p, after: Certification.removing(at: index, from: p)),
                    "\(e.date.display) · \(e.total) → \(Format.stars(e.stars))", .deleteEvaluation)
        case .chain(let zoneId, let chainId?):
            guard let z = idx.zoneById[zoneId], let c = z.chains.first(where: { $0.id == chainId }) else { return nil }
            var after = z
            after.chains.removeAll { $0.id == chainId }
            return (RecordChange(before: z, after: after), c.name, .deleteChain)
        default: return nil
        }
    }
}

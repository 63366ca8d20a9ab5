import Foundation
import OCOPModel
import OCOPText

/// Where a commit came from, which decides what happens when it lands.
public enum CommitOrigin: Sendable, Equatable {
    /// An accepted form (closes on success, stays open with the typing on failure).
    case form
    /// A quick action without a form (next step, action done, delete).
    case quick
    case undo, redo
}

/// A change that was saved, for undo and redo.
public struct UndoItem: Sendable {
    public var change: RecordChange
    public var action: JournalAction
}

extension AppState {
    /// Takes in the outcome of a commit the runner carried out.
    mutating func finishCommit(_ change: RecordChange, action: JournalAction, origin: CommitOrigin, result: Result<CommitReport, any Error>,
                               prepared: (dataset: Dataset, cache: DataCache)?) {
        switch result {
        case .success(let report):
            // The record this editor deleted closes without a "deleted by a colleague" message.
            if change.after == nil, let r = route, r.file == change.file, r.id == change.id { stack.removeLast() }
            if let prepared {
                replaceData(prepared.dataset, warnings: warnings, cache: prepared.cache)
            } else {
                var ds = dataset
                do { try RecordCodec.apply(change, to: &ds) } catch {}
                replaceData(ds, warnings: warnings, cache: DataCache(ds, asOf: asOf, previous: cache, change: change))
            }
            if change.before == nil, change.after != nil, let r = Self.route(change.file, change.id) { select(r) }
            switch origin {
            case .form, .quick:
                undoStack.append(UndoItem(change: change, action: action))
                redoStack.removeAll()
                if origin == .form { form = nil }
            case .undo:
                if let last = undoStack.popLast() { redoStack.append(last) }
            case .redo:
                if let last = redoStack.popLast() { undoStack.append(last) }
            }
            let what: Msg = origin == .undo ? .undone : (origin == .redo ? .redone : .saved)
            if let j = report.journalError {
                message = Msg.savedJournalFailed.text(lang, what.text(lang), change.file.rawValue, j)
            } else {
                // The key that applies next: u takes a save back, Ctrl-R puts an undone change back.
                message = (origin == .undo ? Msg.savedRedoHint : Msg.savedUndoHint).text(lang, what.text(lang), change.file.rawValue, DatasetWriter.journalName)
            }
        case .failure(let error as EditConflict):
            if origin == .form, form != nil {
                form?.saving = false
                form?.conflict = error
                message = Msg.conflictSomeoneSaved.text(lang)
            } else {
                message = Msg.conflictNotDone.text(lang)
            }
        case .failure(let error):
            let text = Msg.saveFailed.text(lang, (error as? any StoreMessage)?.message(lang) ?? "\(error)")
            if origin == .form, form != nil {
                form?.saving = false
                form?.error = text + " " + Msg.typingKept.text(lang)
            }
            message = text
        }
    }

    /// The route of a record of a file, for the kinds that open in detail.
    static func route(_ file: DatasetFile, _ id: String) -> Route? {
        switch file {
        case .tasks: .task(id)
        case .products: .product(id)
        case .zones: .zone(id)
        case .producers: .producer(id)
        case .units: .unit(id)
        case .craftVillages: .village(id)
        case .tourismModels: .tourism(id)
        case .meetings: .meeting(id)
        case .agencies: .agency(id)
        case .dataset: nil
        }
    }

    /// Takes in a reload: new data keeps the pane, selection and slide, with a notice of what changed.
    mutating func reloaded(_ ds: Dataset, warnings problems: [Problem], files: [String], cache prepared: DataCache?) {
        let before = (dataset.products.count, dataset.tasks.reduce(0) { $0 + $1.notes.count })
        let saved = message
        message = nil
        replaceData(ds, warnings: problems, cache: prepared)
        let closed = message
        diskWarning = nil
        let after = (ds.products.count, ds.tasks.reduce(0) { $0 + $1.notes.count })
        var what = files.joined(separator: ", ")
        if after.0 != before.0 { what += "; " + Msg.reloadProducts.text(lang, before.0, after.0) }
        if after.1 != before.1 { what += "; " + Msg.reloadNotes.text(lang, before.1, after.1) }
        var notice = Msg.reloadNotice.text(lang, what)
        if let closed { notice = closed + " · " + notice }
        // A reload right after this process saved (a colleague had saved too) keeps the save's confirmation.
        if let m = saved, m.hasPrefix("✔") { message = m + " · " + notice } else { message = notice }
    }
}

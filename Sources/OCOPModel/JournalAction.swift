import Foundation

/// What a saved change did, as the journal names it (the `action` of each journal line).
public enum JournalAction: String, Sendable, Hashable, Codable, CaseIterable, Labelled {
    case add, edit, delete, undo, redo
    case note, editNote = "edit-note"
    case report, editReport = "edit-report"
    case evaluation, editEvaluation = "edit-evaluation", deleteEvaluation = "delete-evaluation"
    case nextStep = "next-step", reject, revoke
    case actionDone = "action-done", addAction = "add-action", updateAction = "update-action", deleteAction = "delete-action"
    case deleteReport = "delete-report", deleteNote = "delete-note"
    case addChain = "add-chain", editChain = "edit-chain", deleteChain = "delete-chain"
    case editOverConflict = "edit-over-conflict"
    case outside, snapshot, openMeeting = "open-meeting", closeMeeting = "close-meeting", decision
}

extension RecordCommitter {
    /// Commits a change, naming it in the journal with a typed action.
    @discardableResult
    public static func commit(_ change: RecordChange, in dir: URL, user: String, action: JournalAction,
                              writer: ([Data], URL) throws -> Void = { try DatasetWriter.writeAtomically(parts: $0, to: $1) }) throws -> CommitReport {
        try commit(change, in: dir, user: user, action: action.rawValue, writer: writer)
    }
}

extension JournalEntry {
    /// The entry's action as a typed value, when it is one this version knows.
    public var journalAction: JournalAction? { action.flatMap(JournalAction.init(rawValue:)) }
}

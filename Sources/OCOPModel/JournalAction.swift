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

    public var vi: String {
        switch self {
        case .add: "thêm"
        case .edit: "sửa"
        case .delete: "xóa"
        case .undo: "hoàn tác"
        case .redo: "làm lại"
        case .note: "ghi chú"
        case .editNote: "sửa ghi chú"
        case .report: "báo cáo"
        case .editReport: "sửa báo cáo"
        case .evaluation: "đánh giá"
        case .editEvaluation: "sửa đánh giá"
        case .deleteEvaluation: "xóa đánh giá"
        case .nextStep: "bước sau"
        case .reject: "loại"
        case .revoke: "loại và thu hồi giấy chứng nhận"
        case .actionDone: "công việc hoàn thành"
        case .addAction: "thêm công việc"
        case .updateAction: "cập nhật công việc"
        case .deleteAction: "xóa công việc"
        case .deleteReport: "xóa báo cáo"
        case .deleteNote: "xóa ghi chú"
        case .addChain: "thêm chuỗi"
        case .editChain: "sửa chuỗi"
        case .deleteChain: "xóa chuỗi"
        case .editOverConflict: "sửa (ghi đè)"
        case .outside: "thay đổi ngoài ocop"
        case .snapshot: "lưu ảnh dữ liệu"
        case .openMeeting: "mở cuộc họp"
        case .closeMeeting: "kết thúc cuộc họp"
        case .decision: "kết luận"
        }
    }

    public var en: String {
        switch self {
        case .editOverConflict: "edit (over a conflict)"
        case .outside: "changed outside ocop"
        default: rawValue.replacingOccurrences(of: "-", with: " ")
        }
    }
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

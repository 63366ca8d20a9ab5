import Foundation
import OCOPModel
import TerminalCore

/// The dashboard as a screen the app loop runs: it performs the effects `update` asks for (saving a note),
/// follows the files on disk, and keeps the presentation clock ticking.
public struct DashboardScreen: TerminalScreen {
    public var state: AppState
    let directory: URL?
    let watcher: DatasetWatcher?
    var lastSecond = 0

    /// A screen over a state; with a directory it saves there and follows changes made by others.
    public init(state: AppState, directory: URL? = nil, watch: Bool = true) {
        self.state = state
        self.directory = directory
        watcher = (directory != nil && watch) ? DatasetWatcher(directory: directory!) : nil
    }

    public var theme: Theme { state.theme }

    public func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        DashboardView.render(state, into: &buffer)
    }

    public mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        state.size = size
        var changed = false
        if let w = watcher, let change = w.poll() {
            apply(change)
            changed = true
        }
        let now = Date()
        guard let event else {
            let sec = Int(now.timeIntervalSince1970)
            if state.presentation != nil && sec != lastSecond {
                state.now = now
                lastSecond = sec
                changed = true
            }
            return changed ? .continue : .idle
        }
        state.now = now
        for effect in state.update(event) {
            switch effect {
            case .quit: return .quit
            case .saveNote(let task, let text): saveNote(task: task, text: text)
            }
        }
        return .continue
    }

    /// Takes in a reload: new data keeps the pane, selection and slide; broken files keep the old data with a warning.
    public mutating func apply(_ change: DatasetWatcher.Change) {
        let vi = state.lang == .vi
        switch change {
        case .reloaded(let result, let files):
            guard let ds = result.dataset else { return }
            let before = (state.dataset.products.count, state.dataset.tasks.reduce(0) { $0 + $1.notes.count })
            state.replaceData(ds, warnings: result.warnings)
            state.diskWarning = nil
            let after = (ds.products.count, ds.tasks.reduce(0) { $0 + $1.notes.count })
            var what = files.joined(separator: ", ")
            if after.0 != before.0 { what += vi ? "; sản phẩm \(before.0) → \(after.0)" : "; products \(before.0) → \(after.0)" }
            if after.1 != before.1 { what += vi ? "; ghi chú \(before.1) → \(after.1)" : "; notes \(before.1) → \(after.1)" }
            state.message = (vi ? "↻ Đã cập nhật: " : "↻ Updated: ") + what
        case .broken(let result, _):
            let first = result.errors.first.map { $0.location } ?? "?"
            state.diskWarning = vi ? "Tệp lỗi trên đĩa (\(first)); đang giữ dữ liệu cũ" : "Broken file on disk (\(first)); keeping the last good data"
        }
    }

    /// Records a meeting note: merged into the task as it is on disk now, written atomically, journalled.
    mutating func saveNote(task: Int, text: String) {
        guard let dir = directory else {
            state.message = state.lang == .vi ? "Không có thư mục dữ liệu để lưu." : "No dataset directory to save to."
            return
        }
        do {
            let ds = try NoteRecorder.record(text: text, onTask: state.dataset.tasks[task].id, by: state.editor, on: state.asOf, in: dir, current: state.dataset)
            watcher?.acknowledge()
            state.replaceData(ds, warnings: state.warnings)
            state.message = state.lang == .vi ? "✔ Đã lưu ghi chú vào tasks.json" : "✔ Note saved to tasks.json"
        } catch {
            // Nothing typed is lost: the note goes back into the editor with the reason.
            state.presentation?.note = TextFieldState(text)
            state.message = (state.lang == .vi ? "Không lưu được: " : "Could not save: ") + "\(error)"
        }
    }
}

/// Saves a meeting note on a task, merging with whatever a colleague saved meanwhile.
public enum NoteRecorder {
    /// Appends the note to the task as it is on disk (or in `current` when the disk copy cannot be read),
    /// writes tasks.json atomically and journals the change; returns the dataset with the note.
    public static func record(text: String, onTask taskId: String, by author: String, on date: CivilDate, in dir: URL, current: Dataset) throws -> Dataset {
        try DatasetWriter.withLock(in: dir) {
            try recordLocked(text: text, onTask: taskId, by: author, on: date, in: dir, current: current)
        }
    }

    static func recordLocked(text: String, onTask taskId: String, by author: String, on date: CivilDate, in dir: URL, current: Dataset) throws -> Dataset {
        var ds = current
        if let fresh = DatasetLoader.load(directory: dir).dataset { ds = fresh }
        guard let i = ds.tasks.firstIndex(where: { $0.id == taskId }) else {
            throw SaveError(file: DatasetFile.tasks.rawValue, reason: "task \(taskId) no longer exists")
        }
        let existing = Set(ds.tasks[i].notes.map(\.id))
        var n = ds.tasks[i].notes.count + 1
        while existing.contains("\(taskId).gc-\(n)") { n += 1 }
        let note = MeetingNote(id: "\(taskId).gc-\(n)", date: date, kind: .decision, text: text, author: author)
        ds.tasks[i].notes.append(note)
        try DatasetWriter.save(.tasks, of: ds, in: dir)
        try DatasetWriter.journal([JournalEntry(time: DatasetWriter.timestamp(), user: author, kind: "task", id: taskId,
                                                field: "notes[\(note.id)]", before: nil, after: text)], in: dir)
        return ds
    }
}

import Foundation

/// Records a meeting note on a task, merging with whatever a colleague saved meanwhile.
public enum NoteRecorder {
    /// The task with a decision appended under the next free note id.
    public static func adding(_ text: String, to task: ConclusionTask, by author: String, on date: CivilDate) -> ConclusionTask {
        let existing = Set(task.notes.map(\.id))
        var n = task.notes.count + 1
        while existing.contains("\(task.id).gc-\(n)") { n += 1 }
        var withNote = task
        withNote.notes.append(MeetingNote(id: "\(task.id).gc-\(n)", date: date, kind: .decision, text: text, author: author))
        return withNote
    }

    /// Appends the note to the task and commits the task (lock, compare, atomic write, journal). When a colleague
    /// changed the task meanwhile, the note is appended to their version instead: notes never conflict.
    /// Returns the dataset with the task as saved.
    public static func record(text: String, onTask taskId: String, by author: String, on date: CivilDate, in dir: URL, current: Dataset) throws -> Dataset {
        try record(text: text, onTask: taskId, by: author, on: date, in: DirectoryStore(directory: dir), current: current)
    }

    /// Appends the note to the task and commits the task through a store; see `record(text:onTask:by:on:in:current:)`.
    public static func record(text: String, onTask taskId: String, by author: String, on date: CivilDate, in store: any DatasetStore,
                              current: Dataset) throws -> Dataset {
        guard var task = current.tasks.first(where: { $0.id == taskId }) else {
            throw SaveError(file: DatasetFile.tasks.rawValue, reason: "task \(taskId) no longer exists")
        }
        var base = RecordCodec.canonical(task)
        for _ in 0..<20 {
            let withNote = adding(text, to: task, by: author, on: date)
            do {
                try store.commit(RecordChange(file: .tasks, id: taskId, before: base, after: RecordCodec.canonical(withNote)),
                                 user: author, action: .note)
                var ds = current
                if let i = ds.tasks.firstIndex(where: { $0.id == taskId }) { ds.tasks[i] = withNote }
                return ds
            } catch let c as EditConflict {
                guard let theirs = c.theirs, let t = try? JSONDecoder().decode(ConclusionTask.self, from: theirs) else {
                    throw SaveError(file: DatasetFile.tasks.rawValue, reason: "task \(taskId) no longer exists")
                }
                task = t
                base = theirs
            }
        }
        throw SaveError(file: DatasetFile.tasks.rawValue, reason: "the task kept changing; try again")
    }
}

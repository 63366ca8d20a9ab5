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
    /// A save running in the background (large files), and what it saves.
    var running: (job: CommitJob, change: RecordChange, action: String, origin: CommitOrigin, generation: Int)?
    /// Files larger than this are saved in the background so the screen never waits on the disk.
    public var backgroundThreshold = 2_000_000
    /// How files are written (tests put a failing writer here to play a full disk).
    public var writer: @Sendable ([Data], URL) throws -> Void = { try DatasetWriter.writeAtomically(parts: $0, to: $1) }
    /// Datasets with more products than this rebuild their lookups after a save in the background too.
    public var backgroundProducts = 5_000

    /// Where the open form's typing is kept until it is saved or given up (one file per editor).
    let draftURL: URL?
    /// The draft last written, so that only changes are written.
    var lastDraft: FormDraft?
    /// A draft from an earlier session that the user left for later: kept until a new form replaces it.
    var keepOldDraft = false

    /// A screen over a state; with a directory it saves there and follows changes made by others.
    public init(state: AppState, directory: URL? = nil, watch: Bool = true) {
        self.state = state
        self.directory = directory
        let safe = state.editor.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "_" }.joined()
        draftURL = directory?.appendingPathComponent(".ocop-draft-\(safe).json")
        // A form left open by a session that ended without saving it: offer it back.
        if let url = draftURL, !state.readOnly, state.presentation == nil, let data = try? Data(contentsOf: url),
           let draft = try? JSONDecoder().decode(FormDraft.self, from: data) {
            self.state.overlay = .restoreDraft(draft, ConfirmState())
            lastDraft = draft
            keepOldDraft = true
        }
        let asOf = state.asOf
        watcher = (directory != nil && watch) ? DatasetWatcher(directory: directory!, prepare: { DataCache($0, asOf: asOf) }) : nil
    }

    public var theme: Theme { state.theme }

    public func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        DashboardView.render(state, into: &buffer)
    }

    public mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        state.size = size
        var changed = false
        if let r = running, let result = r.job.result {
            running = nil
            // The data and lookups were prepared beside the save, unless the data changed meanwhile.
            let prepared = r.generation == state.dataGeneration ? r.job.prepared : nil
            land(r.change, action: r.action, origin: r.origin, result: result, prepared: prepared)
            changed = true
        }
        if let w = watcher, running == nil, let change = w.poll() {
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
        defer { keepDraft() }
        for effect in state.update(event) {
            switch effect {
            case .quit:
                // A save under way finishes first (it is atomic either way, but the user was told it is saving).
                if running != nil {
                    waitForSave()
                    if let r = running, let result = r.job.result {
                        running = nil
                        land(r.change, action: r.action, origin: r.origin, result: result)
                    }
                }
                // Quitting was confirmed (or nothing was typed): the draft goes too.
                state.form = nil
                return .quit
            case .saveNote(let task, let text): saveNote(task: task, text: text)
            case .commit(let change, let action, let origin): commit(change, action: action, origin: origin)
            case .showJournal:
                let entries = directory.map { DatasetWriter.recentJournal(in: $0) } ?? []
                state.overlay = .journal(entries.reversed(), TableState())
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
            // The lookups were rebuilt beside the reload, off the screen's thread.
            state.replaceData(ds, warnings: result.warnings, cache: watcher?.lastPrepared as? DataCache)
            state.diskWarning = nil
            let after = (ds.products.count, ds.tasks.reduce(0) { $0 + $1.notes.count })
            var what = files.joined(separator: ", ")
            if after.0 != before.0 { what += vi ? "; sản phẩm \(before.0) → \(after.0)" : "; products \(before.0) → \(after.0)" }
            if after.1 != before.1 { what += vi ? "; ghi chú \(before.1) → \(after.1)" : "; notes \(before.1) → \(after.1)" }
            let notice = (vi ? "↻ Đã cập nhật: " : "↻ Updated: ") + what
            // A reload right after this process saved (a colleague had saved too) keeps the save's confirmation.
            if let m = state.message, m.hasPrefix("✔") { state.message = m + " · " + notice } else { state.message = notice }
        case .broken(let result, _):
            let first = result.errors.first.map { $0.location } ?? "?"
            state.diskWarning = vi ? "Tệp lỗi trên đĩa (\(first)); đang giữ dữ liệu cũ" : "Broken file on disk (\(first)); keeping the last good data"
        }
    }

    /// Writes what the open form holds beside the data (a small file, replaced by rename) whenever it changes, and
    /// removes it once the form is saved or given up. Best effort: a read-only directory just keeps no draft.
    mutating func keepDraft() {
        guard let url = draftURL else { return }
        // The earlier session's draft, once restored, is this form's draft.
        if keepOldDraft, let f = state.form, f.target == lastDraft?.target { keepOldDraft = false }
        if let f = state.form, f.isDirty {
            let stamp = DateFormatter()
            stamp.timeZone = state.timeZone
            stamp.dateFormat = "HH:mm dd/MM/yyyy"
            let draft = FormDraft(f, savedAt: stamp.string(from: state.now))
            guard draft.values != lastDraft?.values || draft.target != lastDraft?.target else { return }
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            if let data = try? enc.encode(draft) {
                let tmp = url.deletingLastPathComponent().appendingPathComponent(".ocop-draft.\(getpid()).tmp")
                if (try? data.write(to: tmp)) != nil, rename(tmp.path, url.path) == 0 {
                    lastDraft = draft
                    keepOldDraft = false
                }
            }
        } else if keepOldDraft {
            // An earlier session's draft, not restored (yet): kept for the next start.
        } else if lastDraft != nil {
            unlink(url.path)
            lastDraft = nil
        }
    }

    /// Saves a change: at once for small files, in the background for large ones (the form shows it is saving).
    mutating func commit(_ change: RecordChange, action: String, origin: CommitOrigin) {
        guard let dir = directory else {
            state.finishCommit(change, action: action, origin: origin, result: .failure(SaveError(file: change.file.rawValue, reason: state.lang == .vi ? "không có thư mục dữ liệu" : "no dataset directory")))
            return
        }
        if running != nil {
            state.message = state.lang == .vi ? "Đang lưu thay đổi trước, thử lại sau giây lát" : "Still saving the previous change; try again in a moment"
            if origin == .form { state.form?.saving = false }
            return
        }
        let user = state.editor
        let writer = self.writer
        let size = FileStamp.of(dir.appendingPathComponent(change.file.rawValue).path)?.size ?? 0
        // Small data: saved and shown at once. Large: the write and the new lookups are done on another thread.
        if size <= backgroundThreshold && state.dataset.products.count <= backgroundProducts {
            land(change, action: action, origin: origin, result: Result { try RecordCommitter.commit(change, in: dir, user: user, action: action, writer: writer) })
            return
        }
        let job = CommitJob()
        running = (job, change, action, origin, state.dataGeneration)
        state.message = state.lang == .vi ? "⏳ Đang lưu \(change.file.rawValue)…" : "⏳ Saving \(change.file.rawValue)…"
        let base = state.dataset
        let previous = state.cache
        let asOf = state.asOf
        Thread.detachNewThread {
            let result = Result { try RecordCommitter.commit(change, in: dir, user: user, action: action, writer: writer) }
            var prepared: (Dataset, DataCache)?
            if case .success = result {
                var ds = base
                if (try? RecordCodec.apply(change, to: &ds)) != nil { prepared = (ds, DataCache(ds, asOf: asOf, previous: previous, change: change)) }
            }
            job.finish(result, prepared: prepared)
        }
    }

    /// Waits until a background save has finished (the next `handle` takes it in); for tests and benchmarks.
    public func waitForSave(timeout: TimeInterval = 30) {
        let deadline = Date().addingTimeInterval(timeout)
        while let r = running, r.job.result == nil, Date() < deadline { usleep(1_000) }
    }

    /// Whether a save is running in the background.
    public var isSaving: Bool { running != nil }

    mutating func land(_ change: RecordChange, action: String, origin: CommitOrigin, result: Result<CommitReport, Error>,
                       prepared: (dataset: Dataset, cache: DataCache)? = nil) {
        if case .success(let report) = result {
            watcher?.acknowledge(file: change.file, before: report.stampBefore, after: report.stampAfter)
        }
        state.finishCommit(change, action: action, origin: origin, result: result, prepared: prepared)
    }

    /// Records a meeting note: merged into the task as it is on disk now, written atomically, journalled.
    mutating func saveNote(task: Int, text: String) {
        guard let dir = directory else {
            state.message = state.lang == .vi ? "Không có thư mục dữ liệu để lưu." : "No dataset directory to save to."
            return
        }
        do {
            let ds = try NoteRecorder.record(text: text, onTask: state.dataset.tasks[task].id, by: state.editor, on: state.asOf, in: dir, current: state.dataset)
            // Colleagues' other changes arrive through the watcher's reload.
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
    /// Appends the note to the task and commits the task (lock, compare, atomic write, journal). When a colleague
    /// changed the task meanwhile, the note is appended to their version instead: notes never conflict.
    /// Returns the dataset with the task as saved.
    public static func record(text: String, onTask taskId: String, by author: String, on date: CivilDate, in dir: URL, current: Dataset) throws -> Dataset {
        guard var task = current.tasks.first(where: { $0.id == taskId }) else {
            throw SaveError(file: DatasetFile.tasks.rawValue, reason: "task \(taskId) no longer exists")
        }
        var base = RecordCodec.canonical(task)
        for _ in 0..<20 {
            let existing = Set(task.notes.map(\.id))
            var n = task.notes.count + 1
            while existing.contains("\(taskId).gc-\(n)") { n += 1 }
            var withNote = task
            withNote.notes.append(MeetingNote(id: "\(taskId).gc-\(n)", date: date, kind: .decision, text: text, author: author))
            do {
                try RecordCommitter.commit(RecordChange(file: .tasks, id: taskId, before: base, after: RecordCodec.canonical(withNote)),
                                           in: dir, user: author, action: "note")
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

/// A save running on another thread; its result is read by the screen on a later tick.
final class CommitJob: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Result<CommitReport, Error>?
    private var preparedValue: (dataset: Dataset, cache: DataCache)?

    var result: Result<CommitReport, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// The data with the change applied and its lookups, ready to show.
    var prepared: (dataset: Dataset, cache: DataCache)? {
        lock.lock()
        defer { lock.unlock() }
        return preparedValue
    }

    func finish(_ r: Result<CommitReport, Error>, prepared: (Dataset, DataCache)?) {
        lock.lock()
        value = r
        preparedValue = prepared
        lock.unlock()
    }
}

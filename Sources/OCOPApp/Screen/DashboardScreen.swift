import Foundation
import OCOPModel
import OCOPHistory
import Synchronization
import TerminalCore
import OCOPText

/// The dashboard as a screen the app loop runs: the effect runner. It performs the effects `update` asks for
/// (saving, reading the journal, recording a note) through the data's store, feeds their results back through
/// `update`, follows the store's changes (files on disk, a colleague's commit on the database), and keeps the
/// presentation clock ticking.
public struct DashboardScreen: TerminalScreen {
    public var state: AppState
    /// Where the data is saved and read (a directory or a database), nil for data held only in memory.
    let store: (any DatasetStore)?
    let watcher: DatasetWatcher<DataCache>?
    var lastSecond = 0
    /// Set by a Ctrl-Z: the loop hands the terminal back to the shell after this event.
    var suspendRequested = false
    /// A save running in the background (large files), and what it saves.
    var running: (job: CommitJob, change: RecordChange, action: JournalAction, origin: CommitOrigin, generation: Int)?
    /// Files larger than this are saved in the background so the screen never waits on the disk.
    public var backgroundThreshold = 2_000_000
    /// How files are written in a directory store, when not its own way (tests put a failing writer here).
    public var writer: (@Sendable ([Data], URL) throws -> Void)?
    /// Datasets with more products than this rebuild their lookups after a save in the background too.
    public var backgroundProducts = 5_000
    /// The open form's typing, kept beside the data until it is saved or given up.
    var drafts: DraftKeeper

    /// The data directory, when the store is one (meetings and history live beside the files).
    var directory: URL? { (store as? DirectoryStore)?.directory }

    /// A screen over a state; with a directory it saves there and follows changes made by others.
    public init(state: AppState, directory: URL? = nil, watch: Bool = true) {
        self.init(state: state, store: directory.map { DirectoryStore(directory: $0) }, watch: watch)
    }

    /// A screen over a state; with a store it saves there and follows changes made by others.
    public init(state: AppState, store: (any DatasetStore)?, watch: Bool = true) {
        self.state = state
        self.store = store
        drafts = DraftKeeper(directory: store?.draftsDirectory, editor: state.editor)
        // A form left open by a session that ended without saving it: offer it back.
        if !state.readOnly, state.presentation == nil, let draft = drafts.leftOver() {
            self.state.overlay = .restoreDraft(draft, ConfirmState())
        }
        let asOf = state.asOf
        if let store, watch {
            watcher = DatasetWatcher(store: store, prepare: { DataCache($0, asOf: asOf) })
        } else {
            watcher = nil
        }
    }

    public var theme: Theme { state.theme }

    public func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)? {
        defer { state.cache.startBackgroundWork() }  // after the first frame: search folds, name keys
        return DashboardView.render(state, into: &buffer)
    }

    public mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        state.size = size
        var changed = false
        if let r = running, let result = r.job.result {
            running = nil
            // The data and lookups were prepared beside the save, unless the data changed meanwhile.
            let prepared = r.generation == state.dataGeneration ? r.job.prepared : nil
            Retire.inBackground(state.dataset, state.cache)
            land(r.change, action: r.action, origin: r.origin, result: result, prepared: prepared)
            changed = true
        }
        if let w = watcher, running == nil, let change = w.poll() {
            switch change {
            case .reloaded(let result, let files, let prepared):
                if let ds = result.dataset {
                    Retire.inBackground(state.dataset, state.cache)
                    run(state.update(.reloaded(ds, warnings: result.warnings, files: files, cache: prepared)))
                }
            case .broken(let result, _):
                run(state.update(.diskBroken(location: result.errors.first.map { $0.location } ?? "?")))
            case .connection(let lost):
                run(state.update(.connection(lost: lost)))
            }
            changed = true
        }
        if state.applyPendingSorts() { changed = true }
        let now = Date()
        guard let event else {
            let sec = Int(now.timeIntervalSince1970)
            if state.presentation != nil && sec != lastSecond {
                run(state.update(.tick(now)))
                lastSecond = sec
                changed = true
            }
            return changed ? .continue : .idle
        }
        _ = state.update(.tick(now))
        defer { drafts.keep(state) }
        if run(state.update(.input(event))) { return .quit }
        if suspendRequested {
            suspendRequested = false
            return .suspend
        }
        return .continue
    }

    /// Runs effects; their results go back through `update`. Returns true when one of them is quitting.
    @discardableResult
    mutating func run(_ effects: [Effect]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                // A save under way finishes first (it is atomic either way, but the user was told it is saving).
                if running != nil {
                    waitForSave()
                    if let r = running, let result = r.job.result {
                        running = nil
                        land(r.change, action: r.action, origin: r.origin, result: result, prepared: nil)
                    }
                }
                // Quitting was confirmed (or nothing was typed): the draft goes too.
                state.form = nil
                return true
            case .suspend: suspendRequested = true
            case .saveNote(let taskId, let text): saveNote(taskId: taskId, text: text)
            case .closeMeeting(let id):
                guard let dir = directory else { break }
                do {
                    let m = try MeetingHistory.close(id, in: dir, current: state.dataset, user: state.editor)
                    run(state.update(.meetingClosed(m)))
                } catch {
                    run(state.update(.meetingCloseFailed(reason: "\(error)")))
                }
            case .commit(let change, let action, let origin): commit(change, action: action, origin: origin)
            case .readJournal:
                let entries = store?.journal(limit: 500) ?? []
                run(state.update(.journalRead(entries)))
            }
        }
        return false
    }

    /// Saves a change: at once for small files, in the background for large ones (the form shows it is saving).
    mutating func commit(_ change: RecordChange, action: JournalAction, origin: CommitOrigin) {
        guard let store else {
            land(change, action: action, origin: origin,
                 result: .failure(SaveError(file: change.file.rawValue, reason: Msg.noDataDirectory.text(state.lang))), prepared: nil)
            return
        }
        if running != nil {
            state.message = Msg.stillSaving.text(state.lang)
            if origin == .form { state.form?.saving = false }
            return
        }
        let user = state.editor
        let writer = self.writer
        let save: @Sendable () throws -> CommitReport = {
            if let writer, let dir = store as? DirectoryStore {
                return try dir.commit(change, user: user, action: action.rawValue, writer: writer)
            }
            return try store.commit(change, user: user, action: action)
        }
        let size = store.saveCost(change.file)
        // Small data: saved and shown at once. Large: the write and the new lookups are done on another thread.
        if size <= backgroundThreshold && state.dataset.products.count <= backgroundProducts {
            land(change, action: action, origin: origin, result: Result { try save() }, prepared: nil)
            return
        }
        let job = CommitJob()
        running = (job, change, action, origin, state.dataGeneration)
        state.message = Msg.savingFile.text(state.lang, change.file.rawValue)
        let base = state.dataset
        let previous = state.cache
        let asOf = state.asOf
        Thread.detachNewThread {
            let result = Result { try save() }
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

    /// A commit's result goes through `update`; this process's own write is not reloaded as a colleague's.
    mutating func land(_ change: RecordChange, action: JournalAction, origin: CommitOrigin, result: Result<CommitReport, any Error>,
                       prepared: (dataset: Dataset, cache: DataCache)?) {
        if case .success(let report) = result {
            store?.acknowledge(change, report: report)
        }
        run(state.update(.committed(change, action: action, origin: origin, result: result, prepared: prepared)))
        // A form saved in the background leaves no draft behind.
        drafts.keep(state)
    }

    /// Records a meeting note: merged into the task as it is on disk now, written atomically, journalled.
    mutating func saveNote(taskId: String, text: String) {
        guard let store else {
            state.message = Msg.noDataDirectory.text(state.lang)
            return
        }
        do {
            var ds = try NoteRecorder.record(text: text, onTask: taskId, by: state.editor, on: state.asOf, in: store, current: state.dataset)
            // Today's notes belong to the open meeting: the note is linked to it (journalled too).
            if let dir = directory, let mid = state.meetingId, let note = ds.tasks.first(where: { $0.id == taskId })?.notes.last,
               let m = try? MeetingSession.linkNote(note.id, task: taskId, meeting: mid, in: dir, current: ds, user: state.editor),
               let i = ds.meetings.firstIndex(where: { $0.id == mid }) {
                ds.meetings[i] = m
            }
            // Colleagues' other changes arrive through the watcher's reload.
            run(state.update(.noteSaved(ds)))
        } catch {
            run(state.update(.noteFailed(text: text, reason: "\(error)")))
        }
    }
}

/// A save running on another thread; its result is read by the screen on a later tick.
final class CommitJob: Sendable {
    private let outcome = Mutex<(result: Result<CommitReport, any Error>, prepared: (dataset: Dataset, cache: DataCache)?)?>(nil)

    /// The save's result, once it has finished.
    var result: Result<CommitReport, any Error>? { outcome.withLock { $0?.result } }

    /// The data with the change applied and its lookups, ready to show.
    var prepared: (dataset: Dataset, cache: DataCache)? { outcome.withLock { $0?.prepared } }

    func finish(_ r: Result<CommitReport, any Error>, prepared: (Dataset, DataCache)?) {
        outcome.withLock { $0 = (r, prepared.map { (dataset: $0.0, cache: $0.1) }) }
    }
}

import Foundation
import Synchronization

/// Watches a dataset directory's files and reloads them in the background when one changes on disk.
/// Checking is a `stat` of nine files, so calling `poll` a few times a second costs no noticeable CPU.
/// `Prepared` is what the caller derives from new data on the background thread too (the app's lookups).
public final class DatasetWatcher<Prepared: Sendable>: Sendable {
    /// What a reload produced.
    public enum Change: Sendable {
        /// New valid data, with the files that changed and what `prepare` made of it.
        case reloaded(LoadResult, files: [String], prepared: Prepared?)
        /// The files on disk are broken; the problems say where.
        case broken(LoadResult, files: [String])
    }

    /// What the watcher knows, behind one lock: the stamps last seen, a finished reload, whether one runs.
    struct State {
        var stamps: [String: FileStamp]
        var pending: Change?
        var loading = false
        var lastCheck = Date.distantPast
    }

    public let directory: URL
    private let state: Mutex<State>
    private let interval: TimeInterval
    private let prepare: (@Sendable (Dataset) -> Prepared)?

    /// A watcher for a directory that was just loaded; `interval` is the least time between two checks; `prepare`
    /// runs on new data beside the reload, so the screen does not pay for it.
    public init(directory: URL, interval: TimeInterval = 0.3, prepare: (@Sendable (Dataset) -> Prepared)? = nil) {
        self.directory = directory
        self.interval = interval
        self.prepare = prepare
        state = Mutex(State(stamps: Self.readStamps(directory)))
    }

    static func readStamps(_ dir: URL) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for f in DatasetFile.allCases {
            if let s = FileStamp.of(dir.appendingPathComponent(f.rawValue).path) { out[f.rawValue] = s }
        }
        return out
    }

    /// Takes in this process's own write of one file: when nobody else wrote the file since it was last seen, the new
    /// version is marked as seen (no reload); otherwise the next poll reloads, bringing in the others' changes.
    public func acknowledge(file: DatasetFile, before: FileStamp?, after: FileStamp?) {
        state.withLock { s in
            if s.stamps[file.rawValue] == before { s.stamps[file.rawValue] = after }
        }
    }

    /// Marks the current files as seen (after this process saved them itself).
    public func acknowledge() {
        let now = Self.readStamps(directory)
        state.withLock { $0.stamps = now }
    }

    /// Checks for changes (at most every `interval`), starts a background reload when needed, and returns a
    /// finished reload if one is ready.
    public func poll() -> Change? {
        let dir = directory
        let interval = interval
        let start: [String]? = state.withLock { s in
            guard s.pending == nil, !s.loading, Date().timeIntervalSince(s.lastCheck) >= interval else { return nil }
            s.lastCheck = Date()
            let now = Self.readStamps(dir)
            guard now != s.stamps else { return nil }
            let changed = DatasetFile.allCases.map(\.rawValue).filter { now[$0] != s.stamps[$0] }
            s.stamps = now
            s.loading = true
            return changed
        }
        if let changed = start {
            let prepare = prepare
            Thread.detachNewThread { [self] in
                // A writer may still be busy: a short pause lets an atomic rename land before we read.
                usleep(30_000)
                let result = DatasetLoader.load(directory: dir)
                let change: Change
                if let ds = result.dataset {
                    change = .reloaded(result, files: changed, prepared: prepare.map { $0(ds) })
                } else {
                    change = .broken(result, files: changed)
                }
                state.withLock { s in
                    s.pending = change
                    s.loading = false
                }
            }
            return nil
        }
        return state.withLock { s in
            defer { s.pending = nil }
            return s.pending
        }
    }
}

import Foundation
import Synchronization

/// Follows a store's change signal and reloads in the background when someone else changed the data (a file
/// rewritten in the directory, a colleague's commit announced by the database). `Prepared` is what the caller
/// derives from new data on the background thread too (the app's lookups).
public final class DatasetWatcher<Prepared: Sendable>: Sendable {
    /// What a reload produced.
    public enum Change: Sendable {
        /// New valid data, with the files that changed and what `prepare` made of it.
        case reloaded(LoadResult, files: [String], prepared: Prepared?)
        /// The data is broken; the problems say where.
        case broken(LoadResult, files: [String])
        /// The store's connection was lost (with why) or is back (nil).
        case connection(lost: String?)
    }

    /// What the watcher knows, behind one lock: a finished reload, whether one runs, the connection last seen.
    struct State {
        var pending: Change?
        var loading = false
        var lastCheck = Date.distantPast
        var health = StoreHealth.connected
    }

    /// The store watched.
    public let store: any DatasetStore
    private let state: Mutex<State>
    private let interval: TimeInterval
    private let prepare: (@Sendable (Dataset) -> Prepared)?

    /// A watcher for a store that was just loaded; `interval` is the least time between two checks; `prepare`
    /// runs on new data beside the reload, so the screen does not pay for it.
    public init(store: any DatasetStore, interval: TimeInterval = 0.3, prepare: (@Sendable (Dataset) -> Prepared)? = nil) {
        self.store = store
        self.interval = interval
        self.prepare = prepare
        state = Mutex(State())
    }

    /// A watcher for a directory that was just loaded.
    public convenience init(directory: URL, interval: TimeInterval = 0.3, prepare: (@Sendable (Dataset) -> Prepared)? = nil) {
        self.init(store: DirectoryStore(directory: directory), interval: interval, prepare: prepare)
    }

    /// The directory watched, when the store is one.
    public var directory: URL? { (store as? DirectoryStore)?.directory }

    /// Takes in this process's own write of one file (directory stores).
    public func acknowledge(file: DatasetFile, before: FileStamp?, after: FileStamp?) {
        (store as? DirectoryStore)?.acknowledge(file: file, before: before, after: after)
    }

    /// Marks the current files as seen (after this process saved them itself).
    public func acknowledge() {
        (store as? DirectoryStore)?.acknowledgeAll()
    }

    /// Checks for changes (at most every `interval`), starts a background reload when needed, and returns a
    /// finished reload (or news of the connection) if one is ready.
    public func poll() -> Change? {
        let interval = interval
        let store = store
        let due: Bool = state.withLock { s in
            guard s.pending == nil, !s.loading, Date().timeIntervalSince(s.lastCheck) >= interval else { return false }
            s.lastCheck = Date()
            return true
        }
        if due {
            let health = store.health
            let news: Change? = state.withLock { s in
                guard health != s.health else { return nil }
                s.health = health
                if case .lost(let why) = health { return .connection(lost: why) }
                return .connection(lost: nil)
            }
            if let news { return news }
            if let change = store.pendingChange() {
                state.withLock { $0.loading = true }
                let prepare = prepare
                Thread.detachNewThread { [self] in
                    let result = store.reload(change)
                    let files = change.files.map(\.rawValue)
                    let out: Change
                    if let ds = result.dataset {
                        out = .reloaded(result, files: files, prepared: prepare.map { $0(ds) })
                    } else {
                        out = .broken(result, files: files)
                    }
                    state.withLock { s in
                        s.pending = out
                        s.loading = false
                    }
                }
                return nil
            }
        }
        return state.withLock { s in
            defer { s.pending = nil }
            return s.pending
        }
    }
}

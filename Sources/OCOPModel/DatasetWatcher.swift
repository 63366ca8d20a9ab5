import Foundation

/// Watches a dataset directory's files and reloads them in the background when one changes on disk.
/// Checking is a `stat` of nine files, so calling `poll` a few times a second costs no noticeable CPU.
public final class DatasetWatcher: @unchecked Sendable {
    /// What a reload produced.
    public enum Change: Sendable {
        /// New valid data, with the files that changed.
        case reloaded(LoadResult, files: [String])
        /// The files on disk are broken; the problems say where.
        case broken(LoadResult, files: [String])
    }

    public let directory: URL
    private let lock = NSLock()
    private var stamps: [String: FileStamp]
    private var pending: Change?
    private var pendingPrepared: (any Sendable)?
    private var loading = false
    private var lastCheck = Date.distantPast
    private let interval: TimeInterval

    /// Work done on the reloaded data on the background thread too (the app's lookups), handed over with it.
    private let prepare: (@Sendable (Dataset) -> any Sendable)?
    /// What `prepare` made for the last reload handed out by `poll`.
    public private(set) var lastPrepared: (any Sendable)?

    /// A watcher for a directory that was just loaded; `interval` is the least time between two checks; `prepare`
    /// runs on new data beside the reload, so the screen does not pay for it.
    public init(directory: URL, interval: TimeInterval = 0.3, prepare: (@Sendable (Dataset) -> any Sendable)? = nil) {
        self.directory = directory
        self.interval = interval
        self.prepare = prepare
        stamps = DatasetWatcher.readStamps(directory)
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
        lock.lock()
        defer { lock.unlock() }
        if stamps[file.rawValue] == before { stamps[file.rawValue] = after }
    }

    /// Marks the current files as seen (after this process saved them itself).
    public func acknowledge() {
        lock.lock()
        stamps = DatasetWatcher.readStamps(directory)
        lock.unlock()
    }

    /// Checks for changes (at most every `interval`), starts a background reload when needed, and returns a
    /// finished reload if one is ready.
    public func poll() -> Change? {
        lock.lock()
        defer { lock.unlock() }
        if let p = pending {
            pending = nil
            lastPrepared = pendingPrepared
            pendingPrepared = nil
            return p
        }
        guard !loading, Date().timeIntervalSince(lastCheck) >= interval else { return nil }
        lastCheck = Date()
        let now = DatasetWatcher.readStamps(directory)
        guard now != stamps else { return nil }
        let changed = DatasetFile.allCases.map(\.rawValue).filter { now[$0] != stamps[$0] }
        stamps = now
        loading = true
        let dir = directory
        Thread.detachNewThread { [self] in
            // A writer may still be busy: a short pause lets an atomic rename land before we read.
            usleep(30_000)
            let result = DatasetLoader.load(directory: dir)
            let made = result.dataset.flatMap { ds in prepare.map { $0(ds) } }
            lock.lock()
            pendingPrepared = made
            pending = result.dataset != nil ? .reloaded(result, files: changed) : .broken(result, files: changed)
            loading = false
            lock.unlock()
        }
        return nil
    }
}

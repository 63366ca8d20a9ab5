import Foundation
import OCOPText
import Synchronization

/// The JSON directory as a store: today's files, lock, atomic writes and `journal.jsonl`, unchanged on disk.
/// Its change signal is a `stat` of the nine files.
public final class DirectoryStore: DatasetStore {
    /// The dataset directory.
    public let directory: URL
    /// How files are written (tests put a failing writer here to play a full disk).
    public let writer: @Sendable ([Data], URL) throws -> Void
    private let stamps: Mutex<[String: FileStamp]>

    /// A store over a directory; the files' current stamps count as seen.
    public init(directory: URL, writer: @escaping @Sendable ([Data], URL) throws -> Void = { try DatasetWriter.writeAtomically(parts: $0, to: $1) }) {
        self.directory = directory
        self.writer = writer
        stamps = Mutex(Self.readStamps(directory))
    }

    public var location: String { directory.path }
    public var user: String? { nil }
    public var health: StoreHealth { .connected }
    public var draftsDirectory: URL? { directory }

    public var access: StoreAccess {
        Glibc.access(directory.path, W_OK) == 0 ? .writable : .readOnly(.readOnlyDirectory, [])
    }

    static func readStamps(_ dir: URL) -> [String: FileStamp] {
        var out: [String: FileStamp] = [:]
        for f in DatasetFile.allCases {
            if let s = FileStamp.of(dir.appendingPathComponent(f.rawValue).path) { out[f.rawValue] = s }
        }
        return out
    }

    public func load() -> LoadResult {
        let now = Self.readStamps(directory)
        stamps.withLock { $0 = now }
        return DatasetLoader.load(directory: directory)
    }

    /// Reads everything and computes the day's figures beside validation (the dashboard's first frame uses them).
    public func load(statisticsOn day: CivilDate) -> LoadResult {
        let now = Self.readStamps(directory)
        stamps.withLock { $0 = now }
        return DatasetLoader.load(directory: directory, statisticsOn: day)
    }

    public func pendingChange() -> StoreChange? {
        let now = Self.readStamps(directory)
        return stamps.withLock { s in
            guard now != s else { return nil }
            let changed = DatasetFile.allCases.filter { now[$0.rawValue] != s[$0.rawValue] }
            s = now
            return StoreChange(files: changed)
        }
    }

    public func reload(_ change: StoreChange) -> LoadResult {
        // A writer may still be busy: a short pause lets an atomic rename land before we read.
        usleep(30_000)
        return DatasetLoader.load(directory: directory)
    }

    public func commit(_ change: RecordChange, user: String, action: String?) throws -> CommitReport {
        try RecordCommitter.commit(change, in: directory, user: user, action: action, writer: writer)
    }

    /// Commits with another writer than the store's (tests play a full disk with it).
    public func commit(_ change: RecordChange, user: String, action: String?,
                       writer: ([Data], URL) throws -> Void) throws -> CommitReport {
        try RecordCommitter.commit(change, in: directory, user: user, action: action, writer: writer)
    }

    public func acknowledge(_ change: RecordChange, report: CommitReport) {
        acknowledge(file: change.file, before: report.stampBefore, after: report.stampAfter)
    }

    /// When nobody else wrote the file since it was last seen, its new version is marked as seen (no reload);
    /// otherwise the next look reloads, bringing in the others' changes.
    public func acknowledge(file: DatasetFile, before: FileStamp?, after: FileStamp?) {
        stamps.withLock { s in
            if s[file.rawValue] == before { s[file.rawValue] = after }
        }
    }

    /// Marks the current files as seen.
    public func acknowledgeAll() {
        let now = Self.readStamps(directory)
        stamps.withLock { $0 = now }
    }

    public func journal(limit: Int) -> [JournalEntry] {
        DatasetWriter.recentJournal(in: directory, limit: limit)
    }

    public func saveCost(_ file: DatasetFile) -> Int {
        FileStamp.of(directory.appendingPathComponent(file.rawValue).path)?.size ?? 0
    }
}

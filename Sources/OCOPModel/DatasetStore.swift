import Foundation
import OCOPText

/// Whether a store takes changes, and when not, why (told to the user by editing keys).
public enum StoreAccess: Sendable, Equatable {
    /// Changes can be committed.
    case writable
    /// Nothing can be committed: the message (and its values) says why.
    case readOnly(Msg, [String])

    /// The reason in a language, nil when writable.
    public func reason(_ lang: Language) -> String? {
        guard case .readOnly(let m, let args) = self else { return nil }
        return m.text(lang, args.map { $0 as any CustomStringConvertible })
    }
}

/// What changed in a store since this process last looked, as its change signal tells it.
public struct StoreChange: Sendable, Equatable {
    /// The files (kinds of record) that changed.
    public var files: [DatasetFile]
    /// The ids that changed per file; nil when everything must be read again (a lost connection, an import, files).
    public var records: [DatasetFile: Set<String>]?

    /// A change of some files' records (nil records: read everything again).
    public init(files: [DatasetFile], records: [DatasetFile: Set<String>]? = nil) {
        self.files = files
        self.records = records
    }
}

/// The store's connection, for stores behind a server: fine, or lost (with why) and being retried.
public enum StoreHealth: Sendable, Equatable {
    case connected
    case lost(String)
}

/// Where a dataset lives: a JSON directory (`DirectoryStore`) or a database server. The dashboard, the deck,
/// notes, undo/redo, report, validate and the crash-test writer only talk to this.
public protocol DatasetStore: AnyObject, Sendable {
    /// Where the data is, safe to show (a database URL with its password masked).
    var location: String { get }
    /// The store's own user (the database role), named in the journal unless `--editor` says otherwise.
    var user: String? { get }
    /// Whether changes can be committed.
    var access: StoreAccess { get }
    /// The connection's state (a directory is always connected).
    var health: StoreHealth { get }
    /// A local folder for per-user drafts, when the store has one.
    var draftsDirectory: URL? { get }

    /// Reads everything, checked by the loader's rules.
    func load() -> LoadResult
    /// Reads everything, with the figures for a day computed beside validation where the store can.
    func load(statisticsOn day: CivilDate) -> LoadResult
    /// What others changed since the last look, or nil (cheap: called a few times a second).
    func pendingChange() -> StoreChange?
    /// Reads what a change names (only those records where the store can) and returns the whole data.
    func reload(_ change: StoreChange) -> LoadResult
    /// Commits one record change against the version it started from, with its journal lines. Throws
    /// `EditConflict` when the record was changed by someone else, `SaveError` when it cannot be saved.
    @discardableResult
    func commit(_ change: RecordChange, user: String, action: String?) throws -> CommitReport
    /// Takes in this process's own commit, so the change signal does not report it as someone else's.
    func acknowledge(_ change: RecordChange, report: CommitReport)
    /// The latest journal entries, oldest first.
    func journal(limit: Int) -> [JournalEntry]
    /// How many bytes a save of this kind of record rewrites (large ones are saved in the background).
    func saveCost(_ file: DatasetFile) -> Int
}

extension DatasetStore {
    /// By default the figures are left to the caller.
    public func load(statisticsOn day: CivilDate) -> LoadResult { load() }

    /// Commits with the action named by a typed journal action.
    @discardableResult
    public func commit(_ change: RecordChange, user: String, action: JournalAction) throws -> CommitReport {
        try commit(change, user: user, action: action.rawValue)
    }
}

extension JournalEntry {
    /// The journal lines of one change: one per field that differs.
    public static func lines(for change: RecordChange, user: String, action: String?, time: String = DatasetWriter.timestamp()) -> [JournalEntry] {
        change.fieldDiffs().map {
            JournalEntry(time: time, user: user, kind: change.file.recordsKey, id: change.id, field: $0.field,
                         before: $0.before, after: $0.after, action: action ?? change.verb)
        }
    }
}

/// An error that can say what went wrong in the user's language (save errors, database errors).
public protocol StoreMessage: Error {
    /// What failed and what to do, in a language.
    func message(_ lang: Language) -> String
}

extension SaveError: StoreMessage {}

extension LoadResult {
    /// A load's outcome from another store than the directory.
    public static func of(_ dataset: Dataset?, problems: [Problem]) -> LoadResult {
        var r = LoadResult(dataset: dataset, problems: problems)
        if !r.errors.isEmpty { r.dataset = nil }
        return r
    }
}

extension EditConflict {
    /// The conflict of a change with the record as it is in the store now (nil: deleted).
    public static func of(_ change: RecordChange, theirs: Data?) -> EditConflict { EditConflict(change: change, theirs: theirs) }
}

extension CommitReport {
    /// What a commit to a store without files did.
    public static func written(_ bytes: Int) -> CommitReport {
        CommitReport(bytesWritten: bytes, stampBefore: nil, stampAfter: nil, spliced: false, journalError: nil)
    }
}

import Foundation
import OCOPModel
import OCOPText
import PostgresNIO
import Synchronization

/// The dataset on a PostgreSQL server behind the same seam as the directory. A commit is one transaction: the row
/// is locked and compared with the version the change started from, written, journalled and announced (NOTIFY).
/// Colleagues' commits arrive through LISTEN and only the records they name are read again; after a lost connection
/// or an import everything is. A lost connection is retried every second.
public final class PostgresStore: DatasetStore {
    /// The server's address (its password is never shown).
    public let url: DatabaseURL
    let link: PGLink
    /// This store's mark on its own announcements, so its commits are not taken for a colleague's.
    let token = UUID().uuidString
    /// The data as this process last read or wrote it (reloads apply colleagues' records to it), with each record's
    /// version: a commit of a record this process has at that version only compares the row's version.
    let mirror = Mutex<(dataset: Dataset?, versions: PGTransfer.Versions)>((nil, [:]))
    /// Records colleagues changed and not read yet; `all` after a lost connection or an import.
    let heard = Mutex<(records: [DatasetFile: Set<String>], all: Bool)>(([:], false))
    let state = Mutex<(health: StoreHealth, listener: PGListener?, closed: Bool)>((.connected, nil, false))
    let role: String
    public let access: StoreAccess

    /// Connects, refuses a database that is not set up for this ocop (saying what to do), learns the role's rights,
    /// and starts listening for colleagues' commits.
    public init(url: DatabaseURL) throws {
        self.url = url
        link = PGLink(url: url)
        (role, access) = try link.exclusive { l in
            try PGSchema.check(l)
            let row = try l.query("""
                SELECT current_user::text, bool_and(has_table_privilege(t, 'INSERT') AND has_table_privilege(t, 'UPDATE') \
                AND has_table_privilege(t, 'DELETE')) FROM unnest(ARRAY['units','agencies','tasks','producers','products','zones',\
                'craft_villages','tourism_models','dataset_info','journal']) AS t
                """).first
            let (user, writable) = try row?.decode((String, Bool).self) ?? ("?", false)
            return (user, writable ? .writable : .readOnly(.dbReadOnlyRole, [SafeText.field(user)]))
        }
        try listen()
        Thread.detachNewThread { [weak self] in
            while true {
                sleep(1)
                guard let self else { return }
                self.retry()
            }
        }
    }

    /// Opens the listening connection.
    func listen() throws {
        let listener = try PGListener(url: url, channel: PGSchema.channel, onNotice: { [weak self] in self?.heard($0) },
                                      onClose: { [weak self] in self?.lost() })
        state.withLock { $0.listener = listener }
    }

    deinit {
        state.withLock { $0.listener }?.close()
        link.close()
    }

    public var location: String { url.shown }
    public var user: String? { role }
    public var health: StoreHealth { state.withLock { $0.health } }
    /// Drafts of open forms stay on this machine, one folder per database (`$XDG_STATE_HOME/ocop/drafts/HOST-PORT-DB`).
    public var draftsDirectory: URL? {
        let env = ProcessInfo.processInfo.environment
        guard let base = env["XDG_STATE_HOME"].map({ URL(fileURLWithPath: $0) })
                ?? env["HOME"].map({ URL(fileURLWithPath: $0).appendingPathComponent(".local/state") }) else { return nil }
        let name = "\(url.host)-\(url.port)-\(url.database)".map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." ? $0 : "_" }
        let dir = base.appendingPathComponent("ocop/drafts/" + String(name))
        return (try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)) != nil ? dir : nil
    }

    /// A notification: `{"s": token, "k": recordsKey, "id": id}` or `{"s": token, "all": true}`.
    func heard(_ payload: String) {
        guard let obj = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any] else { return }
        if obj["s"] as? String == token { return }
        heard.withLock { h in
            if obj["all"] as? Bool == true { h.all = true; return }
            guard let k = obj["k"] as? String, let id = obj["id"] as? String,
                  let f = DatasetFile.allCases.first(where: { $0.recordsKey == k }) else { return }
            h.records[f, default: []].insert(id)
        }
    }

    /// The listening connection closed: the banner goes up and everything is read again once it is back.
    func lost() {
        state.withLock { s in
            if !s.closed, case .connected = s.health { s.health = .lost(url.shown) }
            s.listener = nil
        }
        heard.withLock { $0.all = true }
        link.close()
    }

    /// Tries to connect again (every second while the connection is lost).
    func retry() {
        guard case .lost = health, !state.withLock({ $0.closed }) else { return }
        do {
            try link.exclusive { l in _ = try l.query("SELECT 1") }
            try listen()
            heard.withLock { $0.all = true }
            state.withLock { $0.health = .connected }
        } catch {
            link.close()
        }
    }

    public func load() -> LoadResult {
        do { return try loadChecked() } catch { return LoadResult.of(nil, problems: [PGTransfer.problem(error)]) }
    }

    /// Reads everything; a database that holds no data yet, or a record that cannot be read, is an error saying so.
    public func loadChecked() throws -> LoadResult {
        var versions: PGTransfer.Versions = [:]
        let ds = try link.exclusive { l in try PGTransfer.readAll(l, versions: &versions) }
        heard.withLock { $0 = ([:], false) }
        mirror.withLock { $0 = (ds, versions) }
        return LoadResult.of(ds, problems: DatasetValidator.validate(ds))
    }

    public func pendingChange() -> StoreChange? {
        heard.withLock { h in
            if h.all { return StoreChange(files: DatasetFile.allCases, records: nil) }
            guard !h.records.isEmpty else { return nil }
            let out = StoreChange(files: DatasetFile.allCases.filter { h.records[$0] != nil }, records: h.records)
            h.records = [:]
            return out
        }
    }

    public func reload(_ change: StoreChange) -> LoadResult {
        guard let records = change.records, mirror.withLock({ $0.dataset != nil }) else { return load() }
        do {
            let fetched = try link.exclusive { l in try records.map { (file: $0.key, got: try PGTransfer.fetch($0.key, ids: $0.value, l)) } }
            // Applied to the data as it is now (this process may have committed meanwhile).
            let ds: Dataset? = try mirror.withLock { m in
                guard var ds = m.dataset else { return nil }
                for (file, got) in fetched {
                    if let info = got.info { ds.info = info }
                    for r in got.records {
                        try RecordCodec.apply(RecordChange(file: file, id: r.id, before: nil, after: r.data), to: &ds)
                        m.versions[file, default: [:]][r.id] = r.version
                    }
                }
                m.dataset = ds
                return ds
            }
            guard let ds else { return load() }
            return LoadResult.of(ds, problems: DatasetValidator.validate(ds))
        } catch {
            heard.withLock { $0.all = true }
            return LoadResult.of(mirror.withLock { $0.dataset }, problems: [])
        }
    }

    public func commit(_ change: RecordChange, user: String, action: String?) throws -> CommitReport {
        if case .lost = health { throw DatabaseError(kind: .lost, shown: url.shown) }
        if case .readOnly = access { throw DatabaseError(kind: .other(.dbReadOnlyRole, [SafeText.field(role)]), shown: url.shown) }
        let lines = JournalEntry.lines(for: change, user: user, action: action)
        let payload = String(decoding: (try? JSONSerialization.data(withJSONObject: ["s": token, "k": change.file.recordsKey, "id": change.id],
                                                                     options: [.sortedKeys])) ?? Data(), as: UTF8.self)
        // The version this process has of the record, when the change starts from the record as this process has it.
        let expected: Int64? = mirror.withLock { m in
            guard let before = change.before, let ds = m.dataset, RecordCodec.current(change.file, id: change.id, in: ds) == before else { return nil }
            return m.versions[change.file]?[change.id]
        }
        let written = try link.transaction { l in
            try PGTransfer.commit(change, expected: expected, journal: lines, notify: payload, l)
        }
        mirror.withLock { m in
            guard m.dataset != nil else { return }
            try? RecordCodec.apply(change, to: &m.dataset!)
            m.versions[change.file, default: [:]][change.id] = written.version
        }
        return CommitReport.written(written.bytes)
    }

    public func acknowledge(_ change: RecordChange, report: CommitReport) {}

    public func journal(limit: Int) -> [JournalEntry] {
        (try? link.exclusive { l in try PGTransfer.journal(limit: limit, l) }) ?? []
    }

    public func saveCost(_ file: DatasetFile) -> Int { 0 }

    /// Stops listening and closes the connections.
    public func close() {
        state.withLock { s -> PGListener? in
            s.closed = true
            defer { s.listener = nil }
            return s.listener
        }?.close()
        link.close()
    }
}

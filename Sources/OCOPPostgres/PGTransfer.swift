import Foundation
import OCOPModel
import OCOPText
import PostgresNIO

/// Reading and writing records and the journal in the database's tables (every call runs on a link the caller holds).
enum PGTransfer {
    /// A read failure as a loader problem (for the seam's `load`).
    static func problem(_ error: any Error) -> Problem {
        Problem(.error, file: (error as? RecordUnreadable)?.table ?? "postgresql", path: [], recordId: (error as? RecordUnreadable)?.id,
                .unreadable(.ioError))
    }

    /// A record in a table that does not decode as its kind.
    struct RecordUnreadable: Error, StoreMessage {
        var table: String
        var id: String?
        func message(_ lang: Language) -> String { Msg.dbInvalidRecord.text(lang, SafeText.field(id ?? "?"), table) }
    }

    /// Each record's version, per kind and id.
    typealias Versions = [DatasetFile: [String: Int64]]

    /// The records of a table in dataset order, joined into one JSON array and decoded in one pass with the loader's
    /// tape decoder; and each record's version.
    static func list<R: DatasetRecord>(_: R.Type, _ l: PGLink, versions: inout Versions) throws -> [R] {
        let t = PGSchema.table(R.file)
        let rows = try l.query(PostgresQuery(unsafeSQL: "SELECT id, version, doc::text FROM \(t) ORDER BY position, id"))
        var joined = Data("[".utf8)
        var v: [String: Int64] = [:]
        v.reserveCapacity(rows.count)
        for (i, r) in rows.enumerated() {
            let (id, version, doc) = try r.decode((String, Int64, String).self)
            v[id] = version
            if i > 0 { joined.append(0x2C) }
            joined.append(contentsOf: doc.utf8)
        }
        joined.append(0x5D)
        versions[R.file] = v
        do { return try JSONRecords.decode([R].self, from: joined) } catch { throw RecordUnreadable(table: t, id: nil) }
    }

    /// Everything in the database as a dataset; nil data is refused with what to do.
    static func readAll(_ l: PGLink) throws -> Dataset {
        var versions: Versions = [:]
        return try readAll(l, versions: &versions)
    }

    /// Everything in the database as a dataset, with each record's version.
    static func readAll(_ l: PGLink, versions: inout Versions) throws -> Dataset {
        guard let infoDoc = try l.query("SELECT doc::text FROM dataset_info").first.map({ try $0.decode(String.self) }) else {
            throw DatabaseError(kind: .other(.dbEmpty, [l.url.shown]), shown: l.url.shown)
        }
        guard let info = try? JSONDecoder().decode(DatasetInfo.self, from: Data(infoDoc.utf8)) else {
            throw RecordUnreadable(table: "dataset_info", id: nil)
        }
        func list<R: DatasetRecord>(_ r: R.Type) throws -> [R] { try PGTransfer.list(r, l, versions: &versions) }
        return Dataset(info: info, units: try list(AdminUnit.self), agencies: try list(Agency.self), tasks: try list(ConclusionTask.self),
                       producers: try list(Producer.self), products: try list(Product.self), zones: try list(RawMaterialZone.self),
                       craftVillages: try list(CraftVillage.self), tourismModels: try list(TourismModel.self),
                       meetings: try list(Meeting.self))
    }

    /// The named records of one kind as they are now: canonical JSON and version (nil: deleted); for `dataset.json`
    /// the metadata.
    static func fetch(_ file: DatasetFile, ids: Set<String>, _ l: PGLink) throws -> (records: [(id: String, data: Data?, version: Int64?)], info: DatasetInfo?) {
        guard let type = file.recordType else {
            let doc = try l.query("SELECT doc::text FROM dataset_info").first.map { try $0.decode(String.self) }
            return ([], doc.flatMap { try? JSONDecoder().decode(DatasetInfo.self, from: Data($0.utf8)) })
        }
        let t = PGSchema.table(file)
        let rows = try l.query(PostgresQuery(unsafeSQL: "SELECT id, version, doc::text FROM \(t) WHERE id = ANY($1)", binds: bindings([Array(ids)])))
        var found: [String: (Data, Int64)] = [:]
        for r in rows {
            let (id, version, doc) = try r.decode((String, Int64, String).self)
            found[id] = (try canonical(Data(doc.utf8), as: type, table: t), version)
        }
        return (ids.sorted().map { (id: $0, data: found[$0]?.0, version: found[$0]?.1) }, nil)
    }

    /// A document decoded as its kind and encoded canonically.
    static func canonical(_ doc: Data, as type: any DatasetRecord.Type, table: String) throws -> Data {
        func open<R: DatasetRecord>(_: R.Type) throws -> Data {
            guard let r = try? JSONDecoder().decode(R.self, from: doc) else { throw RecordUnreadable(table: table, id: nil) }
            return RecordCodec.canonical(r)
        }
        return try open(type)
    }

    /// Bindings for a statement.
    static func bindings(_ values: [any PostgresEncodable]) throws -> PostgresBindings {
        var b = PostgresBindings()
        for v in values { try b.append(v) }
        return b
    }

    /// One record change in the transaction the caller opened: the row locked and compared with the version the
    /// change started from, written, journalled, announced. Returns the bytes of JSON written.
    static func commit(_ change: RecordChange, expected: Int64?, journal lines: [JournalEntry], notify payload: String,
                       _ l: PGLink) throws -> (bytes: Int, version: Int64?) {
        guard let type = change.file.recordType else { throw DatabaseError(kind: .other(.dbInvalidRecord, [change.id, "dataset_info"]), shown: l.url.shown) }
        let t = PGSchema.table(change.file)
        let row = try l.query(PostgresQuery(unsafeSQL: "SELECT version, doc::text FROM \(t) WHERE id = $1 FOR UPDATE", binds: bindings([change.id]))).first
        let locked = try row.map { try $0.decode((Int64, String).self) }
        // The row's version is the one the change started from: nobody changed it since. Otherwise the record itself
        // is compared (a colleague's change back to the same content is no conflict, as on files).
        let theirs = try locked.map { locked -> Data in
            if let expected, locked.0 == expected, let before = change.before { return before }
            return try canonical(Data(locked.1.utf8), as: type, table: t)
        }
        guard theirs == change.before else { throw EditConflict.of(change, theirs: theirs) }
        let doc = change.after.map { String(decoding: $0, as: UTF8.self) }
        var version: Int64?
        switch (theirs, doc) {
        case (_?, let doc?):
            version = try l.query(PostgresQuery(unsafeSQL: "UPDATE \(t) SET doc = $2::jsonb, version = version + 1 WHERE id = $1 RETURNING version",
                                                binds: bindings([change.id, doc]))).first?.decode(Int64.self)
        case (_?, nil):
            try l.query(PostgresQuery(unsafeSQL: "DELETE FROM \(t) WHERE id = $1", binds: bindings([change.id])))
        case (nil, let doc?):
            let added = try l.query(PostgresQuery(unsafeSQL: """
                INSERT INTO \(t) (id, position, version, doc) SELECT $1, coalesce(max(position), 0) + 1, 1, $2::jsonb FROM \(t) \
                ON CONFLICT (id) DO NOTHING RETURNING id
                """, binds: bindings([change.id, doc])))
            if added.first == nil {
                // A colleague added the same id meanwhile: theirs, as for an edit.
                let now = try l.query(PostgresQuery(unsafeSQL: "SELECT doc::text FROM \(t) WHERE id = $1", binds: bindings([change.id]))).first
                throw EditConflict.of(change, theirs: try now.map { try canonical(Data(try $0.decode(String.self).utf8), as: type, table: t) })
            }
            version = 1
        case (nil, nil):
            return (0, nil)
        }
        try insertJournal(lines, l)
        try l.query(PostgresQuery(unsafeSQL: "SELECT pg_notify('\(PGSchema.channel)', $1)", binds: bindings([payload])))
        return (doc?.utf8.count ?? 0, version)
    }

    /// Appends journal entries (in batches, in order).
    static func insertJournal(_ entries: [JournalEntry], _ l: PGLink) throws {
        var k = 0
        while k < entries.count {
            let batch = entries[k..<min(k + 500, entries.count)]
            var b = PostgresBindings()
            var rows: [String] = []
            for e in batch {
                let n = b.count
                rows.append("(" + (1...8).map { "$\(n + $0)" }.joined(separator: ", ") + ")")
                b.append(e.time); b.append(e.user); b.append(e.kind); b.append(e.id); b.append(e.field)
                b.append(e.before); b.append(e.after); b.append(e.action)
            }
            try l.query(PostgresQuery(unsafeSQL: "INSERT INTO journal (time, editor, kind, record_id, field, before, after, action) VALUES "
                                      + rows.joined(separator: ", "), binds: b))
            k += batch.count
        }
    }

    /// The latest journal entries, oldest first (all of them with `limit` nil).
    static func journal(limit: Int?, _ l: PGLink) throws -> [JournalEntry] {
        let cols = "time, editor, kind, record_id, field, before, after, action"
        let sql = limit.map { "SELECT \(cols) FROM (SELECT seq, \(cols) FROM journal ORDER BY seq DESC LIMIT \($0)) j ORDER BY seq" }
            ?? "SELECT \(cols) FROM journal ORDER BY seq"
        let rows = try l.query(PostgresQuery(unsafeSQL: sql))
        return try rows.map { r in
            let (time, user, kind, id, field, before, after, action) = try r.decode((String, String, String, String, String, String?, String?, String?).self)
            return JournalEntry(time: time, user: user, kind: kind, id: id, field: field, before: before, after: after, action: action)
        }
    }
}

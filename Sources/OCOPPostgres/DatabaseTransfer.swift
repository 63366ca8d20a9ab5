import Foundation
import OCOPModel
import OCOPText
import PostgresNIO

/// `ocop db import` and `ocop db export`: a whole dataset and its journal into and out of the database.
public enum DatabaseTransfer {
    /// What was moved.
    public struct Counts: Sendable, Equatable {
        public var records: Int
        public var journal: Int
    }

    /// How many records the database holds (0 for a database set up but empty).
    public static func recordCount(_ url: DatabaseURL) throws -> Int {
        let link = PGLink(url: url)
        defer { link.close() }
        return try link.exclusive { l in
            try PGSchema.check(l)
            let sum = PGSchema.recordFiles.map { "(SELECT count(*) FROM \(PGSchema.table($0)))" }.joined(separator: " + ")
            return try l.query(PostgresQuery(unsafeSQL: "SELECT (\(sum))::bigint")).first?.decode(Int.self) ?? 0
        }
    }

    /// Every line of a directory's journal, in order (lines that are not journal entries are left out).
    public static func readJournal(in dir: URL) -> [JournalEntry] {
        guard let data = try? Data(contentsOf: dir.appendingPathComponent(DatasetWriter.journalName)) else { return [] }
        let dec = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? dec.decode(JournalEntry.self, from: Data($0)) }
    }

    /// Loads a dataset (checked already) and its journal into the database in one transaction, replacing what is
    /// there when `replace`; colleagues' dashboards read everything again. Imported rows start at a version taken
    /// from the clock (milliseconds), so a version from before a `--replace` never matches one after it.
    public static func importData(_ ds: Dataset, journal: [JournalEntry], into url: DatabaseURL, replace: Bool) throws -> Counts {
        let link = PGLink(url: url)
        defer { link.close() }
        try link.exclusive { l in try PGSchema.check(l) }
        let counts = try link.transaction { l in
            let tables = (PGSchema.recordFiles + [.dataset]).map(PGSchema.table) + ["journal"]
            if replace { try l.query(PostgresQuery(unsafeSQL: "TRUNCATE \(tables.joined(separator: ", "))")) }
            let info = String(decoding: RecordCodec.canonical(ds.info), as: UTF8.self)
            try l.query(PostgresQuery(unsafeSQL: "INSERT INTO dataset_info (doc) VALUES ($1::jsonb)", binds: PGTransfer.bindings([info])))
            var n = 0
            func put<R: DatasetRecord>(_: R.Type) throws {
                let list = ds[keyPath: R.list]
                var k = 0
                while k < list.count {
                    let batch = list[k..<min(k + 5_000, list.count)]
                    let ids = batch.map(\.id)
                    let positions = Array((k + 1)...(k + batch.count))
                    let docs = batch.map { String(decoding: RecordCodec.canonical($0), as: UTF8.self) }
                    try l.query(PostgresQuery(unsafeSQL: """
                        INSERT INTO \(PGSchema.table(R.file)) (id, position, version, doc) \
                        SELECT i, p, (extract(epoch FROM clock_timestamp()) * 1000)::bigint, d::jsonb \
                        FROM unnest($1::text[], $2::bigint[], $3::text[]) AS x(i, p, d)
                        """, binds: PGTransfer.bindings([ids, positions, docs])))
                    k += batch.count
                }
                n += list.count
            }
            try put(AdminUnit.self); try put(Agency.self); try put(ConclusionTask.self); try put(Producer.self)
            try put(Product.self); try put(RawMaterialZone.self); try put(CraftVillage.self); try put(TourismModel.self); try put(Meeting.self)
            try PGTransfer.insertJournal(journal, l)
            try l.query(PostgresQuery(unsafeSQL: "SELECT pg_notify('\(PGSchema.channel)', $1)",
                                      binds: PGTransfer.bindings(["{\"all\":true,\"s\":\"import\"}"])))
            return Counts(records: n, journal: journal.count)
        }
        // Freshly loaded rows: their visibility settled and statistics gathered now, not on the first colleague's read.
        try link.exclusive { l in
            for f in PGSchema.recordFiles { try l.query(PostgresQuery(unsafeSQL: "VACUUM (ANALYZE) \(PGSchema.table(f))")) }
        }
        return counts
    }

    /// The database's data and journal, read in one snapshot.
    public static func read(_ url: DatabaseURL) throws -> (dataset: Dataset, journal: [JournalEntry]) {
        let link = PGLink(url: url)
        defer { link.close() }
        try link.exclusive { l in try PGSchema.check(l) }
        return try link.exclusive { l in
            try l.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
            defer { _ = try? l.query("COMMIT") }
            return (try PGTransfer.readAll(l), try PGTransfer.journal(limit: nil, l))
        }
    }

    /// Writes a dataset and its journal into a directory as `ocop` writes files.
    public static func write(_ ds: Dataset, journal: [JournalEntry], to dir: URL) throws {
        try DatasetEncoder.write(ds, to: dir)
        if !journal.isEmpty { try DatasetWriter.journal(journal, in: dir) }
    }
}

import Foundation
import OCOPModel
import OCOPText
import PostgresNIO

/// The database's tables and their versioned migrations. Each record kind has a table of rows
/// (id, position in the dataset, version, the record's canonical JSON as JSONB) with typed columns generated from
/// the JSON for what is filtered and joined, each indexed; `journal` holds the change journal; `schema_version`
/// says which migrations ran.
public enum PGSchema {
    /// The table of each record file.
    public static func table(_ file: DatasetFile) -> String {
        switch file {
        case .dataset: "dataset_info"
        case .units: "units"
        case .agencies: "agencies"
        case .tasks: "tasks"
        case .producers: "producers"
        case .products: "products"
        case .zones: "zones"
        case .craftVillages: "craft_villages"
        case .tourismModels: "tourism_models"
        case .meetings: "meetings"
        }
    }

    /// The record files (every file but `dataset.json`).
    public static let recordFiles = DatasetFile.allCases.filter { $0 != .dataset }

    /// Typed columns generated from each kind's JSON: (column, SQL type, JSON field).
    static let typedColumns: [DatasetFile: [(String, String, String)]] = [
        .units: [("level", "text", "level"), ("parent_id", "text", "parentId")],
        .agencies: [("level", "text", "level")],
        .tasks: [("ordinal", "integer", "ordinal"), ("lead_agency_id", "text", "leadAgencyId")],
        .producers: [("type", "text", "type"), ("commune_id", "text", "communeId")],
        .products: [("producer_id", "text", "producerId"), ("commune_id", "text", "communeId"), ("product_group", "text", "group"),
                    ("cycle_step", "integer", "cycleStep"), ("registered_year", "integer", "registeredYear")],
        .zones: [("kind", "text", "kind"), ("commodity", "text", "commodity")],
        .craftVillages: [("commune_id", "text", "communeId"), ("recognition", "text", "recognition")],
        .tourismModels: [("commune_id", "text", "communeId"), ("operator_producer_id", "text", "operatorProducerId"),
                         ("zone_id", "text", "zoneId")],
    ]

    /// The kinds migration 1 made tables for (later kinds come with later migrations).
    static let firstFiles: [DatasetFile] = [.units, .agencies, .tasks, .producers, .products, .zones, .craftVillages, .tourismModels]

    /// The statements that make one kind's table and its indexes.
    static func tableStatements(_ f: DatasetFile) -> [String] {
        var sql: [String] = []
        let t = table(f)
        var cols = ["id text PRIMARY KEY", "position bigint NOT NULL", "version bigint NOT NULL DEFAULT 1", "doc jsonb NOT NULL"]
        for (c, type, field) in typedColumns[f] ?? [] {
            let expr = type == "text" ? "(doc->>'\(field)')" : "((doc->>'\(field)')::\(type))"
            cols.append("\(c) \(type) GENERATED ALWAYS AS \(expr) STORED")
        }
        sql.append("CREATE TABLE \(t) (\(cols.joined(separator: ", ")))")
        sql.append("CREATE INDEX \(t)_position ON \(t) (position)")
        for (c, _, _) in typedColumns[f] ?? [] { sql.append("CREATE INDEX \(t)_\(c) ON \(t) (\(c))") }
        return sql
    }

    /// Migration 2: the meetings of review conferences (issue 14).
    static var migration2: [String] { tableStatements(.meetings) }

    /// Migration 1: the tables, the journal and their indexes.
    static var migration1: [String] {
        var sql: [String] = []
        for f in firstFiles { sql += tableStatements(f) }
        sql.append("CREATE TABLE dataset_info (only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row), version bigint NOT NULL DEFAULT 1, doc jsonb NOT NULL)")
        sql.append("""
            CREATE TABLE journal (seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, time text NOT NULL, editor text NOT NULL, \
            kind text NOT NULL, record_id text NOT NULL, field text NOT NULL, before text, after text, action text)
            """)
        sql.append("CREATE INDEX journal_record ON journal (kind, record_id)")
        return sql
    }

    /// Every migration, in order: migration n brings the schema from version n-1 to n.
    static var migrations: [[String]] { [migration1, migration2] }

    /// The schema version this build reads and writes.
    public static var currentVersion: Int { migrations.count }

    /// The channel colleagues' commits are announced on.
    static let channel = "ocop_changes"

    /// The schema version of a database, nil when it was never set up for ocop.
    static func version(_ link: PGLink) throws -> Int? {
        let rows = try link.query("SELECT to_regclass('schema_version') IS NOT NULL")
        guard let exists = try rows.first?.decode(Bool.self), exists else { return nil }
        let v = try link.query("SELECT coalesce(max(version), 0) FROM schema_version")
        return try v.first?.decode(Int.self) ?? 0
    }

    /// Refuses a database that is not set up, or set up by a newer or older ocop, saying what to do.
    static func check(_ link: PGLink) throws {
        let shown = link.url.shown
        guard let v = try version(link), v > 0 else { throw DatabaseError(kind: .other(.dbNotSetUp, [shown]), shown: shown) }
        if v > currentVersion { throw DatabaseError(kind: .other(.dbNewerSchema, [shown, "\(v)", "\(currentVersion)"]), shown: shown) }
        if v < currentVersion { throw DatabaseError(kind: .other(.dbOlderSchema, [shown, "\(v)", "\(currentVersion)"]), shown: shown) }
    }

    /// Sets up a database or brings it to the current version (each migration in its own transaction); returns the
    /// version before and after. A database set up by a newer ocop is refused untouched.
    public static func initialize(_ url: DatabaseURL) throws -> (before: Int, after: Int) {
        let link = PGLink(url: url)
        defer { link.close() }
        return try link.exclusive { l in
            // One ocop at a time sets a database up.
            try l.query("SELECT pg_advisory_lock(4242015)")
            defer { _ = try? l.query("SELECT pg_advisory_unlock(4242015)") }
            let before = try version(l) ?? 0
            if before > currentVersion {
                throw DatabaseError(kind: .other(.dbNewerSchema, [url.shown, "\(before)", "\(currentVersion)"]), shown: url.shown)
            }
            if before == 0 {
                try l.query("CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())")
            }
            for (i, steps) in migrations.enumerated() where i + 1 > before {
                try l.query("BEGIN")
                do {
                    for s in steps { try l.query(PostgresQuery(unsafeSQL: s)) }
                    try l.query("INSERT INTO schema_version (version) VALUES (\(i + 1))")
                    try l.query("COMMIT")
                } catch {
                    _ = try? l.query("ROLLBACK")
                    throw error
                }
            }
            return (before, currentVersion)
        }
    }
}

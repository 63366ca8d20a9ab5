import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPPostgres
import PostgresNIO

/// What only the database store has: addresses, the schema's refusals, import and export, TLS, roles, and a
/// server that goes away mid-session.
@Suite struct PostgresOnlyTests {
    @Test func addressesAreReadAsLibpqReadsThemAndPasswordsNeverShown() throws {
        let u = try DatabaseURL("postgresql://lan:m%E1%BA%ADt-kh%E1%BA%A9u@db.dongnai.example:6543/ocop?sslmode=verify-full&sslrootcert=/etc/ca.pem", environment: [:])
        #expect(u.user == "lan" && u.password == "mật-khẩu" && u.host == "db.dongnai.example" && u.port == 6543 && u.database == "ocop")
        #expect(u.sslMode == .verifyFull && u.rootCertificate == "/etc/ca.pem")
        #expect(!u.shown.contains("m%E1") && !u.shown.contains("mật") && u.shown.contains("lan:***@"))
        let d = try DatabaseURL("postgres://minh@localhost", environment: [:])
        #expect(d.port == 5432 && d.database == "minh" && d.sslMode == .prefer && d.password == nil)
        #expect(try DatabaseURL("postgresql:///ocop?sslmode=require", environment: ["USER": "thu"]).user == "thu")
        #expect(try DatabaseURL("postgresql://a@h/d?sslmode=disable", environment: [:]).sslMode == .disable)
        #expect(try DatabaseURL("postgresql://a@h/d?sslmode=verify-ca", environment: [:]).sslMode == .verifyCA)
        for bad in ["mysql://a@h/d", "postgresql://a:secret@h/d?sslmode=maybe", "postgresql://a:secret@h:99999/d", "postgresql://a@h/d?foo=1"] {
            do {
                _ = try DatabaseURL(bad, environment: [:])
                Issue.record("accepted \(bad)")
            } catch let e as DatabaseURL.Invalid {
                #expect(!e.message(.vi).contains("secret") && !e.message(.en).contains("secret"), "\(e.message(.en))")
                #expect(e.message(.en) != e.message(.vi))
            }
        }
        #expect(DatabaseURL.mask("postgresql://a:hunter2@h/d?password=hunter2") == "postgresql://a:***@h/d?password=***")
    }

    @Test func aDatabaseNotSetUpOrSetUpByANewerOcopIsRefused() throws {
        guard let c = Fixtures.cluster() else { return }
        let name = try c.createDatabase("schema")
        let url = try DatabaseURL(c.url(name))
        do { _ = try PostgresStore(url: url); Issue.record("opened") } catch let e as DatabaseError {
            #expect(e.message(.en).contains("not set up") && e.message(.en).contains("ocop db init"))
            #expect(!e.message(.vi).contains(c.password))
        }
        let first = try PGSchema.initialize(url), second = try PGSchema.initialize(url)
        #expect(first.before == 0 && first.after == PGSchema.currentVersion)
        #expect(second.before == PGSchema.currentVersion && second.after == PGSchema.currentVersion)
        // Set up but empty: says to import.
        let empty = try PostgresStore(url: url)
        do { _ = try empty.loadChecked(); Issue.record("loaded") } catch let e as DatabaseError { #expect(e.message(.en).contains("ocop db import")) }
        empty.close()
        try c.sql("INSERT INTO schema_version (version) VALUES (99)", database: name)
        do { _ = try PostgresStore(url: url); Issue.record("opened") } catch let e as DatabaseError {
            #expect(e.message(.en).contains("newer ocop") && e.message(.vi).contains("mới hơn"))
        }
        #expect(throws: DatabaseError.self) { _ = try PGSchema.initialize(url) }
    }

    /// Import then export gives back the directory `ocop` wrote, byte for byte, journal included.
    func roundTrip(_ ds: Dataset, journal: [JournalEntry], label: String) throws {
        guard let c = Fixtures.cluster() else { return }
        let source = RepoPaths.temporaryDirectory("\(label)-in")
        let out = RepoPaths.temporaryDirectory("\(label)-out")
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: out) }
        try DatabaseTransfer.write(ds, journal: journal, to: source)
        let url = try DatabaseURL(c.url(try c.createDatabase(label)))
        _ = try PGSchema.initialize(url)
        let loaded = try #require(DatasetLoader.load(directory: source).dataset)
        let n = try DatabaseTransfer.importData(loaded, journal: DatabaseTransfer.readJournal(in: source), into: url, replace: false)
        #expect(n.journal == journal.count)
        let (back, j) = try DatabaseTransfer.read(url)
        try DatabaseTransfer.write(back, journal: j, to: out)
        for f in DatasetFile.allCases.map(\.rawValue) + (journal.isEmpty ? [] : [DatasetWriter.journalName]) {
            let a = try Data(contentsOf: source.appendingPathComponent(f)), b = try Data(contentsOf: out.appendingPathComponent(f))
            #expect(a == b, "\(f) differs after import → export")
        }
    }

    @Test func theSampleAndAGeneratedDatasetRoundTripByteForByte() throws {
        let journal = [JournalEntry(time: "2026-11-29T11:12:41Z", user: "lan", kind: "products", id: "sp-003", field: "name",
                                    before: "Bưởi", after: "Bưởi Tân Triều", action: "edit"),
                       JournalEntry(time: "2026-11-29T11:13:00Z", user: "minh", kind: "tasks", id: "nv-2", field: "notes",
                                    before: nil, after: "[{\"id\":\"nv-2.gc-1\"}]", action: "note")]
        try roundTrip(try Fixtures.sample(), journal: journal, label: "rt-sample")
        try roundTrip(DatasetGenerator.generate(products: 3_000, seed: 7), journal: [], label: "rt-generated")
    }

    @Test func replaceLoadsOverWhatIsThere() throws {
        guard let url = try Fixtures.database("replace", try Fixtures.sample()) else { return }
        #expect(try DatabaseTransfer.recordCount(url) > 0)
        let small = DatasetGenerator.generate(products: 10, seed: 3)
        _ = try DatabaseTransfer.importData(small, journal: [], into: url, replace: true)
        #expect(try DatabaseTransfer.read(url).dataset == small)
    }

    @Test func requireEncryptsDisableDoesNotVerifyFullRejectsASelfSignedCertificate() throws {
        guard let c = Fixtures.cluster() else { return }
        let name = try c.createDatabase("tls")
        func encrypted(_ mode: String) throws -> Bool {
            let link = PGLink(url: try DatabaseURL(c.url(name, sslMode: mode)))
            defer { link.close() }
            return try link.exclusive { l in try l.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.decode(Bool.self) ?? false }
        }
        #expect(try encrypted("require"))
        #expect(try !encrypted("disable"))
        do { _ = try encrypted("verify-full"); Issue.record("a self-signed certificate was trusted") } catch let e as DatabaseError {
            #expect(e.message(.en).contains("Cannot connect"))
            #expect(!e.message(.en).contains(c.password))
        }
        // With the certificate as the trusted root, verify-ca accepts it.
        let link = PGLink(url: try DatabaseURL(c.url(name, sslMode: "verify-ca") + "&sslrootcert=\(c.directory.path)/server.crt"))
        defer { link.close() }
        #expect(try link.exclusive { l in try l.query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").first?.decode(Bool.self) } == true)
    }

    @Test func aRoleWithoutWriteRightsOpensReadOnly() throws {
        guard let c = Fixtures.cluster(), let url = try Fixtures.database("readonly", try Fixtures.sample()) else { return }
        try c.grantRead(url.database)
        let reader = try PostgresStore(url: try DatabaseURL(c.url(url.database, user: "reader")))
        defer { reader.close() }
        #expect(reader.user == "reader")
        #expect(reader.access.reason(.en)?.contains("reader") == true)
        let ds = try #require(reader.load().dataset)
        var p = ds.products[0]
        p.name = "x"
        #expect(throws: DatabaseError.self) { try reader.commit(RecordChange(before: ds.products[0], after: p), user: "reader", action: .edit) }
    }

    @Test func aServerRefusalIsASaveErrorWithItsMessageAndSQLState() throws {
        guard let c = Fixtures.cluster(), let url = try Fixtures.database("refusal", try Fixtures.sample()) else { return }
        try c.sql("ALTER TABLE products ADD CONSTRAINT short_names CHECK (length(doc->>'name') < 40)", database: url.database)
        let store = try PostgresStore(url: url)
        defer { store.close() }
        let ds = try #require(store.load().dataset)
        var p = ds.products[0]
        p.name = String(repeating: "Mật ong ", count: 8)
        do {
            try store.commit(RecordChange(before: ds.products[0], after: p), user: "lan", action: .edit)
            Issue.record("saved")
        } catch let e as DatabaseError {
            #expect(e.sqlState == "23514")
            #expect(e.message(.en).contains("short_names") && e.message(.en).contains("SQLSTATE 23514"))
        }
        #expect(store.journal(limit: 5).isEmpty)
    }

    @Test func aServerStoppedMidSessionIsRetriedAndTheSameSaveWorksOnceItIsBack() throws {
        guard Fixtures.cluster() != nil else { return }
        // A cluster of its own: stopping the shared one would stop the other tests' server.
        let c = try PostgresCluster(durable: true)
        let name = try c.createDatabase("lost")
        let url = try DatabaseURL(c.url(name))
        _ = try PGSchema.initialize(url)
        _ = try DatabaseTransfer.importData(try Fixtures.sample(), journal: [], into: url, replace: false)
        let store = try PostgresStore(url: url)
        defer { store.close() }
        let ds = try #require(store.load().dataset)
        var p = ds.products[0]
        p.name = "Lưu sau khi máy chủ trở lại"
        let change = RecordChange(before: ds.products[0], after: p)
        try c.stop()
        var deadline = Date().addingTimeInterval(5)
        while store.health == .connected && Date() < deadline { usleep(50_000) }
        guard case .lost = store.health else { Issue.record("the lost connection was not noticed"); return }
        do { try store.commit(change, user: "lan", action: .edit); Issue.record("saved while the server was down") } catch let e as DatabaseError {
            #expect(e.kind == .lost && e.message(.en).contains("press Enter again"))
        }
        try c.start()
        deadline = Date().addingTimeInterval(10)
        while store.health != .connected && Date() < deadline { usleep(100_000) }
        #expect(store.health == .connected)
        // Everything is read again after a lost connection.
        #expect(store.pendingChange()?.records == nil)
        try store.commit(change, user: "lan", action: .edit)
        #expect(try PostgresStore(url: url).load().dataset?.products[0].name == p.name)
    }

    @Test func versionsCountCommitsAndAReplacedDatabaseIsNeverTakenForTheOldOne() throws {
        guard let c = Fixtures.cluster(), let url = try Fixtures.database("versions", try Fixtures.sample()) else { return }
        let a = try PostgresStore(url: url), b = try PostgresStore(url: url)
        defer { a.close(); b.close() }
        let ds = try #require(a.load().dataset)
        _ = b.load()
        let id = ds.products[4].id
        func version() throws -> Int64 { Int64(try c.sql("SELECT version FROM products WHERE id = '\(id)'", database: url.database)) ?? -1 }
        let v0 = try version()
        var p = ds.products[4]
        p.name = "Tạm đổi"
        try a.commit(RecordChange(before: ds.products[4], after: p), user: "lan", action: .edit)
        #expect(try version() == v0 + 1)
        // A colleague's change back to the same content: b's edit from that content is no conflict, as on files.
        try a.commit(RecordChange(before: p, after: ds.products[4]), user: "lan", action: .undo)
        #expect(try version() == v0 + 2)
        var q = ds.products[4]
        q.name = "Bình sửa"
        try b.commit(RecordChange(before: ds.products[4], after: q), user: "binh", action: .edit)
        #expect(try version() == v0 + 3)
        // The whole database replaced (same ids, other content): a store still holding the old data conflicts.
        var other = try Fixtures.sample()
        other.products[4].name = "Sau khi nhập lại"
        _ = try DatabaseTransfer.importData(other, journal: [], into: url, replace: true)
        var r = q
        r.name = "Bình sửa tiếp"
        #expect(throws: EditConflict.self) { try b.commit(RecordChange(before: q, after: r), user: "binh", action: .edit) }
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel
import Spawn

/// The real binary on a PostgreSQL database: the `db` commands, two dashboards seeing each other's saves, a
/// read-only role, and writers killed in the middle of commits.
@Suite(.serialized) struct PostgresEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    /// The shared cluster, or nil after saying SKIP (a failure where CI requires the server).
    func cluster() throws -> PostgresCluster? {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build first: `make test` runs `swift build --product ocop`")
        if let c = PostgresCluster.shared { return c }
        print("SKIP (PostgreSQL): \(PostgresCluster.unavailableReason)")
        if PostgresCluster.required { Issue.record("CI=true but no PostgreSQL cluster: \(PostgresCluster.unavailableReason)") }
        return nil
    }

    func ocop(_ args: [String]) throws -> ProcessResult { try runProcess(RepoPaths.binary, args) }

    /// The sample as `ocop` writes it (the directory export must reproduce).
    func sampleAsWritten(_ label: String) throws -> URL {
        let dir = RepoPaths.temporaryDirectory(label)
        try DatasetEncoder.write(try #require(DatasetLoader.load(directory: RepoPaths.sample).dataset), to: dir)
        return dir
    }

    /// A new database with the sample imported; its address.
    func database(_ c: PostgresCluster, _ label: String) throws -> String {
        let url = c.url(try c.createDatabase(label))
        let dir = try sampleAsWritten("\(label)-src")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try ocop(["db", "init", "--db", url]).status == 0)
        #expect(try ocop(["db", "import", dir.path, "--db", url]).status == 0)
        return url
    }

    @Test func theDbCommands() throws {
        guard let c = try cluster() else { return }
        let url = c.url(try c.createDatabase("cmds"))
        let source = try sampleAsWritten("db-src")
        let out = RepoPaths.temporaryDirectory("db-out")
        defer { try? FileManager.default.removeItem(at: source); try? FileManager.default.removeItem(at: out) }
        // Not set up yet: every command says to run `ocop db init`.
        let early = try ocop(["validate", "--db", url])
        #expect(early.status == 2 && early.stderr.contains("ocop db init"), "\(early.stderr)")
        let initialized = try ocop(["db", "init", "--db", url])
        #expect(initialized.status == 0 && initialized.stdout.contains("lược đồ phiên bản 2"))
        #expect(!(initialized.stdout + initialized.stderr).contains(c.password), "the password was printed")
        // A broken directory is refused with the loader's messages; nothing is imported.
        let broken = RepoPaths.temporaryDirectory("db-broken")
        defer { try? FileManager.default.removeItem(at: broken) }
        try FileManager.default.copyItem(at: source, to: broken.appendingPathComponent("d"))
        let products = broken.appendingPathComponent("d/products.json")
        try String(contentsOf: products, encoding: .utf8).replacingOccurrences(of: "\"cycleStep\": 6", with: "\"cycleStep\": 9")
            .replacingOccurrences(of: "\"cycleStep\" : 6", with: "\"cycleStep\" : 9")
            .write(to: products, atomically: true, encoding: .utf8)
        let refused = try ocop(["db", "import", broken.appendingPathComponent("d").path, "--db", url])
        #expect(refused.status == 2 && refused.stderr.contains("cycleStep") && refused.stderr.contains("Không nhập"), "\(refused.stderr)")
        #expect(try c.sql("SELECT count(*) FROM products", database: String(url.split(separator: "/").last!.split(separator: "?")[0])) == "0")
        // Import, refuse a second import, then replace.
        let imported = try ocop(["db", "import", source.path, "--db", url])
        #expect(imported.status == 0 && imported.stdout.contains("Đã nhập"), "\(imported.stderr)")
        let again = try ocop(["db", "import", source.path, "--db", url, "--lang", "en"])
        #expect(again.status == 2 && again.stderr.contains("--replace") && again.stderr.contains("already holds data"), "\(again.stderr)")
        #expect(try ocop(["db", "import", source.path, "--db", url, "--replace"]).status == 0)
        // validate and report read the database as they read a directory.
        #expect(try ocop(["validate", "--db", url]).status == 0)
        let dirReport = try ocop(["report", source.path, "--as-of", "29/11/2026", "--format", "csv"])
        let dbReport = try ocop(["report", "--db", url, "--as-of", "29/11/2026", "--format", "csv"])
        #expect(dbReport.status == 0 && dbReport.stdout == dirReport.stdout)
        // OCOP_DATABASE_URL works as --db does.
        let env = try runProcess(RepoPaths.binary, ["validate"], environment: ProcessInfo.processInfo.environment.merging(["OCOP_DATABASE_URL": url]) { $1 })
        #expect(env.status == 0 && env.stdout.contains("127.0.0.1") && !env.stdout.contains(c.password))
        // Export: byte for byte what was imported; a directory with data is refused.
        let exported = try ocop(["db", "export", out.path, "--db", url])
        #expect(exported.status == 0, "\(exported.stderr)")
        for f in DatasetFile.allCases.map(\.rawValue) {
            #expect(try Data(contentsOf: source.appendingPathComponent(f)) == Data(contentsOf: out.appendingPathComponent(f)), "\(f) differs")
        }
        #expect(try ocop(["db", "export", out.path, "--db", url]).status == 2)
        // A bad address says what is wrong and never prints the password.
        let bad = try ocop(["validate", "--db", "postgresql://ocop:\(c.password)@127.0.0.1:\(c.port)/x?sslmode=sometimes"])
        #expect(bad.status == 2 && bad.stderr.contains("sslmode") && !bad.stderr.contains(c.password))
    }

    @Test func twoDashboardsSeeEachOthersSavesAndConflictAsOnFiles() throws {
        guard let c = try cluster() else { return }
        let url = try database(c, "two")
        let db = String(url.split(separator: "/").last!.split(separator: "?")[0])
        let a = try TmuxSession(width: 100, height: 30)
        defer { a.kill() }
        let b = try TmuxSession(width: 100, height: 30)
        defer { b.kill() }
        // An has no --editor: the journal names the database role.
        a.sendLine("\(binary) --db '\(url)'")
        b.sendLine("\(binary) --editor binh --db '\(url)'")
        #expect(a.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        #expect(b.waitFor { $0.contains("Sản phẩm theo khu vực") }.ok)
        a.send("5", "e", "C-u")
        b.send("5", "j", "e", "C-u")
        a.sendLiteral("HTX của An")
        b.sendLiteral("HTX của Bình")
        a.send("Enter")
        #expect(a.waitFor { $0.contains("Đã lưu: producers.json") }.ok)
        b.send("Enter")
        #expect(b.waitFor { $0.contains("Đã lưu: producers.json") }.ok)
        #expect(try c.sql("SELECT string_agg(doc->>'name', '|' ORDER BY position) FROM (SELECT * FROM producers ORDER BY position LIMIT 2) p",
                          database: db) == "HTX của An|HTX của Bình")
        // Each sees the other's save live.
        #expect(a.waitFor(timeout: 5) { $0.contains("HTX của Bình") }.ok)
        #expect(b.waitFor(timeout: 5) { $0.contains("HTX của An") }.ok)
        #expect(try c.sql("SELECT string_agg(DISTINCT editor, ',' ORDER BY editor) FROM journal", database: db) == "binh,ocop")
        // The same record: B's save shows the conflict.
        a.send("j", "e", "C-u")
        a.sendLiteral("Tên của An")
        b.send("e", "C-u")
        b.sendLiteral("Tên của Bình")
        #expect(b.waitFor { $0.contains("Sửa chủ thể") && $0.contains("Tên của Bình") }.ok)
        #expect(a.waitFor { $0.contains("Sửa chủ thể") && $0.contains("Tên của An") }.ok)
        a.send("Enter")
        #expect(a.waitFor { $0.contains("Đã lưu") }.ok)
        b.send("Enter")
        let conflict = b.waitFor { $0.contains("Xung đột khi lưu") }
        #expect(conflict.ok, "\(conflict.screen)")
        b.send("m")
        #expect(b.waitFor { $0.contains("Đã lưu") }.ok)
        #expect(try c.sql("SELECT doc->>'name' FROM producers ORDER BY position OFFSET 1 LIMIT 1", database: db) == "Tên của Bình")
        a.send("q")
        b.send("q")
    }

    @Test func aRoleWithoutWriteRightsOpensReadOnly() throws {
        guard let c = try cluster() else { return }
        let url = try database(c, "reader")
        let db = String(url.split(separator: "/").last!.split(separator: "?")[0])
        try c.grantRead(db)
        let t = try TmuxSession(width: 120, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) --lang en --db '\(c.url(db, user: "reader"))'")
        let opened = t.waitFor { $0.contains("READ-ONLY") && $0.contains("reader") }
        #expect(opened.ok, "\(opened.screen)")
        t.send("5", "e")
        let said = t.waitFor { $0.contains("may not write") }
        #expect(said.ok, "\(said.screen)")
        t.send("q")
    }

    @Test func writersKilledMidCommitNeverLoseAnAcknowledgedSave() throws {
        guard let c = try cluster() else { return }
        let url = try database(c, "crash")
        let db = String(url.split(separator: "/").last!.split(separator: "?")[0])
        let dir = RepoPaths.temporaryDirectory("pg-crash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("saved.log")
        func version() throws -> Int {
            let text = try c.sql("SELECT coalesce((SELECT n->>'text' FROM tasks, jsonb_array_elements(doc->'notes') n WHERE id = 'nv-1' AND n->>'id' = 'nv-1.gc-v'), 'v=0')",
                                 database: db)
            return Int(text.dropFirst(2)) ?? -1
        }
        var previous = 0
        let rounds = 10
        for round in 0..<rounds {
            let pid = try startProcess(RepoPaths.binary, ["_crash-writer", "-", log.path, "--db", url])
            let start = Date()
            while (try? String(contentsOf: log, encoding: .utf8))?.contains("\n") != true && Date().timeIntervalSince(start) < 10 { usleep(2_000) }
            usleep(useconds_t(Int.random(in: 0...100_000)))
            kill(pid, SIGKILL)
            _ = waitForProcess(pid)
            let stored = try version()
            let logged = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) } ?? previous
            #expect(stored >= logged, "round \(round): saved v\(logged) but the database holds v\(stored)")
            #expect(stored <= logged + 1, "round \(round): the database holds v\(stored), beyond v\(logged)+1")
            #expect(stored >= previous, "round \(round): went back from v\(previous) to v\(stored)")
            previous = stored
            try? FileManager.default.removeItem(at: log)
        }
        #expect(previous > rounds / 2, "the writers saved only \(previous) versions")
        // Every acknowledged version was journalled with it, and the data still validates.
        #expect(Int(try c.sql("SELECT count(DISTINCT after) FROM journal WHERE record_id = 'nv-1' AND field = 'notes'", database: db)) == previous)
        #expect(try ocop(["validate", "--db", url]).status == 0)
    }
}

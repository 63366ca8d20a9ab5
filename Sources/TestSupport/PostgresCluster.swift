import Foundation
import Spawn

/// A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` in a temporary directory (as the `postgres`
/// user when running as root), a free port on 127.0.0.1, a self-signed certificate (TLS on), a password role
/// `ocop` and a read-only role `reader`. A watchdog process stops the server and removes the directory when the
/// process that started it ends. Without PostgreSQL's programs there is no cluster (`shared` is nil).
public final class PostgresCluster: Sendable {
    /// The cluster's directory (data, certificate, socket, log).
    public let directory: URL
    public let port: Int
    /// The password of every role the cluster has.
    public let password = "s3cret-ocop"
    let bin: URL
    let asPostgres: Bool

    /// The shared cluster, or why it could not be started.
    static let outcome: Result<PostgresCluster, Failed> = {
        do { return .success(try PostgresCluster()) } catch { return .failure(Failed(description: "\(error)")) }
    }()

    /// The cluster shared by a test process, started on first use; nil when PostgreSQL is not installed.
    public static var shared: PostgresCluster? { try? outcome.get() }

    /// Why there is no cluster, for the SKIP line.
    public static var unavailableReason: String {
        if binDirectory() == nil { return "PostgreSQL is not installed (apt-get install -y postgresql)" }
        if case .failure(let e) = outcome { return "the cluster did not start: \(e)" }
        return "?"
    }

    /// Whether tests must have a cluster (CI=true).
    public static var required: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    static func binDirectory() -> URL? {
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).sorted { (Int($0) ?? 0) > (Int($1) ?? 0) }
        return versions.map { URL(fileURLWithPath: "\(root)/\($0)/bin") }.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("initdb").path) }
    }

    /// A free TCP port on 127.0.0.1 (bound and released).
    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    struct Failed: Error, CustomStringConvertible, Sendable { var description: String }

    /// Starts a new cluster (fsync off unless `durable`, as tests do not need it).
    public init(durable: Bool = false) throws {
        guard let bin = Self.binDirectory() else { throw Failed(description: "no PostgreSQL") }
        self.bin = bin
        asPostgres = getuid() == 0
        port = Self.freePort()
        let dir = URL(fileURLWithPath: "/tmp/ocop-pg-\(getpid())-\(UUID().uuidString.prefix(8))")
        directory = dir
        let data = dir.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try password.write(to: dir.appendingPathComponent("pw"), atomically: true, encoding: .utf8)
        if asPostgres { _ = try runProcess(URL(fileURLWithPath: "/bin/chown"), ["-R", "postgres:postgres", dir.path]) }
        try run("initdb", ["-D", data.path, "-U", "postgres", "--auth=scram-sha-256", "--pwfile=\(dir.path)/pw", "-E", "UTF8", "--locale=C.UTF-8"])
        let cert = try runProcess(URL(fileURLWithPath: "/usr/bin/openssl"), ["req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=ocop-test",
                                                                           "-keyout", "\(dir.path)/server.key", "-out", "\(dir.path)/server.crt"])
        let ssl = cert.status == 0
        if asPostgres { _ = try runProcess(URL(fileURLWithPath: "/bin/chown"), ["-R", "postgres:postgres", dir.path]) }
        chmod("\(dir.path)/server.key", 0o600)
        var conf = """
            listen_addresses = '127.0.0.1'
            port = \(port)
            unix_socket_directories = '\(dir.path)'
            max_connections = 200
            fsync = \(durable ? "on" : "off")
            synchronous_commit = \(durable ? "on" : "off")
            full_page_writes = \(durable ? "on" : "off")

            """
        if ssl { conf += "ssl = on\nssl_cert_file = '\(dir.path)/server.crt'\nssl_key_file = '\(dir.path)/server.key'\n" }
        let confFile = data.appendingPathComponent("postgresql.conf")
        let old = (try? String(contentsOf: confFile, encoding: .utf8)) ?? ""
        try (old + conf).write(to: confFile, atomically: false, encoding: .utf8)
        try "local all all scram-sha-256\nhost all all 127.0.0.1/32 scram-sha-256\n".write(to: data.appendingPathComponent("pg_hba.conf"), atomically: false, encoding: .utf8)
        watchdog(data: data)
        try start()
        try sql("CREATE ROLE ocop LOGIN PASSWORD '\(password)' CREATEDB; CREATE ROLE reader LOGIN PASSWORD '\(password)'")
    }

    /// Runs one of PostgreSQL's programs (as `postgres` when root).
    @discardableResult
    func run(_ program: String, _ args: [String]) throws -> ProcessResult {
        let exe = bin.appendingPathComponent(program)
        let r = asPostgres ? try runProcess(URL(fileURLWithPath: "/sbin/runuser"), ["-u", "postgres", "--", exe.path] + args)
            : try runProcess(exe, args)
        guard r.status == 0 else { throw Failed(description: "\(program): \(r.stderr)\(r.stdout)") }
        return r
    }

    /// Starts the server (waits until it accepts connections).
    public func start() throws {
        try run("pg_ctl", ["-D", directory.appendingPathComponent("data").path, "-l", "\(directory.path)/log", "-w", "-t", "30", "start"])
    }

    /// Stops the server at once (as a crash or a pulled cable would look to clients).
    public func stop() throws {
        try run("pg_ctl", ["-D", directory.appendingPathComponent("data").path, "-w", "-m", "immediate", "stop"])
    }

    /// Stops the server and removes the cluster when this process ends, even if it is killed.
    func watchdog(data: URL) {
        let ctl = bin.appendingPathComponent("pg_ctl").path
        let stop = asPostgres ? "runuser -u postgres -- \(ctl)" : ctl
        let script = "while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done; \(stop) -D '\(data.path)' -m immediate stop >/dev/null 2>&1; rm -rf '\(directory.path)'"
        _ = try? runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", "setsid sh -c \"$0\" </dev/null >/dev/null 2>&1 &", script])
    }

    /// Runs SQL as the superuser (psql over the socket), returning what it printed (unaligned, tuples only).
    @discardableResult
    public func sql(_ statements: String, database: String = "postgres") throws -> String {
        let psql = bin.appendingPathComponent("psql").path
        let r = try runProcess(URL(fileURLWithPath: psql), ["-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "\(port)",
                                                            "-U", "postgres", "-d", database, "-c", statements],
                               environment: ProcessInfo.processInfo.environment.merging(["PGPASSWORD": password]) { $1 })
        guard r.status == 0 else { throw Failed(description: "psql: \(r.stderr)") }
        return r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A new empty database owned by `ocop`, its name made from `label`.
    public func createDatabase(_ label: String) throws -> String {
        let name = "t_" + label.lowercased().filter { $0.isLetter || $0.isNumber } + "_" + UUID().uuidString.prefix(6).lowercased()
        try sql("CREATE DATABASE \(name) OWNER ocop")
        return name
    }

    /// Lets `reader` read (and only read) a database's tables.
    public func grantRead(_ database: String) throws {
        try sql("GRANT CONNECT ON DATABASE \(database) TO reader", database: database)
        try sql("GRANT USAGE ON SCHEMA public TO reader; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader", database: database)
    }

    /// The address of a database for a role (`ocop` by default), with `sslmode`.
    public func url(_ database: String, user: String = "ocop", sslMode: String = "disable") -> String {
        "postgresql://\(user):\(password)@127.0.0.1:\(port)/\(database)?sslmode=\(sslMode)"
    }
}

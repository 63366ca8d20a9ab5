import Foundation
import Logging
import OCOPModel
import OCOPText
import PostgresNIO
import Synchronization

/// A database failure in the user's language: a connection that cannot be made or was lost, or a refusal by the
/// server (with its message and SQLSTATE).
public struct DatabaseError: Error, StoreMessage, CustomStringConvertible {
    /// What kind of failure.
    public enum Kind: Sendable, Equatable {
        case connect(ConnectFailure)
        case lost
        case server(message: String, sqlState: String)
        case other(Msg, [String])
    }
    public var kind: Kind
    /// The database, as shown (password masked).
    public var shown: String

    public func message(_ lang: Language) -> String {
        switch kind {
        case .connect(let why): Msg.dbConnectFailed.text(lang, shown, why.text(lang))
        case .lost: Msg.dbSaveWhileLost.text(lang, shown)
        case .server(let m, let s): Msg.dbServerSaid.text(lang, SafeText.field(m), s)
        case .other(let m, let args): m.text(lang, args.map { $0 as any CustomStringConvertible })
        }
    }

    public var description: String { message(.vi) }

    /// The SQLSTATE the server gave, if it refused.
    public var sqlState: String? { if case .server(_, let s) = kind { s } else { nil } }
}

/// Why a connection could not be made, said in the user's language (the server's own words when it gave them).
public enum ConnectFailure: Sendable, Equatable {
    case refused
    case tlsUnsupported
    case tls(String)
    case server(message: String, sqlState: String)
    case other(String)

    /// The reason in a language.
    public func text(_ lang: Language) -> String {
        switch self {
        case .refused: Msg.dbConnectionRefused.text(lang)
        case .tlsUnsupported: Msg.dbTLSUnsupported.text(lang)
        case .tls(let why): Msg.dbTLSFailed.text(lang, SafeText.field(why))
        case .server(let m, let s): Msg.dbServerSaid.text(lang, SafeText.field(m), s)
        case .other(let why): SafeText.field(why)
        }
    }
}

/// One connection to the server used from ordinary (non-async) threads: each call waits on postgres-nio's
/// futures. Transactions hold the link's lock, so two threads never interleave their statements.
final class PGLink: Sendable {
    let url: DatabaseURL
    private let connection = Mutex<PostgresConnection?>(nil)
    private let busy = Mutex<Int>(0)
    static let logger = Logger(label: "ocop.postgres", factory: { _ in SwiftLogNoOpLogHandler() })

    init(url: DatabaseURL) {
        self.url = url
    }

    deinit { close() }

    /// The TLS settings `sslmode` asks for.
    static func tls(_ url: DatabaseURL) throws -> PostgresConnection.Configuration.TLS {
        var c = TLSConfiguration.makeClientConfiguration()
        switch url.sslMode {
        case .disable: return .disable
        case .prefer, .require: c.certificateVerification = .none
        case .verifyCA: c.certificateVerification = .noHostnameVerification
        case .verifyFull: c.certificateVerification = .fullVerification
        }
        if let root = url.rootCertificate { c.trustRoots = .file(root) }
        let context = try NIOSSLContext(configuration: c)
        return url.sslMode == .prefer ? .prefer(context) : .require(context)
    }

    /// Opens a new connection (waits at most `timeout` seconds).
    static func open(_ url: DatabaseURL, timeout: Int64 = 3) throws -> PostgresConnection {
        var config = PostgresConnection.Configuration(host: url.host, port: url.port, username: url.user, password: url.password,
                                                      database: url.database, tls: try tls(url))
        config.options.connectTimeout = .seconds(timeout)
        config.options.additionalStartupParameters = [("application_name", "ocop")]
        if url.sslMode == .verifyFull { config.options.tlsServerName = url.host }
        let loop = MultiThreadedEventLoopGroup.singleton.any()
        do {
            return try PostgresConnection.connect(on: loop, configuration: config, id: 1, logger: logger).wait()
        } catch {
            throw DatabaseError(kind: .connect(describe(error)), shown: url.shown)
        }
    }

    /// A connection failure, classified (the server's own message when it gave one).
    static func describe(_ error: any Error) -> ConnectFailure {
        if let p = error as? PSQLError {
            if let m = p.serverInfo?[.message] { return .server(message: m, sqlState: p.serverInfo?[.sqlState] ?? "?") }
            if p.code == .sslUnsupported { return .tlsUnsupported }
            if let u = p.underlying { return describe(u) }
            return .other("\(p.code)")
        }
        if let s = error as? NIOSSLError { return .tls("\(s)") }
        if let s = error as? BoringSSLError { return .tls("\(s)") }
        if error is NIOConnectionError || "\(error)".contains("connection refused") || "\(error)".contains("Connection refused") { return .refused }
        return .other("\(error)")
    }

    /// The open connection, opening one if needed.
    func current() throws -> PostgresConnection {
        try connection.withLock { c in
            if let c, !c.isClosed { return c }
            let new = try Self.open(url)
            c = new
            return new
        }
    }

    /// Closes the connection (the next call opens a new one); does not wait, so NIO's own threads may call it.
    func close() {
        let c = connection.withLock { c -> PostgresConnection? in defer { c = nil }; return c }
        if let c { Self.finishClosing(c) }
    }

    /// Closes a connection without waiting, keeping it alive until it has closed (postgres-nio insists).
    static func finishClosing(_ c: PostgresConnection) {
        let closing: EventLoopFuture<Void> = c.close()
        closing.whenComplete { _ in withExtendedLifetime(c) {} }
    }

    /// Whether a connection is open now.
    var isOpen: Bool { connection.withLock { $0.map { !$0.isClosed } ?? false } }

    /// Runs one statement and waits for all its rows.
    @discardableResult
    func query(_ q: PostgresQuery) throws -> PostgresQueryResult {
        let c = try current()
        do { return try c.query(q, logger: Self.logger).wait() } catch { throw translate(error, on: c) }
    }

    /// A failure of a statement: the server's refusal with its message and SQLSTATE, or a lost connection.
    func translate(_ error: any Error, on c: PostgresConnection) -> any Error {
        if let p = error as? PSQLError, let m = p.serverInfo?[.message] {
            return DatabaseError(kind: .server(message: m, sqlState: p.serverInfo?[.sqlState] ?? "?"), shown: url.shown)
        }
        if error is DatabaseError || error is EditConflict || error is SaveError { return error }
        Self.finishClosing(c)
        connection.withLock { if $0 === c { $0 = nil } }
        return DatabaseError(kind: .lost, shown: url.shown)
    }

    /// Runs `body` in one transaction (BEGIN … COMMIT, ROLLBACK on any error), holding the link for itself.
    func transaction<T>(_ body: (PGLink) throws -> T) throws -> T {
        try busy.withLock { _ in
            try query("BEGIN")
            do {
                let out = try body(self)
                try query("COMMIT")
                return out
            } catch {
                if isOpen { _ = try? query("ROLLBACK") }
                throw error
            }
        }
    }

    /// Runs statements holding the link (no other thread's transaction in between).
    func exclusive<T>(_ body: (PGLink) throws -> T) throws -> T {
        try busy.withLock { _ in try body(self) }
    }
}

/// A connection that only listens (LISTEN): notifications arrive on NIO's threads and go to `onNotice`.
final class PGListener: Sendable {
    let connection: PostgresConnection

    init(url: DatabaseURL, channel: String, onNotice: @escaping @Sendable (String) -> Void, onClose: @escaping @Sendable () -> Void) throws {
        connection = try PGLink.open(url)
        connection.addListener(channel: channel) { _, note in onNotice(note.payload) }
        connection.closeFuture.whenComplete { _ in onClose() }
        do {
            _ = try connection.query(PostgresQuery(unsafeSQL: "LISTEN \(channel)"), logger: PGLink.logger).wait()
        } catch {
            let closing: EventLoopFuture<Void> = connection.close()
            _ = try? closing.wait()
            throw DatabaseError(kind: .connect(PGLink.describe(error)), shown: url.shown)
        }
    }

    deinit { PGLink.finishClosing(connection) }

    /// Stops listening and closes the connection.
    func close() {
        let closing: EventLoopFuture<Void> = connection.close()
        _ = try? closing.wait()
    }
}

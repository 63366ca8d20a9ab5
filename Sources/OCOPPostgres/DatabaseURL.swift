import Foundation
import OCOPModel
import OCOPText

/// How the connection is encrypted, as libpq's `sslmode` says it.
public enum SSLMode: String, Sendable, CaseIterable {
    /// No TLS.
    case disable
    /// TLS when the server offers it (libpq's `allow` and `prefer`, the default).
    case prefer
    /// TLS, the server's certificate not checked.
    case require
    /// TLS, the certificate checked against the trusted roots, not the host name.
    case verifyCA = "verify-ca"
    /// TLS, the certificate and the host name checked.
    case verifyFull = "verify-full"
}

/// A `postgresql://user:password@host:port/database?sslmode=…` address, parsed as libpq reads it.
public struct DatabaseURL: Sendable, Equatable {
    public var user: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    public var sslMode: SSLMode
    /// A file of trusted root certificates (`sslrootcert`), for verify-ca and verify-full.
    public var rootCertificate: String?

    /// Why an address could not be read.
    public struct Invalid: Error, StoreMessage, Equatable {
        /// The address with its password masked.
        public var shown: String
        /// What is wrong.
        public var problem: Msg
        /// The value the problem is about.
        public var value: String

        public func message(_ lang: Language) -> String {
            Msg.dbURLInvalid.text(lang, shown, problem.text(lang, SafeText.field(value)))
        }
    }

    /// Parses an address; `postgres://` is accepted too. User and database default as in libpq.
    public init(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let shown = Self.mask(text)
        func fail(_ m: Msg, _ v: String) -> Invalid { Invalid(shown: shown, problem: m, value: v) }
        guard let c = URLComponents(string: text), let scheme = c.scheme?.lowercased() else { throw fail(.dbURLNotAURL, text) }
        guard scheme == "postgresql" || scheme == "postgres" else { throw fail(.dbURLScheme, scheme) }
        user = c.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        password = c.password.flatMap { $0.removingPercentEncoding } ?? environment["PGPASSWORD"]
        host = c.host.flatMap { $0.removingPercentEncoding }.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        port = c.port ?? 5432
        guard (1...65535).contains(port) else { throw fail(.dbURLPort, "\(port)") }
        let path = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        sslMode = .prefer
        for item in c.queryItems ?? [] {
            let value = item.value ?? ""
            switch item.name {
            case "sslmode":
                switch value {
                case "allow", "prefer": sslMode = .prefer
                default:
                    guard let m = SSLMode(rawValue: value) else { throw fail(.dbURLSSLMode, value) }
                    sslMode = m
                }
            case "sslrootcert": rootCertificate = value
            case "user": user = value
            case "password": password = value
            case "host": host = value
            case "port":
                guard let p = Int(value), (1...65535).contains(p) else { throw fail(.dbURLPort, value) }
                port = p
            case "dbname": database = value
            case "application_name", "connect_timeout": break
            default: throw fail(.dbURLParameter, item.name)
            }
        }
    }

    /// The address with any password replaced by `***` (in the user part and in a `password=` parameter).
    public static func mask(_ text: String) -> String {
        var s = text
        if let scheme = s.range(of: "://") {
            let rest = s[scheme.upperBound...]
            let end = rest.firstIndex { $0 == "/" || $0 == "?" } ?? rest.endIndex
            if let at = rest[..<end].lastIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                s.replaceSubrange(s.index(after: colon)..<at, with: "***")
            }
        }
        if let r = s.range(of: "password=") {
            let end = s[r.upperBound...].firstIndex(of: "&") ?? s.endIndex
            s.replaceSubrange(r.upperBound..<end, with: "***")
        }
        return SafeText.field(s)
    }

    /// The address as shown to users: the password never appears.
    public var shown: String {
        var s = "postgresql://\(user)\(password == nil ? "" : ":***")@\(host.contains(":") ? "[\(host)]" : host):\(port)/\(database)"
        if sslMode != .prefer { s += "?sslmode=\(sslMode.rawValue)" }
        return SafeText.field(s)
    }
}

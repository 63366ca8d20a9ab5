import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPPostgres

/// The stores the shared tests run against, each over its own copy of the sample as `ocop` writes it.
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case directory, postgres
    var description: String { rawValue }
}

/// A dataset in one kind of store, and a way to open more stores (colleagues) on the same data.
struct StoreFixture {
    var kind: StoreKind
    var dataset: Dataset
    var directory: URL?
    var url: DatabaseURL?
    /// A new store on the same data (another process's view).
    func open() throws -> any DatasetStore {
        switch kind {
        case .directory: return DirectoryStore(directory: try #require(directory))
        case .postgres: return try PostgresStore(url: try #require(url))
        }
    }
    func cleanup() { if let directory { try? FileManager.default.removeItem(at: directory) } }
}

enum Fixtures {
    static func sample() throws -> Dataset { try #require(DatasetLoader.load(directory: RepoPaths.sample).dataset) }

    /// The shared cluster, or nil after saying SKIP (a failure where CI requires the server).
    static func cluster() -> PostgresCluster? {
        if let c = PostgresCluster.shared { return c }
        print("SKIP (PostgreSQL): \(PostgresCluster.unavailableReason)")
        if PostgresCluster.required { Issue.record("CI=true but no PostgreSQL cluster could be started: \(PostgresCluster.unavailableReason)") }
        return nil
    }

    /// A new database, set up and holding `ds` (and `journal`); nil when there is no server.
    static func database(_ label: String, _ ds: Dataset, journal: [JournalEntry] = []) throws -> DatabaseURL? {
        guard let c = cluster() else { return nil }
        let name = try c.createDatabase(label)
        let url = try DatabaseURL(c.url(name))
        _ = try PGSchema.initialize(url)
        _ = try DatasetTransfer.importData(ds, journal: journal, into: url, replace: false)
        return url
    }

    /// The fixture of a kind, nil when that kind cannot run here (no server).
    static func fixture(_ kind: StoreKind, _ label: String, _ ds: Dataset? = nil) throws -> StoreFixture? {
        let ds = try ds ?? sample()
        switch kind {
        case .directory:
            let dir = RepoPaths.temporaryDirectory(label)
            try DatasetEncoder.write(ds, to: dir)
            return StoreFixture(kind: kind, dataset: ds, directory: dir)
        case .postgres:
            guard let url = try database(label, ds) else { return nil }
            return StoreFixture(kind: kind, dataset: ds, url: url)
        }
    }
}

typealias DatasetTransfer = DatabaseTransfer

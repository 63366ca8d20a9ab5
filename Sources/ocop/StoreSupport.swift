import ArgumentParser
import Foundation
import OCOPModel
import OCOPPostgres
import OCOPText

/// `--db postgresql://…` (or `OCOP_DATABASE_URL`): the commands that read a dataset read it from a database.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: "Cơ sở dữ liệu PostgreSQL (postgresql://người-dùng@máy:cổng/tên?sslmode=…); mặc định $OCOP_DATABASE_URL.")
    var db: String?

    /// The address given, by option or environment; nil for the JSON directory.
    var address: String? { db ?? ProcessInfo.processInfo.environment["OCOP_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 } }
}

/// Opening a store and reporting why it cannot be opened.
enum StoreSupport {
    /// Prints a store's message on stderr (sanitised) and exits with status 2.
    static func refuse(_ error: any Error, lang: Language) -> ExitCode {
        let text = (error as? any StoreMessage)?.message(lang) ?? "\(error)"
        FileHandle.standardError.write(Data((SafeText.output(text) + "\n").utf8))
        return ExitCode(2)
    }

    /// The parsed database address, or a refusal saying what is wrong with it.
    static func url(_ text: String, lang: Language) throws -> DatabaseURL {
        do { return try DatabaseURL(text) } catch { throw refuse(error, lang: lang) }
    }

    /// The store the options name: the database when an address is given, else the directory (default the sample).
    static func open(_ options: StoreOptions, directory: String?, lang: Language) throws -> any DatasetStore {
        guard let address = options.address else {
            return DirectoryStore(directory: URL(fileURLWithPath: directory ?? Resources.sample))
        }
        let u = try url(address, lang: lang)
        do { return try PostgresStore(url: u) } catch { throw refuse(error, lang: lang) }
    }

    /// Loads a store; for a database, a failure to read is said as the database's message.
    static func load(_ store: any DatasetStore, lang: Language, statisticsOn day: CivilDate? = nil) throws -> LoadResult {
        guard let pg = store as? PostgresStore else { return day.map { store.load(statisticsOn: $0) } ?? store.load() }
        do { return try pg.loadChecked() } catch { throw refuse(error, lang: lang) }
    }
}

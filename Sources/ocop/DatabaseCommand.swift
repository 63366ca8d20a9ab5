import ArgumentParser
import Foundation
import OCOPModel
import OCOPPostgres
import OCOPText

/// `ocop db init|import|export`: setting up a PostgreSQL database and moving a dataset and its journal in and out.
struct DatabaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db", abstract: "Cơ sở dữ liệu PostgreSQL dùng chung (a shared PostgreSQL database).",
        subcommands: [DatabaseInit.self, DatabaseImport.self, DatabaseExport.self])
}

/// What the `db` commands share: the address and the language.
struct DatabaseOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @Option(help: "Ngôn ngữ thông báo: vi hoặc en.") var lang: Language = .vi

    /// The parsed address; none given is refused saying how to give one.
    func url() throws -> DatabaseURL {
        guard let address = store.address else {
            FileHandle.standardError.write(Data((Msg.dbNoURL.text(lang) + "\n").utf8))
            throw ExitCode(2)
        }
        return try StoreSupport.url(address, lang: lang)
    }

    /// Prints a line on stdout, sanitised.
    func say(_ m: Msg, _ args: CustomStringConvertible...) {
        print(SafeText.output(m.text(lang, args)))
    }
}

struct DatabaseInit: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Thiết lập hoặc nâng cấp lược đồ (set up or upgrade the schema).")
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        let url = try options.url()
        do {
            let (before, after) = try PGSchema.initialize(url)
            options.say(before == after ? .dbInitCurrent : .dbInitDone, url.shown, after)
        } catch { throw StoreSupport.refuse(error, lang: options.lang) }
    }
}

struct DatabaseImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Nhập một thư mục dữ liệu (import a dataset directory).")
    @Argument(help: "Thư mục dữ liệu (dataset directory).") var directory: String
    @Flag(help: "Thay toàn bộ dữ liệu đang có (replace what the database holds).") var replace = false
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        let url = try options.url()
        let lang = options.lang
        let t0 = Date()
        // The loader's checks first: a dataset with errors is refused with its messages.
        let result = DatasetLoader.load(directory: URL(fileURLWithPath: directory))
        guard let ds = result.dataset else {
            FileHandle.standardError.write(Data(SafeText.output(ValidationReport(directory: directory, result: result, lang: lang).text()).utf8))
            FileHandle.standardError.write(Data((SafeText.output(Msg.dbImportRefused.text(lang, directory, result.errors.count)) + "\n").utf8))
            throw ExitCode(2)
        }
        do {
            let existing = try DatabaseTransfer.recordCount(url)
            if existing > 0 && !replace {
                FileHandle.standardError.write(Data((SafeText.output(Msg.dbImportHasData.text(lang, url.shown, existing)) + "\n").utf8))
                throw ExitCode(2)
            }
            let journal = DatabaseTransfer.readJournal(in: URL(fileURLWithPath: directory))
            let n = try DatabaseTransfer.importData(ds, journal: journal, into: url, replace: replace)
            options.say(.dbImportDone, n.records, n.journal, directory, url.shown, String(format: "%.1f", Date().timeIntervalSince(t0)))
        } catch let e as ExitCode { throw e } catch { throw StoreSupport.refuse(error, lang: lang) }
    }
}

struct DatabaseExport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export", abstract: "Xuất ra một thư mục dữ liệu (export to a dataset directory).")
    @Argument(help: "Thư mục mới hoặc trống (a new or empty directory).") var directory: String
    @OptionGroup var options: DatabaseOptions

    func run() throws {
        let url = try options.url()
        let lang = options.lang
        let t0 = Date()
        let dir = URL(fileURLWithPath: directory)
        let present = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { DatasetFile(rawValue: $0) != nil || $0 == DatasetWriter.journalName }
        var isDir: ObjCBool = false
        if !present.isEmpty || (FileManager.default.fileExists(atPath: directory, isDirectory: &isDir) && !isDir.boolValue) {
            FileHandle.standardError.write(Data((SafeText.output(Msg.dbExportNotEmpty.text(lang, directory)) + "\n").utf8))
            throw ExitCode(2)
        }
        do {
            let (ds, journal) = try DatabaseTransfer.read(url)
            // What is written must load: the loader's own rules on the data as read.
            let errors = DatasetValidator.validate(ds).filter { $0.severity == .error }
            if let first = errors.first {
                FileHandle.standardError.write(Data((SafeText.output(Msg.dbExportInvalid.text(lang, url.shown, errors.count, first.message(lang))) + "\n").utf8))
                throw ExitCode(2)
            }
            try DatabaseTransfer.write(ds, journal: journal, to: dir)
            let records = PGSchema.recordFiles.reduce(0) { n, f in n + count(f, ds) }
            options.say(.dbExportDone, records, journal.count, url.shown, directory, String(format: "%.1f", Date().timeIntervalSince(t0)))
        } catch let e as ExitCode { throw e } catch { throw StoreSupport.refuse(error, lang: lang) }
    }

    func count(_ f: DatasetFile, _ ds: Dataset) -> Int {
        guard let t = f.recordType else { return 0 }
        func open<R: DatasetRecord>(_: R.Type) -> Int { ds[keyPath: R.list].count }
        return open(t)
    }
}

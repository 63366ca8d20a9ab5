import ArgumentParser
import Foundation
import OCOPModel
import OCOPText

/// The `ocop` command: the dashboard by default, plus validate, generate and the terminal demo.
@main
struct OCOPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ocop",
        abstract: "Bảng điều khiển Chương trình OCOP tỉnh Đồng Nai (terminal dashboard for Đồng Nai's OCOP programme).",
        subcommands: [Dashboard.self, Validate.self, Generate.self, Present.self, ReportCommand.self, DatabaseCommand.self, SnapshotCommand.self,
                      MeetingCommand.self, MinutesCommand.self, Demo.self, CrashWriter.self],
        defaultSubcommand: Dashboard.self
    )

    /// Parses and runs the command; every message ArgumentParser prints (which may echo what was typed) goes
    /// through the output sanitiser, so no control character from an argument reaches the terminal.
    static func main() {
        makeCrashesNonInteractive()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let text = fullMessage(for: error)
            if !text.isEmpty {
                let safe = SafeText.output(text) + (text.hasSuffix("\n") ? "" : "\n")
                FileHandle(fileDescriptor: code == .success ? STDOUT_FILENO : STDERR_FILENO).write(Data(safe.utf8))
            }
            Foundation.exit(code.rawValue)
        }
        Foundation.exit(0)
    }

    /// A crash while the dashboard holds the terminal must end the process at once: the Swift runtime's backtracer
    /// would otherwise ask on the terminal ("press space to interact …", 30 s) while it is in raw mode. The runtime
    /// reads `SWIFT_BACKTRACE` once, before `main`, so on a terminal the process starts itself again with
    /// `interactive=no` (the backtrace then goes to stderr — the session's crash log — and the terminal guard
    /// restores the terminal first). A setting the user gave with its own `interactive=` is kept as it is.
    static func makeCrashesNonInteractive() {
        guard isatty(STDIN_FILENO) == 1 || isatty(STDOUT_FILENO) == 1 else { return }
        let current = ProcessInfo.processInfo.environment["SWIFT_BACKTRACE"] ?? ""
        guard !current.contains("interactive=") else { return }
        var parts = current.isEmpty ? [] : [current]
        parts.append("interactive=no")
        if !current.contains("output-to=") { parts.append("output-to=stderr") }
        if !current.contains("color=") { parts.append("color=no") }
        guard setenv("SWIFT_BACKTRACE", parts.joined(separator: ","), 1) == 0 else { return }
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // Still here: exec failed; run on (a crash would then prompt as before).
    }
}

/// `--lang vi|en`.
extension Language: ExpressibleByArgument {}

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Kiểm tra một thư mục dữ liệu (check a dataset directory).")

    enum Format: String, ExpressibleByArgument { case text, json }

    @Argument(help: "Thư mục dữ liệu (dataset directory); mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "text hoặc json.") var format: Format = .text
    @Option(help: "Ngôn ngữ thông báo: vi hoặc en.") var lang: Language = .vi
    @Flag(help: "Trả mã 1 khi chỉ có cảnh báo (exit 1 on warnings).") var strict = false
    @OptionGroup var store: StoreOptions

    func run() throws {
        let source = try StoreSupport.open(store, directory: directory, lang: lang)
        let result = try StoreSupport.load(source, lang: lang)
        let report = ValidationReport(directory: source.location, result: result, lang: lang)
        print(format == .json ? SafeText.json(report.json()) : SafeText.output(report.text()), terminator: "")
        let code = report.exitCode(strict: strict)
        if code != 0 { throw ExitCode(code) }
    }
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Tạo bộ dữ liệu tổng hợp (generate a synthetic dataset).")

    @Option(help: "Số sản phẩm (number of products).") var products: Int = 1000
    @Option(help: "Thư mục ghi ra (output directory).") var out: String
    @Option(help: "Hạt giống ngẫu nhiên (seed).") var seed: UInt64 = 1
    @Flag(help: "Thay bộ dữ liệu đã có trong thư mục (replace a dataset already there; never one with a journal).") var force = false

    func validate() throws {
        guard products >= 0 else { throw ValidationError("--products phải ≥ 0 (must be ≥ 0)") }
    }

    /// Says why the command writes nothing, in Vietnamese then English, and exits with status 2.
    func refuse(_ vi: String, _ en: String) -> ExitCode {
        FileHandle.standardError.write(Data(SafeText.output("ocop generate: \(vi)\nocop generate: \(en)\n").utf8))
        return ExitCode(2)
    }

    func run() throws {
        let fm = FileManager.default
        let dir = URL(fileURLWithPath: out)
        let shown = SafeText.field(out)
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDir) {
            guard isDir.boolValue else { throw refuse("\(shown) là một tệp, không phải thư mục; hãy chọn thư mục khác.",
                                                      "\(shown) is a file, not a directory; choose another directory.") }
            let entries = Set((try? fm.contentsOfDirectory(atPath: out)) ?? [])
            let data = DatasetFile.allCases.map(\.rawValue).filter { entries.contains($0) || entries.contains($0 + ".bak") }
            if entries.contains(DatasetWriter.journalName) {
                // A journal means people have worked on this data: never replaced, even with --force.
                throw refuse("\(shown) đã có dữ liệu được sửa (có nhật ký \(DatasetWriter.journalName)); không ghi đè, kể cả với --force — hãy chọn thư mục khác.",
                             "\(shown) holds edited data (it has a \(DatasetWriter.journalName)); it is never replaced, not even with --force — choose another directory.")
            }
            if !data.isEmpty && !force {
                throw refuse("\(shown) đã có dữ liệu (\(data.joined(separator: ", "))); không ghi gì. Chọn thư mục khác, hoặc thêm --force để thay.",
                             "\(shown) already holds data (\(data.joined(separator: ", "))); nothing written. Choose another directory, or add --force to replace it.")
            }
            // Replacing: backups of the old files would no longer match the new data.
            for f in DatasetFile.allCases { try? fm.removeItem(at: dir.appendingPathComponent(f.rawValue + ".bak")) }
        }
        let ds = DatasetGenerator.generate(products: products, seed: seed)
        try DatasetEncoder.write(ds, to: dir)
        print("Đã tạo \(ds.products.count) sản phẩm, \(ds.producers.count) chủ thể, \(ds.zones.count) vùng nguyên liệu trong \(SafeText.field(out))")
    }
}

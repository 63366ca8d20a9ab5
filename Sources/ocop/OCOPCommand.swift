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
        subcommands: [Dashboard.self, Validate.self, Generate.self, Present.self, ReportCommand.self, Demo.self, CrashWriter.self],
        defaultSubcommand: Dashboard.self
    )

    /// Parses and runs the command; every message ArgumentParser prints (which may echo what was typed) goes
    /// through the output sanitiser, so no control character from an argument reaches the terminal.
    static func main() {
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

    func run() throws {
        let dir = directory ?? Resources.sample
        let result = DatasetLoader.load(directory: URL(fileURLWithPath: dir))
        let report = ValidationReport(directory: dir, result: result, lang: lang)
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

    func validate() throws {
        guard products >= 0 else { throw ValidationError("--products phải ≥ 0 (must be ≥ 0)") }
    }

    func run() throws {
        let ds = DatasetGenerator.generate(products: products, seed: seed)
        try DatasetEncoder.write(ds, to: URL(fileURLWithPath: out))
        print("Đã tạo \(ds.products.count) sản phẩm, \(ds.producers.count) chủ thể, \(ds.zones.count) vùng nguyên liệu trong \(SafeText.field(out))")
    }
}

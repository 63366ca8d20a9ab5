import ArgumentParser
import Foundation
import OCOPModel

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mở bảng điều khiển (open the dashboard).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu data/dong-nai.") var directory: String?
    @Option(name: .customLong("data"), help: "Thư mục dữ liệu (same as the positional DIR).") var dataOption: String?
    @Option(help: "Ngôn ngữ giao diện: vi hoặc en.") var lang: Language = .vi

    func run() throws {
        let dir = dataOption ?? directory ?? Resources.sample
        let result = DatasetLoader.load(directory: URL(fileURLWithPath: dir))
        let report = ValidationReport(directory: dir, result: result, lang: lang)
        print(report.text(), terminator: "")
        if !result.errors.isEmpty { throw ExitCode(2) }
    }
}


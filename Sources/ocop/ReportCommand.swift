import ArgumentParser
import Foundation
import OCOPApp
import OCOPModel

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Số liệu cho biên bản họp (figures for the minutes).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "text, markdown, csv hoặc json.") var format: ReportFormat = .text
    @Option(name: .customLong("as-of"), help: "Ngày báo cáo (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay.") var asOf: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi

    func run() throws {
        let dir = directory ?? Resources.sample
        var day = CivilDate.today()
        if let asOf {
            guard let d = CivilDate.parse(asOf) else { throw ValidationError("--as-of: ngày không hợp lệ / invalid date \"\(asOf)\"") }
            day = d
        }
        let result = DatasetLoader.load(directory: URL(fileURLWithPath: dir))
        guard let ds = result.dataset else {
            FileHandle.standardError.write(Data(ValidationReport(directory: dir, result: result, lang: lang).text().utf8))
            throw ExitCode(2)
        }
        print(try Report(ds, asOf: day, lang: lang).render(format, lang: lang), terminator: "")
    }
}

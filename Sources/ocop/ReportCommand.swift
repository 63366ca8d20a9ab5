import ArgumentParser
import Foundation
import OCOPApp
import OCOPHistory
import OCOPModel
import OCOPText

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Số liệu cho biên bản họp (figures for the minutes).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "text, markdown, csv hoặc json.") var format: ReportFormat = .text
    @Option(name: .customLong("as-of"), help: "Ngày báo cáo (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay.") var asOf: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi
    @OptionGroup var store: StoreOptions
    @Option(help: "Thêm phần thay đổi từ cuộc họp trước (last-meeting) hoặc từ một ngày.") var since: String?

    func run() throws {
        let day = try CommandSupport.asOfDate(asOf)
        let source = try StoreSupport.open(store, directory: directory, lang: lang)
        let dir = source.location
        // A directory may answer for a past date from its history; a database reads what it holds.
        let ds: Dataset
        if source is DirectoryStore {
            let user = ProcessInfo.processInfo.environment["USER"] ?? "ocop"
            (ds, _, _) = try CommandSupport.sessionData(dir, asOf: asOf, lang: lang, user: user)
        } else {
            (ds, _) = try CommandSupport.loadOrExit(source, lang: lang)
        }
        // The report is built from the data as it is; what is printed goes through the sanitiser (JSON keeps its
        // meaning: DEL and C1 controls become \u0080-style escapes; the other formats show placeholders).
        var report = Report(ds, asOf: day, lang: lang)
        if let since, source is DirectoryStore {
            guard let start = SinceStart(since) else { throw ValidationError("--since: last-meeting | dd/mm/yyyy | yyyy-mm-dd") }
            do {
                report.attach(try MeetingHistory.since(start, in: URL(fileURLWithPath: dir), current: ds, today: day), ds, lang: lang)
            } catch {
                FileHandle.standardError.write(Data((Msg.sinceUnavailable.text(lang) + "\n").utf8))
            }
        }
        let text = try report.render(format, lang: lang)
        print(format == .json ? SafeText.json(text) : SafeText.output(text), terminator: "")
    }
}

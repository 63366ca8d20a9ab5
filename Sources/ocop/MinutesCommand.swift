import ArgumentParser
import Foundation
import OCOPApp
import OCOPHistory
import OCOPModel
import OCOPText

/// `ocop minutes`: a meeting's biên bản (the last meeting by default) as Markdown or Word, with the figures as of
/// the meeting (the snapshot its closing stored, else the history on its day, else the data as it is, on the
/// meeting's date).
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "minutes", abstract: "Biên bản cuộc họp (a meeting's minutes).")

    enum Format: String, ExpressibleByArgument { case markdown, docx }

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "Mã cuộc họp; mặc định cuộc họp gần nhất.") var meeting: String?
    @Option(help: "markdown hoặc docx.") var format: Format = .markdown
    @Option(help: "Tệp ghi ra (docx cần --out; markdown mặc định in ra màn hình).") var out: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi

    func run() throws {
        let dir = directory ?? Resources.sample
        let url = URL(fileURLWithPath: dir)
        let (ds, _) = try CommandSupport.loadOrExit(dir, lang: lang)
        let m = meeting.map { id in ds.meetings.first { $0.id == id } } ?? ds.meetingsByDate.last
        guard let m else { throw ValidationError(Msg.minutesNoMeeting.text(lang, meeting ?? "")) }
        // The figures as of the meeting: the snapshot its closing stored, else the history on its day, else today's data.
        var data = ds
        if let snap = SnapshotStore.all(url).last(where: { $0.meetingId == m.id }), let then = try? SnapshotStore.dataset(snap, in: url) {
            data = then
        } else if let then = try? History.dataset(before: History.endOf(m.date), in: url) {
            data = then
        }
        let minutes = Minutes(m, data: data, lang: lang)
        switch format {
        case .markdown:
            let text = minutes.markdown()
            if let out {
                try DatasetWriter.writeAtomically(Data(text.utf8), to: URL(fileURLWithPath: out))
                print(SafeText.output(Msg.minutesWritten.text(lang, out)))
            } else {
                print(SafeText.output(text), terminator: "")
            }
        case .docx:
            let path = out ?? "bien-ban-\(m.id).docx"
            try DatasetWriter.writeAtomically(try minutes.docx(), to: URL(fileURLWithPath: path))
            print(SafeText.output(Msg.minutesWritten.text(lang, path)))
        }
    }
}

import ArgumentParser
import Foundation
import OCOPHistory
import OCOPModel
import OCOPText

/// `ocop meeting list|open|decide|close`: meetings from the command line (scripts, and the secretary's terminal
/// beside the projector). Each step is one journalled commit; closing freezes the record and stores a snapshot.
struct MeetingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "meeting", abstract: "Các cuộc họp (meetings).",
                                                    subcommands: [List.self, Open.self, Decide.self, Close.self], defaultSubcommand: List.self)

    /// Options every meeting subcommand shares.
    struct Common: ParsableArguments {
        @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
        @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi
        @Option(help: "Tên người ghi vào nhật ký (mặc định $USER).") var editor: String?
        var dir: String { directory ?? Resources.sample }
        var user: String { editor ?? ProcessInfo.processInfo.environment["USER"] ?? "ocop" }
        func load() throws -> Dataset { try CommandSupport.loadOrExit(dir, lang: lang).0 }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Danh sách cuộc họp (list the meetings).")
        @OptionGroup var common: Common
        func run() throws {
            let ds = try common.load()
            for m in ds.meetingsByDate {
                print(SafeText.output(Msg.meetingListLine.text(common.lang, m.date.display, m.id, m.status.label(common.lang), m.title)))
            }
        }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mở (hoặc tiếp tục) cuộc họp hôm nay (open or continue today's meeting).")
        @OptionGroup var common: Common
        @Option(help: "Tên cuộc họp.") var title: String?
        @Option(help: "Người chủ trì.") var chair: String?
        @Option(help: "Thư ký.") var secretary: String?
        func run() throws {
            let ds = try common.load()
            let r = try CommandSupport.openMeeting(URL(fileURLWithPath: common.dir), ds, title: title, chair: chair, secretary: secretary,
                                                   user: common.user, lang: common.lang, ask: false)
            print(SafeText.output((r.opened ? Msg.meetingOpened : Msg.meetingContinued).text(common.lang, r.meeting.id, r.meeting.title)))
        }
    }

    struct Decide: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Ghi một kết luận vào cuộc họp đang mở (record a decision).")
        @OptionGroup var common: Common
        @Option(help: "Nội dung kết luận.") var text: String
        @Option(help: "Nhiệm vụ (mã, ví dụ nv-3).") var task: String?
        @Option(help: "Cơ quan được giao (mã).") var owner: String?
        @Option(help: "Hạn (dd/mm/yyyy hoặc yyyy-mm-dd).") var due: String?
        @Option(help: "Mã cuộc họp; mặc định cuộc họp đang mở hôm nay.") var meeting: String?
        func run() throws {
            let ds = try common.load()
            let id = try CommandSupport.meetingId(meeting, ds, lang: common.lang)
            let dueDate = try due.map { try CommandSupport.asOfDate($0) }
            let m = try MeetingSession.decide(text, task: task, owner: owner, due: dueDate, meeting: id, in: URL(fileURLWithPath: common.dir),
                                              current: ds, user: common.user)
            print(SafeText.output(Msg.decisionRecorded.text(common.lang, m.decisions.count, m.id)))
        }
    }

    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Kết thúc cuộc họp (close the meeting: its record is frozen, a snapshot stored).")
        @OptionGroup var common: Common
        @Option(help: "Mã cuộc họp; mặc định cuộc họp đang mở hôm nay.") var meeting: String?
        func run() throws {
            let ds = try common.load()
            let id = try CommandSupport.meetingId(meeting, ds, lang: common.lang)
            let m = try MeetingHistory.close(id, in: URL(fileURLWithPath: common.dir), current: ds, user: common.user)
            print(SafeText.output(Msg.meetingClosed.text(common.lang, m.id, m.title)))
        }
    }
}

extension CommandSupport {
    /// The meeting named, or today's open one.
    static func meetingId(_ given: String?, _ ds: Dataset, lang: Language) throws -> String {
        if let given { return given }
        guard let m = ds.meetingToContinue(on: .today()) else { throw ValidationError(Msg.noOpenMeeting.text(lang)) }
        return m.id
    }

    /// Opens today's meeting or continues it; a new one asks once for its chair and secretary on the terminal
    /// when they were not given (and `ask` is set).
    static func openMeeting(_ dir: URL, _ ds: Dataset, title: String?, chair: String?, secretary: String?, user: String, lang: Language,
                            ask: Bool) throws -> (meeting: Meeting, opened: Bool) {
        let today = CivilDate.today()
        var chair = chair, secretary = secretary
        if ds.meetingToContinue(on: today) == nil, ask, isatty(STDIN_FILENO) != 0 {
            func prompt(_ m: Msg) -> String? {
                FileHandle.standardOutput.write(Data(m.text(lang).utf8))
                let s = readLine()?.trimmingCharacters(in: .whitespaces)
                return s?.isEmpty == false ? s : nil
            }
            if chair == nil { chair = prompt(.promptChair) }
            if secretary == nil { secretary = prompt(.promptSecretary) }
        }
        let agenda = ds.tasks.sorted { $0.ordinal < $1.ordinal }.map { AgendaItem(title: $0.shortTitle, taskId: $0.id, slide: "task:" + $0.id) }
        return try MeetingSession.openOrContinue(on: today, title: title ?? Msg.defaultMeetingTitle.text(lang, today.display), chair: chair,
                                                 secretary: secretary, agenda: agenda, in: dir, current: ds, user: user)
    }
}

import ArgumentParser
import Foundation
import OCOPApp
import OCOPHistory
import OCOPModel
import TerminalCore
import OCOPText

/// Options the dashboard and the deck share.
struct SessionOptions: ParsableArguments {
    @Option(help: "Ngôn ngữ giao diện: vi hoặc en.") var lang: Language = .vi
    @Option(name: .customLong("as-of"), help: "Ngày tính trạng thái (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay.") var asOf: String?
    @Option(help: "Tên người sửa ghi vào nhật ký (mặc định $USER).") var editor: String?
}

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mở bảng điều khiển (open the dashboard).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu data/dong-nai.") var directory: String?
    @Option(name: .customLong("data"), help: "Thư mục dữ liệu (same as the positional DIR).") var dataOption: String?
    @Option(help: "Giao diện: dark, light, high-contrast, projector, mono, hoặc tệp .json.") var theme: String = "dark"
    @Flag(name: .customLong("read-only"), help: "Chỉ xem, không sửa (no editing keys act).") var readOnly = false
    @OptionGroup var session: SessionOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        try DashboardLauncher(directory: dataOption ?? directory, session: session, theme: theme, readOnly: readOnly,
                              present: false, allowNotes: false, store: store).run()
    }
}

/// `ocop present`: the meeting deck, read-only (the dashboard behind it too) unless `--allow-notes` (notes on task
/// slides) or `--edit` (editing as in the dashboard).
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Trình chiếu trong cuộc họp (presentation mode for review meetings).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "Giao diện (mặc định projector).") var theme: String = "projector"
    @Flag(name: .customLong("allow-notes"), help: "Cho phép ghi kết luận trên trang nhiệm vụ (phím n).") var allowNotes = false
    @Flag(name: .customLong("edit"), help: "Cho phép sửa dữ liệu trong bảng điều khiển phía sau (allow editing).") var edit = false
    @Option(help: "Tên cuộc họp mới (mặc định: họp giao ban ngày hôm nay).") var title: String?
    @Option(help: "Người chủ trì cuộc họp mới (nếu không có, hỏi một lần).") var chair: String?
    @Option(help: "Thư ký cuộc họp mới (nếu không có, hỏi một lần).") var secretary: String?
    @OptionGroup var session: SessionOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        var launcher = DashboardLauncher(directory: directory, session: session, theme: theme, readOnly: !edit,
                                         present: true, allowNotes: allowNotes, store: store)
        launcher.meeting = (title, chair, secretary)
        try launcher.run()
    }
}

/// Loads the data and runs the dashboard (or the deck) in the terminal.
struct DashboardLauncher {
    var directory: String?
    var session: SessionOptions
    var theme: String
    var readOnly: Bool
    var present: Bool
    var allowNotes: Bool
    var store: StoreOptions
    /// The title, chair and secretary for a meeting `ocop present` opens.
    var meeting: (title: String?, chair: String?, secretary: String?) = (nil, nil, nil)
    var lang: Language { session.lang }
    var asOf: String? { session.asOf }
    var editor: String? { session.editor }

    func run() throws {
        let day = try CommandSupport.asOfDate(asOf)
        let t0 = Date()
        let source = try StoreSupport.open(store, directory: directory, lang: lang)
        let dir = source.location
        let user = editor ?? source.user ?? ProcessInfo.processInfo.environment["USER"] ?? "ocop"
        // Meetings and history live beside a data directory; a database has neither (yet).
        let isDirectory = source is DirectoryStore
        var ds: Dataset, result: LoadResult, historical: CivilDate?
        if isDirectory {
            (ds, result, historical) = try CommandSupport.sessionData(dir, asOf: asOf, lang: lang, user: user, announce: true, statisticsOn: day)
        } else {
            (ds, result) = try CommandSupport.loadOrExit(source, lang: lang, announce: true, statisticsOn: day)
            historical = nil
        }
        let t1 = Date()
        // A deck that may record opens or continues today's meeting (asking once for chair and secretary); a
        // read-only deck skips it. The deck (a slide) and the dashboard (the palette) show what changed since the last
        // meeting when history can tell.
        var meetingId: String?
        var since: SinceReport?
        if historical == nil, isDirectory {
            let url = URL(fileURLWithPath: dir)
            if present, allowNotes || !readOnly, access(dir, W_OK) == 0 {
                let r = try CommandSupport.openMeeting(url, ds, title: meeting.title, chair: meeting.chair, secretary: meeting.secretary,
                                                       user: user, lang: lang, ask: true)
                meetingId = r.meeting.id
                ds.meetings.removeAll { $0.id == r.meeting.id }
                ds.meetings.append(r.meeting)
            }
            since = try? MeetingHistory.since(.lastMeeting, in: url, current: ds, today: day)
        }
        let themes = try TerminalSession.loadThemes(first: theme)
        try MainActor.assumeIsolated { try TerminalSession.run { backend in
            // The loader's index and figures are today's data's: a session on history builds its own.
            var state = AppState(dataset: ds, warnings: result.warnings, asOf: day, lang: lang, themes: themes, readOnly: readOnly,
                                 index: historical == nil ? result.index : nil, statistics: historical == nil ? result.statistics : nil)
            // A data directory this user cannot write (a database role without write rights) is announced at once,
            // not at the first failed save.
            if let reason = source.access.reason(lang) {
                state.readOnly = true
                state.readOnlyReason = reason
            }
            // Goes to the session log (stderr is redirected while the UI runs).
            FileHandle.standardError.write(Data(String(format: "ocop: loaded %@ in %.2f s, dashboard state in %.2f s\n", dir, t1.timeIntervalSince(t0), Date().timeIntervalSince(t1)).utf8))
            if let editor = editor ?? source.user { state.editor = editor }
            state.meetingId = meetingId
            state.since = since
            // The data as it was on a past date: read-only, the title bar says so, no live reload of today's files.
            if let historical {
                state.readOnly = true
                state.readOnlyReason = Msg.asOfHistory.text(lang, historical.display)
                state.historyDate = historical
            }
            // Past data is never written to: no notes on a deck of history.
            if present { state.startPresentation(allowNotes: allowNotes && historical == nil) }
            var screen = CrashTestScreen(inner: DashboardScreen(state: state, store: source, watch: historical == nil),
                                         armed: ProcessInfo.processInfo.environment["OCOP_TEST_CRASH_KEY"] == "1")
            AppLoop.run(&screen, backend: backend)
        } }
    }
}

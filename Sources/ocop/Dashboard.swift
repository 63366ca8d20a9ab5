import ArgumentParser
import Foundation
import OCOPApp
import OCOPModel
import TerminalCore

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Mở bảng điều khiển (open the dashboard).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu data/dong-nai.") var directory: String?
    @Option(name: .customLong("data"), help: "Thư mục dữ liệu (same as the positional DIR).") var dataOption: String?
    @Option(help: "Ngôn ngữ giao diện: vi hoặc en.") var lang: Language = .vi
    @Option(help: "Giao diện: dark, light, high-contrast, projector, mono, hoặc tệp .json.") var theme: String = "dark"
    @Flag(name: .customLong("read-only"), help: "Chỉ xem, không sửa (no editing keys act).") var readOnly = false
    @Option(name: .customLong("as-of"), help: "Ngày tính trạng thái (dd/mm/yyyy hoặc yyyy-mm-dd); mặc định hôm nay.") var asOf: String?
    @Option(help: "Tên người sửa ghi vào nhật ký (mặc định $USER).") var editor: String?

    func run() throws {
        try DashboardLauncher(directory: dataOption ?? directory, lang: lang, theme: theme, readOnly: readOnly, asOf: asOf,
                              editor: editor, present: false, allowNotes: false).run()
    }
}

/// `ocop present`: the meeting deck, read-only unless `--allow-notes`.
struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Trình chiếu trong cuộc họp (presentation mode for review meetings).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi
    @Option(help: "Giao diện (mặc định projector).") var theme: String = "projector"
    @Flag(name: .customLong("allow-notes"), help: "Cho phép ghi kết luận trên trang nhiệm vụ (phím n).") var allowNotes = false
    @Option(name: .customLong("as-of"), help: "Ngày tính trạng thái; mặc định hôm nay.") var asOf: String?
    @Option(help: "Tên người ghi vào nhật ký (mặc định $USER).") var editor: String?

    func run() throws {
        try DashboardLauncher(directory: directory, lang: lang, theme: theme, readOnly: false, asOf: asOf,
                              editor: editor, present: true, allowNotes: allowNotes).run()
    }
}

/// Loads the data and runs the dashboard (or the deck) in the terminal.
struct DashboardLauncher {
    var directory: String?
    var lang: Language
    var theme: String
    var readOnly: Bool
    var asOf: String?
    var editor: String?
    var present: Bool
    var allowNotes: Bool

    func run() throws {
        let dir = directory ?? Resources.sample
        let day = try CommandSupport.asOfDate(asOf)
        let t0 = Date()
        let (ds, result) = try CommandSupport.loadOrExit(dir, lang: lang)
        let t1 = Date()
        let themes = try TerminalSession.loadThemes(first: theme)
        try TerminalSession.run { backend in
            var state = AppState(dataset: ds, warnings: result.warnings, asOf: day, lang: lang, themes: themes, readOnly: readOnly)
            // Goes to the session log (stderr is redirected while the UI runs).
            FileHandle.standardError.write(Data(String(format: "ocop: loaded %@ in %.2f s, dashboard state in %.2f s\n", dir, t1.timeIntervalSince(t0), Date().timeIntervalSince(t1)).utf8))
            if let editor { state.editor = editor }
            if present { state.startPresentation(allowNotes: allowNotes) }
            var screen = CrashTestScreen(inner: DashboardScreen(state: state, directory: URL(fileURLWithPath: dir)),
                                         armed: ProcessInfo.processInfo.environment["OCOP_TEST_CRASH_KEY"] == "1")
            AppLoop.run(&screen, backend: backend)
        }
    }
}

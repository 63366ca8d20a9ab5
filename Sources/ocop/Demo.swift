import ArgumentParser
import Foundation
import NcursesBackend
import OCOPApp
import OCOPModel
import OCOPText
import TerminalCore

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Màn hình thử lớp terminal: bảng tên tiếng Việt (terminal layer demo).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "Giao diện: dark, light, high-contrast, projector, mono, hoặc đường dẫn tệp .json.") var theme: String = "dark"

    func run() throws {
        let dir = directory ?? Resources.sample
        let (ds, _) = try CommandSupport.loadOrExit(dir, lang: .vi)
        let themes = try TerminalSession.loadThemes(first: theme)
        try MainActor.assumeIsolated { try TerminalSession.run { backend in
            var screen = CrashTestScreen(inner: DemoScreen(dataset: ds, themes: themes),
                                         armed: ProcessInfo.processInfo.environment["OCOP_TEST_CRASH_KEY"] == "1")
            AppLoop.run(&screen, backend: backend)
        } }
    }
}

/// Starts and always ends the ncurses session around a body, turning start failures into clear messages and exit 2.
enum TerminalSession {
    static func loadThemes(first: String) throws -> [Theme] {
        let dir = Resources.themes
        do {
            var themes = [try ThemeLoader.load(first, themesDirectory: dir)]
            for name in ["dark", "light", "high-contrast", "projector", "mono"] where name != themes[0].name {
                if let t = try? ThemeLoader.load(name, themesDirectory: dir) { themes.append(t) }
            }
            return themes
        } catch let e as ThemeError {
            // A bare name that is not one of ours: say which there are, rather than which file was missing.
            let known = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".json") }
                .map { String($0.dropLast(5)) }.sorted()
            let bare = !first.contains("/") && !first.hasSuffix(".json")
            let text = bare && !known.contains(first)
                ? Language.allCases.map { Msg.unknownTheme.text($0, first, known.joined(separator: ", ")) }.joined(separator: "\n")
                : "ocop: \(e)"
            FileHandle.standardError.write(Data(SafeText.output(text + "\n").utf8))
            throw ExitCode(2)
        }
    }

    @MainActor
    static func run(_ body: (NcursesTerminal) throws -> Void) throws {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-\(getpid()).log").path
        let backend: NcursesTerminal
        do {
            backend = try NcursesTerminal(logPath: log)
        } catch let e as TerminalStartError {
            FileHandle.standardError.write(Data(SafeText.output(e.description + "\n").utf8))
            throw ExitCode(2)
        }
        defer { backend.shutdown() }
        try body(backend)
    }
}

/// Wraps a screen so the end-to-end tests can make the process crash on "!" (only with OCOP_TEST_CRASH_KEY=1).
struct CrashTestScreen<Inner: TerminalScreen>: TerminalScreen {
    var inner: Inner
    let armed: Bool
    var theme: Theme { inner.theme }

    mutating func handle(_ event: InputEvent?, size: (width: Int, height: Int)) -> LoopControl {
        if armed, case .key(.char("!")) = event { fatalError("ocop: deliberate crash for the terminal-restore test") }
        return inner.handle(event, size: size)
    }

    func render(into buffer: inout CellBuffer) -> (x: Int, y: Int)? { inner.render(into: &buffer) }
}

import Foundation
import Testing
import TestSupport
import Spawn

/// The real binary under tmux: alignment, resize, quitting and signals leave a usable terminal.
@Suite(.serialized) struct TerminalEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    func requireBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build first: `make test` runs `swift build --product ocop`")
    }

    /// Every row of the bordered box ends in a border at the same column: wide and combining characters did not shift it.
    func bordersAlign(_ screen: String, width: Int) -> Bool {
        let lines = screen.components(separatedBy: "\n").filter { !$0.isEmpty }
        let starts: Set<Character> = ["│", "╭", "╰", "┌", "└", "┃", "┏", "┗"]
        let ends: Set<Character> = ["│", "╮", "╯", "┐", "┘", "┃", "┓", "┛"]
        let boxed = lines.filter { $0.first.map(starts.contains) ?? false }
        guard boxed.count >= 3 else { return false }
        return boxed.allSatisfy { line in
            let cols = line.reduce(0) { $0 + (($1.unicodeScalars.first.map { $0.value >= 0x1100 && $0.value <= 0x115F || ($0.value >= 0x4E00 && $0.value <= 0x9FFF) } ?? false) ? 2 : 1) }
            return cols == width && (line.last.map(ends.contains) ?? false)
        }
    }

    func childPID(_ t: TmuxSession) -> Int32? {
        let shell = t.display("#{pane_pid}")
        guard let r = try? runProcess(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-P", shell]) else { return nil }
        return Int32(r.stdout.split(separator: "\n").first ?? "")
    }

    @Test(arguments: [(80, 24, "dark"), (200, 60, "dark"), (80, 24, "light"), (200, 60, "mono"), (120, 40, "projector")])
    func demoTableAlignsAndQuits(width: Int, height: Int, theme: String) throws {
        try requireBinary()
        let t = try TmuxSession(width: width, height: height)
        defer { t.kill() }
        t.sendLine("\(binary) demo --theme \(theme)")
        // A capture may catch a frame half drawn: wait for a whole one, whose borders must then align.
        let shown = t.waitFor { $0.contains("Chôm chôm Java Long Khánh") && $0.contains("Thoát") && bordersAlign($0, width: width) }
        #expect(shown.ok, "demo did not appear with aligned borders:\n\(shown.screen)")
        #expect(shown.screen.contains("theme: \(theme)"))
        #expect(t.alternateOn)
        t.send("j", "j")
        #expect(t.waitFor { $0.contains("3/352") }.ok)
        t.send("q")
        let back = t.waitFor { !$0.contains("Thoát") }
        #expect(back.ok)
        #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok, "still in the alternate screen after q")
        t.sendLine("echo ok-$((40+2))")
        #expect(t.waitFor { $0.contains("ok-42") }.ok, "the shell is not usable after quitting")
    }

    @Test func resizeReflows() throws {
        try requireBinary()
        let t = try TmuxSession(width: 80, height: 24)
        defer { t.kill() }
        t.sendLine("\(binary) demo")
        #expect(t.waitFor { $0.contains("Thoát") }.ok)
        t.resize(width: 120, height: 30)
        // The redraw after a resize may be captured half-way; wait for a whole frame whose borders align.
        let wide = t.waitFor { screen in
            (screen.components(separatedBy: "\n").first.map { $0.count == 120 && $0.hasSuffix("╮") } ?? false) && bordersAlign(screen, width: 120)
        }
        #expect(wide.ok, "no aligned reflow to 120 columns:\n\(wide.screen)")
        t.resize(width: 60, height: 20)
        let narrow = t.waitFor { screen in screen.components(separatedBy: "\n").first.map { $0.count == 60 && $0.hasSuffix("╮") } ?? false }
        #expect(narrow.ok, "no reflow to 60 columns:\n\(narrow.screen)")
        t.send("q")
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT, SIGQUIT])
    func signalsRestoreTheTerminal(signal: Int32) throws {
        try requireBinary()
        let t = try TmuxSession(width: 80, height: 24)
        defer { t.kill() }
        t.sendLine("\(binary) demo")
        #expect(t.waitFor { $0.contains("Thoát") }.ok)
        #expect(t.alternateOn)
        let pid = try #require(childPID(t))
        kill(pid, signal)
        #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok, "alternate screen left on after signal \(signal)")
        t.sendLine("echo sig-$((6*7))")
        let ok = t.waitFor { $0.contains("sig-42") }
        #expect(ok.ok, "typed text not echoed after signal \(signal):\n\(ok.screen)")
    }

    @Test func crashRestoresTheTerminalAndKeepsTheMessage() throws {
        try requireBinary()
        let t = try TmuxSession(width: 100, height: 30, environment: ["OCOP_TEST_CRASH_KEY": "1", "SWIFT_BACKTRACE": "enable=no"])
        defer { t.kill() }
        t.sendLine("\(binary) demo; echo crashed=$?")
        #expect(t.waitFor { $0.contains("Thoát") }.ok)
        t.send("!")
        let s = t.waitFor(timeout: 15) { $0.contains("\ncrashed=") }
        #expect(s.ok, "no exit after the crash:\n\(s.screen)")
        #expect(!t.alternateOn)
        // The terminal says where the crash message is, and the log holds it.
        let line = try #require(s.screen.components(separatedBy: "\n").first { $0.contains("crashed; details in") }, "\(s.screen)")
        let path = String(try #require(line.components(separatedBy: "details in ").last)).trimmingCharacters(in: .whitespaces)
        let log = try String(contentsOfFile: path, encoding: .utf8)
        #expect(log.contains("deliberate crash"), "the crash message did not survive in \(path)")
        t.sendLine("echo after-$((5+5))")
        #expect(t.waitFor { $0.contains("after-10") }.ok)
    }

    /// The crash log of a process: `TMPDIR` (or /tmp) `/ocop-PID.log`.
    func crashLog(_ pid: Int32) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("ocop-\(pid).log").path
    }

    @Test(arguments: [SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE])
    func faultsRestoreTheTerminalLogAndEndWithTheSignal(signal: Int32) throws {
        try requireBinary()
        // No SWIFT_BACKTRACE given: ocop itself makes the runtime's backtracer non-interactive.
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) \(RepoPaths.sample.path); echo status=$?")
        #expect(t.waitFor { $0.contains("Tổng quan") && $0.contains("Thoát") }.ok)
        let pid = try #require(childPID(t))
        let log = crashLog(pid)
        defer { try? FileManager.default.removeItem(atPath: log) }
        let sent = Date()
        kill(pid, signal)
        // At once: no "press a key" prompt, no 30-second wait.
        let s = t.waitFor(timeout: 10) { $0.contains("\nstatus=") }
        let took = Date().timeIntervalSince(sent)
        #expect(s.ok, "no exit after signal \(signal):\n\(s.screen)")
        #expect(s.screen.contains("status=\(128 + signal)"), "signal \(signal):\n\(s.screen)")
        #expect(took < 5, "signal \(signal) took \(took) s to end the process")
        #expect(!s.screen.contains("press") && !s.screen.contains("Program crashed"), "the backtracer spoke on the terminal:\n\(s.screen)")
        #expect(s.screen.contains("crashed; details in \(log)"), "\(s.screen)")
        #expect(!t.alternateOn)
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(text.contains("ocop: crashed with SIG"), "crash log \(log): \(text.prefix(500))")
        t.sendLine("echo back-$((6*7))")
        #expect(t.waitFor { $0.contains("back-42") }.ok, "the shell is not usable after signal \(signal)")
    }

    @Test func cleanRunsLeaveNoCrashLog() throws {
        try requireBinary()
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        for how in ["q", "TERM", "HUP", "INT"] {
            t.sendLine("\(binary) demo")
            #expect(t.waitFor { $0.contains("Thoát") }.ok)
            let pid = try #require(childPID(t))
            #expect(FileManager.default.fileExists(atPath: crashLog(pid)), "the session log exists while the UI runs")
            switch how {
            case "q": t.send("q")
            case "TERM": kill(pid, SIGTERM)
            case "HUP": kill(pid, SIGHUP)
            default: kill(pid, SIGINT)
            }
            // (bash drops the rest of the line after a child killed by SIGINT: wait for the process to be gone.)
            let end = Date().addingTimeInterval(10)
            while kill(pid, 0) == 0 && Date() < end { usleep(50_000) }
            #expect(kill(pid, 0) != 0, "\(how) did not end the process")
            #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok)
            #expect(!FileManager.default.fileExists(atPath: crashLog(pid)), "\(how) left \(crashLog(pid))")
        }
    }

    @Test func bracketedPasteIsTextNotKeys() throws {
        try requireBinary()
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) demo; echo status=$?")
        #expect(t.waitFor { $0.contains("1/352") }.ok)
        // Pasted "jjjq" would move three rows and quit if it arrived as keys.
        t.paste("jjjq\nq")
        usleep(500_000)
        t.send("j")
        let s = t.waitFor { $0.contains("2/352") }
        #expect(s.ok && t.alternateOn, "the paste acted as keys:\n\(s.screen)")
        t.send("q")
        #expect(t.waitFor { $0.contains("\nstatus=0") }.ok)
        // Bracketed paste is off again at the shell: a paste there is plain text.
        t.paste("echo pasted-$((2+3))")
        t.send("Enter")
        #expect(t.waitFor { $0.contains("\npasted-5") }.ok)
    }

    @Test func refusesWithoutATerminal() throws {
        try requireBinary()
        let r = try runProcess(RepoPaths.binary, ["demo"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("không phải là terminal"))
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = nil
        let t = try TmuxSession(width: 80, height: 24)
        defer { t.kill() }
        t.sendLine("env -u TERM \(binary) demo; echo status=$?")
        let s = t.waitFor { $0.contains("\nstatus=") }
        #expect(s.screen.contains("status=2") && s.screen.contains("TERM"), "\(s.screen)")
        t.sendLine("TERM=dumb \(binary) demo; echo dumb=$?")
        let d = t.waitFor { $0.contains("\ndumb=") }
        #expect(d.screen.contains("dumb=2"), "\(d.screen)")
        t.sendLine("TERM=no-such-terminal \(binary) demo; echo unknown=$?")
        let u = t.waitFor { $0.contains("\nunknown=") }
        #expect(u.screen.contains("unknown=2") && u.screen.contains("no-such-terminal"), "\(u.screen)")
    }

    @Test func rowMoveSendsFewBytes() throws {
        try requireBinary()
        let t = try TmuxSession(width: 120, height: 40)
        defer { t.kill() }
        t.sendLine("\(binary) demo")
        #expect(t.waitFor { $0.contains("1/352") }.ok)
        t.startCountingBytes()
        usleep(300_000)  // tmux's pipe starts asynchronously; on a loaded machine the move could come first
        t.send("j")
        #expect(t.waitFor { $0.contains("2/352") }.ok)
        usleep(200_000)
        let bytes = t.bytesWritten()
        t.stopCountingBytes()
        #expect(bytes > 0 && bytes <= 600, "a row move wrote \(bytes) bytes")
        t.send("q")
    }
}

import Foundation
import Spawn

/// Runs a real program in a detached tmux session on a private server, to see what a user sees.
public final class TmuxSession {
    public let name: String
    let socket: String
    public private(set) var pipeFile: URL?

    /// Starts an interactive shell at a size; send the command to run with `sendLine`.
    public init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        name = "t\(UInt32.random(in: 0...UInt32.max))"
        // One server per session, so suites running in parallel never end each other's sessions.
        socket = "ocop-test-\(getpid())-\(name)"
        var env = environment.map { "\($0.key)=\($0.value)" }
        if environment["LANG"] == nil { env.append("LANG=C.UTF-8") }
        let shell = "env \(env.joined(separator: " ")) bash --norc --noprofile"
        let r = try tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
        guard r.status == 0 else { throw TmuxError.failed("new-session: \(r.stderr)") }
        _ = try? tmux(["set-option", "-t", name, "status", "off"])
        _ = try? tmux(["set-option", "-g", "-t", name, "escape-time", "10"])
    }

    deinit { kill() }

    public enum TmuxError: Error { case failed(String) }

    @discardableResult
    func tmux(_ args: [String]) throws -> ProcessResult {
        try runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", socket] + args)
    }

    /// Types a line of text and Enter into the shell.
    public func sendLine(_ text: String) {
        _ = try? tmux(["send-keys", "-t", name, "-l", text])
        _ = try? tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Sends tmux key names (`j`, `Enter`, `Escape`, `Up`, `C-c`, `F1`).
    public func send(_ keys: String...) {
        _ = try? tmux(["send-keys", "-t", name] + keys)
    }

    /// Sends literal text (Vietnamese included).
    public func sendLiteral(_ text: String) {
        _ = try? tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Pastes text the way a terminal does: bracketed (`ESC[200~` … `ESC[201~`) when the program asked for it,
    /// as plain typed text otherwise.
    public func paste(_ text: String) {
        _ = try? tmux(["set-buffer", "-b", "ocop-paste", text])
        _ = try? tmux(["paste-buffer", "-p", "-d", "-b", "ocop-paste", "-t", name])
    }

    /// The visible screen as text.
    public func capture() -> String {
        (try? tmux(["capture-pane", "-p", "-t", name]))?.stdout ?? ""
    }

    /// Polls the screen until `predicate` holds or the deadline passes; returns the last screen and whether it held.
    @discardableResult
    public func waitFor(timeout: Double = 10, _ predicate: (String) -> Bool) -> (ok: Bool, screen: String) {
        let end = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > end { return (false, screen) }
            usleep(50_000)
            screen = capture()
        }
        return (true, screen)
    }

    /// A tmux format value for the pane, e.g. `#{alternate_on}`.
    public func display(_ format: String) -> String {
        ((try? tmux(["display-message", "-p", "-t", name, format]))?.stdout ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Whether the pane shows the alternate screen (a full-screen program is running).
    public var alternateOn: Bool { display("#{alternate_on}") == "1" }

    /// The process id of the program in the foreground of the pane's terminal, if not the shell.
    public func resize(width: Int, height: Int) {
        _ = try? tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Starts counting the bytes the program writes to the terminal.
    public func startCountingBytes() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-pipe-\(name).bin")
        try? Data().write(to: url)
        pipeFile = url
        _ = try? tmux(["pipe-pane", "-o", "-t", name, "cat >> \(url.path)"])
    }

    /// Bytes written since counting started.
    public func bytesWritten() -> Int {
        guard let pipeFile else { return 0 }
        return ((try? FileManager.default.attributesOfItem(atPath: pipeFile.path)[.size]) as? Int) ?? 0
    }

    /// Stops counting bytes.
    public func stopCountingBytes() {
        _ = try? tmux(["pipe-pane", "-t", name])
    }

    /// Ends the session and its server.
    public func kill() {
        _ = try? tmux(["kill-server"])
        if let pipeFile { try? FileManager.default.removeItem(at: pipeFile) }
    }
}

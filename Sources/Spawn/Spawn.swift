import Foundation

/// Runs a process to completion and captures its output.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs an executable with arguments and returns its exit status and output.
/// Uses posix_spawn and waitpid with output in temporary files: a daemon the program starts (a tmux server)
/// may keep pipes open forever, and Foundation's Process may not reap a child on a test thread.
public func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let dir = FileManager.default.temporaryDirectory
    let outPath = dir.appendingPathComponent("ocop-run-\(UUID().uuidString).out").path
    let errPath = dir.appendingPathComponent("ocop-run-\(UUID().uuidString).err").path
    defer {
        try? FileManager.default.removeItem(atPath: outPath)
        try? FileManager.default.removeItem(atPath: errPath)
    }
    let pid = try startProcess(executable, arguments, environment: environment, stdout: outPath, stderr: errPath)
    let code = waitForProcess(pid)
    let o = (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data()
    let e = (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data()
    return ProcessResult(status: code, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

/// Waits for a started process; returns its exit status, or 128 + the signal that ended it.
public func waitForProcess(_ pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    let exited = (status & 0x7F) == 0
    return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
}

/// Starts an executable without waiting for it (stdin from /dev/null, output to the given files or /dev/null);
/// returns its pid, for `waitForProcess` or `kill`.
public func startProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                         stdout outPath: String = "/dev/null", stderr errPath: String = "/dev/null") throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let argv = [executable.path] + arguments
    let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    var cEnv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer {
        cArgs.forEach { free($0) }
        cEnv.forEach { free($0) }
    }
    // Children must not inherit the test thread's blocked signals (tmux, the shell and ocop need SIGWINCH, SIGTERM …).
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var empty = sigset_t()
    sigemptyset(&empty)
    posix_spawnattr_setsigmask(&attr, &empty)
    var defaults = sigset_t()
    sigfillset(&defaults)
    sigdelset(&defaults, SIGKILL)
    sigdelset(&defaults, SIGSTOP)
    posix_spawnattr_setsigdefault(&attr, &defaults)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, executable.path, &actions, &attr, &cArgs, &cEnv)
    guard rc == 0 else { throw NSError(domain: "runProcess", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "spawn \(executable.path) failed: \(rc)"]) }
    return pid
}

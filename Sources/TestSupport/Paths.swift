import Foundation

/// Paths of the repository, found from this source file, so tests run from any working directory.
public enum RepoPaths {
    /// The repository root.
    public static let root: URL = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }()
    /// The bundled sample dataset.
    public static var sample: URL { root.appendingPathComponent("data/dong-nai") }
    /// The broken-dataset corpus.
    public static var corpus: URL { root.appendingPathComponent("Tests/Corpus") }
    /// The debug build of the `ocop` executable, built by `make test` before the tests run.
    public static var binary: URL {
        if let p = ProcessInfo.processInfo.environment["OCOP_BINARY"] { return URL(fileURLWithPath: p) }
        return root.appendingPathComponent(".build/debug/ocop")
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory(_ label: String = "ocop") -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs a process to completion and captures its output.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs an executable with arguments and returns its exit status and output.
public func runProcess(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> ProcessResult {
    let p = Process()
    p.executableURL = executable
    p.arguments = arguments
    if let environment { p.environment = environment }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = FileHandle.nullDevice
    try p.run()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return ProcessResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

import Foundation
import Spawn

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

    /// A fresh temporary copy of the sample dataset (every JSON file of `data/dong-nai/`), to save into.
    public static func copyOfSample(_ label: String = "sample") throws -> URL {
        let dir = temporaryDirectory(label)
        for name in try FileManager.default.contentsOfDirectory(atPath: sample.path) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(at: sample.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        return dir
    }
}

import Foundation
import Testing
import TerminalCore

/// Golden-file snapshots of screens: compared as text, recorded when `RECORD_SNAPSHOTS` is set or the file is missing,
/// with a line diff on failure.
public enum Golden {
    /// The directory of goldens beside the calling test file.
    static func directory(for filePath: String) -> URL {
        URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
    }

    /// The text a golden file holds for a buffer: the screen, and with `styles` the role codes of each cell.
    public static func render(_ buffer: CellBuffer, styles: Bool = false) -> String {
        var s = buffer.text + "\n"
        if styles {
            s += "--- styles ---\n" + buffer.styleLines().joined(separator: "\n") + "\n"
        }
        return s
    }

    /// A readable line diff between expected and actual text.
    public static func diff(expected: String, actual: String) -> String {
        let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
        var out: [String] = []
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? e[i] : "∅", al = i < a.count ? a[i] : "∅"
            if el != al {
                out.append(String(format: "%3d - %@", i + 1, el))
                out.append(String(format: "%3d + %@", i + 1, al))
            }
        }
        return out.joined(separator: "\n")
    }

    /// Compares `actual` with the golden `name`, recording it when asked or when it does not exist yet.
    public static func assert(_ actual: String, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
        let dir = directory(for: filePath)
        let url = dir.appendingPathComponent(name + ".txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
        if record || !FileManager.default.fileExists(atPath: url.path) {
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            if !record {
                let message = "Recorded a new golden \(url.lastPathComponent); check it and run the tests again."
                Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
            }
            return
        }
        // Decoded by hand: String(contentsOf:) would drop a byte-order mark the output really has.
        let expected = (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        if expected != actual {
            let message = "Screen differs from golden \(name).txt (RECORD_SNAPSHOTS=1 re-records):\n" + diff(expected: expected, actual: actual)
            Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
        }
    }

    /// Compares a buffer with a golden.
    public static func assert(_ buffer: CellBuffer, named name: String, styles: Bool = false, filePath: String = #filePath,
                              sourceLocation: SourceLocation = #_sourceLocation) {
        assert(render(buffer, styles: styles), named: name, filePath: filePath, sourceLocation: sourceLocation)
    }
}

import Foundation

/// Finds the package's resource folders (sample data, themes) from the working directory or the executable's location.
enum Resources {
    /// The first existing `relative` path under the working directory or above the executable.
    static func find(_ relative: String, marker: String) -> URL? {
        let fm = FileManager.default
        let cwd = URL(fileURLWithPath: fm.currentDirectoryPath).appendingPathComponent(relative)
        if fm.fileExists(atPath: cwd.appendingPathComponent(marker).path) { return cwd }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = url.appendingPathComponent(relative)
            if fm.fileExists(atPath: candidate.appendingPathComponent(marker).path) { return candidate }
            url.deleteLastPathComponent()
        }
        return nil
    }

    static var sample: String { find("data/dong-nai", marker: "dataset.json")?.path ?? "data/dong-nai" }
    static var themes: URL { find("themes", marker: "dark.json") ?? URL(fileURLWithPath: "themes") }
}

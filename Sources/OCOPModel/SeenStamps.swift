import Foundation

/// The stamps of the data files as `ocop` last knew them (`.ocop/seen.json`, kept once history has begun with a
/// first snapshot): a file whose stamp differs at the next load was changed outside `ocop`.
public enum SeenStamps {
    /// The folder of history beside the data.
    public static func historyDirectory(_ dir: URL) -> URL { dir.appendingPathComponent(".ocop") }
    static func url(_ dir: URL) -> URL { historyDirectory(dir).appendingPathComponent("seen.json") }

    /// One file's stamp as stored.
    struct Stored: Codable, Equatable {
        var mtime: Double
        var size: Int
        var inode: Int
        init(_ s: FileStamp) {
            mtime = s.mtime.timeIntervalSince1970
            size = s.size
            inode = s.inode
        }
    }

    /// Whether history is kept for the directory.
    public static func historyKept(_ dir: URL) -> Bool {
        FileManager.default.fileExists(atPath: url(dir).path)
    }

    /// The data files whose stamps differ from the ones last seen (nil when no history is kept).
    public static func changedFiles(_ dir: URL) -> [DatasetFile]? {
        guard let seen = read(dir) else { return nil }
        return DatasetFile.allCases.filter { f in
            FileStamp.of(dir.appendingPathComponent(f.rawValue).path).map(Stored.init) != seen[f.rawValue]
        }
    }

    /// Records the current stamps of every data file as seen.
    public static func markAllSeen(_ dir: URL) throws {
        var out: [String: Stored] = [:]
        for f in DatasetFile.allCases {
            if let s = FileStamp.of(dir.appendingPathComponent(f.rawValue).path) { out[f.rawValue] = Stored(s) }
        }
        try write(out, dir)
    }

    /// Takes in `ocop`'s own write of a file: when the file was as last seen before the write, the new stamp is seen;
    /// otherwise it stays unseen, so the next load journals what someone else changed in it meanwhile.
    static func tookOwnWrite(_ file: DatasetFile, before: FileStamp?, after: FileStamp?, in dir: URL) {
        guard var seen = read(dir) else { return }
        guard seen[file.rawValue] == before.map(Stored.init) || (before == nil && seen[file.rawValue] == nil) else { return }
        seen[file.rawValue] = after.map(Stored.init)
        try? write(seen, dir)
    }

    static func read(_ dir: URL) -> [String: Stored]? {
        guard let d = try? Data(contentsOf: url(dir)) else { return nil }
        return try? JSONDecoder().decode([String: Stored].self, from: d)
    }

    static func write(_ seen: [String: Stored], _ dir: URL) throws {
        try FileManager.default.createDirectory(at: historyDirectory(dir), withIntermediateDirectories: true)
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        try DatasetWriter.writeAtomically(try enc.encode(seen), to: url(dir))
    }
}

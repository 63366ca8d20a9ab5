import Foundation
import OCOPModel

/// One snapshot of the data files: when, why, who, how much of the journal it already holds, and each file's
/// content address.
public struct Snapshot: Codable, Sendable, Hashable {
    /// One file of a snapshot: its SHA-256 and size uncompressed.
    public struct File: Codable, Sendable, Hashable {
        public var sha256: String
        public var size: Int
    }
    public var time: String
    /// Why it was taken: "snapshot" (`ocop snapshot`), "close-meeting".
    public var reason: String
    public var meetingId: String?
    public var user: String
    /// The journal's length in bytes when the snapshot was taken: the journal after it is what came later.
    public var journalBytes: Int
    public var files: [String: File]
}

/// What taking a snapshot did: the snapshot, and the bytes it added to the store (files already stored cost nothing).
public struct SnapshotReport: Sendable {
    public var snapshot: Snapshot
    public var storedBytes: Int
    public var newObjects: Int
    public var dataBytes: Int
}

/// The snapshot store beside the data: `.ocop/snapshots/<sha256>.json.zlib` (each distinct file content once, zlib
/// compressed) and `.ocop/snapshots/index.jsonl` (one snapshot per line, oldest first).
public enum SnapshotStore {
    /// The folder of the store.
    public static func folder(_ dir: URL) -> URL { SeenStamps.historyDirectory(dir).appendingPathComponent("snapshots") }
    static func index(_ dir: URL) -> URL { folder(dir).appendingPathComponent("index.jsonl") }
    static func object(_ dir: URL, _ sha: String) -> URL { folder(dir).appendingPathComponent(sha + ".json.zlib") }

    /// Stores the data files as they are now, under the dataset's lock; journals the snapshot and marks the
    /// files as seen (history begins with the first snapshot).
    @discardableResult
    public static func take(_ dir: URL, reason: String, meetingId: String? = nil, user: String, time: String = DatasetWriter.timestamp()) throws -> SnapshotReport {
        try DatasetWriter.withLock(in: dir) {
            try FileManager.default.createDirectory(at: folder(dir), withIntermediateDirectories: true)
            var files: [String: Snapshot.File] = [:]
            var stored = 0, fresh = 0, total = 0
            for f in DatasetFile.allCases {
                let url = dir.appendingPathComponent(f.rawValue)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let data = try Data(contentsOf: url)
                let sha = SHA256.hex(data)
                total += data.count
                files[f.rawValue] = Snapshot.File(sha256: sha, size: data.count)
                let obj = object(dir, sha)
                if !FileManager.default.fileExists(atPath: obj.path) {
                    let z = try Zlib.compress(data)
                    try DatasetWriter.writeAtomically(z, to: obj)
                    try? FileManager.default.removeItem(at: obj.appendingPathExtension("bak"))
                    stored += z.count
                    fresh += 1
                }
            }
            let snap = Snapshot(time: time, reason: reason, meetingId: meetingId, user: user,
                                journalBytes: journalSize(dir), files: files)
            try appendIndex(snap, dir)
            // The journal stays the one record: the snapshot appears in it (kind `snapshots`, which replay passes over).
            let names = files.keys.sorted().map { "\($0)=\(files[$0]?.sha256.prefix(12) ?? "")" }.joined(separator: " ")
            try DatasetWriter.journal([JournalEntry(time: time, user: user, kind: "snapshots", id: meetingId ?? time, field: "files",
                                                    before: nil, after: names, action: JournalAction.snapshot.rawValue)], in: dir)
            try SeenStamps.markAllSeen(dir)
            return SnapshotReport(snapshot: snap, storedBytes: stored, newObjects: fresh, dataBytes: total)
        }
    }

    /// The journal's size in bytes.
    static func journalSize(_ dir: URL) -> Int {
        (try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(DatasetWriter.journalName).path)[.size] as? NSNumber)?.intValue ?? 0
    }

    static func appendIndex(_ s: Snapshot, _ dir: URL) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try enc.encode(s)
        line.append(0x0A)
        let fd = open(index(dir).path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw SaveError(file: "index.jsonl", failure: FileSystemFailure(errno: errno)) }
        defer { close(fd) }
        let n = line.withUnsafeBytes { raw in raw.baseAddress.map { write(fd, $0, raw.count) } ?? 0 }
        guard n == line.count, fsync(fd) == 0 else { throw SaveError(file: "index.jsonl", failure: FileSystemFailure(errno: errno)) }
    }

    /// Every snapshot, oldest first.
    public static func all(_ dir: URL) -> [Snapshot] {
        guard let d = try? Data(contentsOf: index(dir)) else { return [] }
        let dec = JSONDecoder()
        return d.split(separator: 0x0A).compactMap { try? dec.decode(Snapshot.self, from: Data($0)) }
    }

    /// The bytes of one file of a snapshot, checked against its address.
    public static func contents(_ file: Snapshot.File, in dir: URL) throws -> Data {
        let data = try Zlib.decompress(try Data(contentsOf: object(dir, file.sha256)), size: file.size)
        guard SHA256.hex(data) == file.sha256 else { throw Zlib.Failure(code: -3) }
        return data
    }

    /// The dataset a snapshot holds (loaded through the loader from a temporary copy of its files).
    public static func dataset(_ snap: Snapshot, in dir: URL) throws -> Dataset {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-asof-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: tmp) }
        for (name, f) in snap.files { try contents(f, in: dir).write(to: tmp.appendingPathComponent(name)) }
        guard let ds = DatasetLoader.load(directory: tmp).dataset else { throw HistoryError.snapshotUnreadable(snap.time) }
        return ds
    }
}

/// What can go wrong reading history.
public enum HistoryError: Error, Sendable, Equatable {
    /// No snapshot was taken on or before the date asked for.
    case noSnapshotBefore(String)
    /// A snapshot's files do not load.
    case snapshotUnreadable(String)
}

import Foundation
import OCOPText

/// Why a save failed, with what to do, in the user's language (never the system's English text).
public struct SaveError: Error, CustomStringConvertible, Sendable {
    /// The file that could not be written (or read before writing).
    public var file: String
    /// A reason given as text by the caller (used when `failure` is nil).
    public var reason: String
    /// The filesystem failure, when that is what happened.
    public var failure: FileSystemFailure?
    /// The file on disk could not be read as data of its kind (someone broke it after it was loaded).
    public var invalidOnDisk = false

    /// The message in Vietnamese, the default language (`message(_:)` gives either).
    public var description: String { message(.vi) }

    /// A failure to save a file, with the reason.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    /// A failure of the filesystem.
    public init(file: String, failure: FileSystemFailure) {
        self.file = file
        self.reason = ""
        self.failure = failure
    }

    /// A failure of the filesystem from `errno`.
    public init(file: String, errno code: Int32) {
        self.init(file: file, failure: FileSystemFailure(errno: code))
    }

    /// The file on disk is not valid data any more.
    static func invalid(_ file: String) -> SaveError {
        var e = SaveError(file: file, reason: "")
        e.invalidOnDisk = true
        return e
    }

    /// What failed, where, and what to do.
    public func message(_ lang: Language) -> String {
        if invalidOnDisk {
            return Msg.saveInvalidOnDisk.text(lang, file)
        }
        guard let failure else { return "\(file): \(reason)" }
        let denied = failure == .permissionDenied || failure == .readOnlyFileSystem
        if file == DatasetWriter.lockName {
            return Msg.saveLockFailed.text(lang, file, failure.text(lang)) + (denied ? Msg.saveLockReadOnly.text(lang) : ".")
        }
        let hint: String
        switch failure {
        case .permissionDenied, .readOnlyFileSystem:
            hint = Msg.savePermissionDenied.text(lang)
        case .noSpace: hint = Msg.saveNoSpace.text(lang)
        case .isDirectory: hint = Msg.saveIsDirectory.text(lang)
        default: hint = "."
        }
        return "\(file): \(failure.text(lang))\(hint)"
    }
}

/// One line of the journal (JSON Lines beside the data): who changed what, when, before and after.
public struct JournalEntry: Codable, Sendable, Equatable {
    public var time: String
    public var user: String
    public var kind: String
    public var id: String
    public var field: String
    public var before: String?
    public var after: String?
    /// What was done: add, edit, delete, undo, redo, or a quick action such as note or evaluation.
    public var action: String?

    /// An entry for one changed field.
    public init(time: String, user: String, kind: String, id: String, field: String, before: String?, after: String?, action: String? = nil) {
        self.action = action
        self.time = time
        self.user = user
        self.kind = kind
        self.id = id
        self.field = field
        self.before = before
        self.after = after
    }
}

/// Writes dataset files safely: a temporary file in the same directory, flushed, renamed over the old one, the
/// directory flushed; permissions kept; the previous version kept as `FILE.bak`; every change journalled.
public enum DatasetWriter {
    /// The journal's file name inside a dataset directory.
    public static let journalName = "journal.jsonl"
    /// The advisory write lock's file name inside a dataset directory.
    public static let lockName = ".ocop.lock"

    /// Replaces one file of the dataset atomically with the encoded records of `ds`.
    public static func save(_ file: DatasetFile, of ds: Dataset, in dir: URL) throws {
        let data = try DatasetEncoder.encode(file, of: ds)
        try writeAtomically(data, to: dir.appendingPathComponent(file.rawValue))
    }

    /// Writes bytes to `url` so that readers see either the old or the new content, never a mix.
    public static func writeAtomically(_ data: Data, to url: URL) throws {
        try writeAtomically(parts: [data], to: url)
    }

    /// Writes the concatenation of `parts` atomically (slices of a mapped file are written without copying them).
    public static func writeAtomically(parts: [Data], to url: URL) throws {
        let fm = FileManager.default
        let dir = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        sweepStaleTemporaries(for: name, in: dir)
        let tmp = dir.appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let mode = (try? fm.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        let fd = open(tmp.path, O_WRONLY | O_CREAT | O_EXCL, mode_t(mode))
        guard fd >= 0 else { throw SaveError(file: name, errno: errno) }
        var ok = true
        var reason = FileSystemFailure.ioError
        for data in parts where ok {
            data.withUnsafeBytes { raw in
                var off = 0
                while off < raw.count {
                    guard let base = raw.baseAddress else { break }
                    let n = write(fd, base + off, raw.count - off)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { ok = false; reason = n == 0 ? .noSpace : FileSystemFailure(errno: errno); break }
                    off += n
                }
            }
        }
        if ok && fsync(fd) != 0 { ok = false; reason = FileSystemFailure(errno: errno) }
        fchmod(fd, mode_t(mode))
        close(fd)
        guard ok else {
            unlink(tmp.path)
            throw SaveError(file: name, failure: reason)
        }
        if fm.fileExists(atPath: url.path) {
            let bak = dir.appendingPathComponent(name + ".bak")
            unlink(bak.path)
            link(url.path, bak.path)
        }
        guard rename(tmp.path, url.path) == 0 else {
            let e = errno
            unlink(tmp.path)
            throw SaveError(file: name, errno: e)
        }
        let dfd = open(dir.path, O_RDONLY)
        if dfd >= 0 { fsync(dfd); close(dfd) }
    }

    /// Removes temporary files left by writers of `name` that were killed mid-save (their process is gone).
    public static func sweepStaleTemporaries(for name: String, in dir: URL) {
        let prefix = ".\(name)."
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir.path) else { return }
        for e in entries where e.hasPrefix(prefix) && e.hasSuffix(".tmp") {
            let parts = e.dropFirst(prefix.count).split(separator: ".")
            guard let pidText = parts.first, let pid = Int32(pidText) else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir.appendingPathComponent(e).path) }
        }
    }

    /// Appends entries to the journal, one JSON object per line, flushed before returning.
    public static func journal(_ entries: [JournalEntry], in dir: URL) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data()
        for e in entries { data.append(try enc.encode(e)); data.append(0x0A) }
        let path = dir.appendingPathComponent(journalName).path
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        guard fd >= 0 else { throw SaveError(file: journalName, errno: errno) }
        defer { close(fd) }
        let n = data.withUnsafeBytes { raw -> Int in raw.baseAddress.map { write(fd, $0, raw.count) } ?? 0 }
        guard n == data.count, fsync(fd) == 0 else { throw SaveError(file: journalName, errno: n >= 0 && n < data.count ? ENOSPC : errno) }
    }

    /// The last `limit` entries of the journal, oldest first (only the file's tail is read).
    public static func recentJournal(in dir: URL, limit: Int = 500) -> [JournalEntry] {
        guard let h = try? FileHandle(forReadingFrom: dir.appendingPathComponent(journalName)) else { return [] }
        defer { try? h.close() }
        let size = (try? h.seekToEnd()) ?? 0
        let window: UInt64 = min(size, UInt64(limit) * 2_048)
        try? h.seek(toOffset: size - window)
        guard let data = try? h.readToEnd() else { return [] }
        var lines = data.split(separator: 0x0A)
        if window < size, !lines.isEmpty { lines.removeFirst() }   // a line cut by the window
        let dec = JSONDecoder()
        return lines.suffix(limit).compactMap { try? dec.decode(JournalEntry.self, from: Data($0)) }
    }

    /// Runs `body` holding the dataset's advisory write lock (`.ocop.lock`, flock), so two processes' read-merge-write
    /// sequences never interleave.
    public static func withLock<T>(in dir: URL, _ body: () throws -> T) throws -> T {
        let fd = open(dir.appendingPathComponent(lockName).path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SaveError(file: lockName, errno: errno) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw SaveError(file: lockName, errno: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// An ISO 8601 timestamp for the journal.
    public static func timestamp(_ date: Date = Date()) -> String {
        ISO8601DateFormatter().string(from: date)
    }
}

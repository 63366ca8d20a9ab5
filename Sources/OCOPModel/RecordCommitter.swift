import Foundation

/// The identity of a file's content as `stat` sees it: changes when anyone writes the file.
public struct FileStamp: Equatable, Sendable {
    public var mtime: Date
    public var size: Int
    public var inode: Int

    /// The stamp of the file at `path` now, or nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        guard let a = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        return FileStamp(mtime: a[.modificationDate] as? Date ?? .distantPast, size: (a[.size] as? NSNumber)?.intValue ?? -1,
                         inode: (a[.systemFileNumber] as? NSNumber)?.intValue ?? -1)
    }
}

/// Someone else saved the record after this editor loaded it: both versions, for the user to choose.
public struct EditConflict: Error, Sendable, CustomStringConvertible {
    /// The change that could not be applied as it was.
    public var change: RecordChange
    /// The record as it is on disk now (nil when the other editor deleted it).
    public var theirs: Data?
    public var description: String { "\(change.file.rawValue): \(change.id) changed on disk" }
}

/// What a successful commit did.
public struct CommitReport: Sendable {
    /// Bytes written to the data file.
    public var bytesWritten: Int
    /// The file's stamp just before this write (compare with the one last seen to know if others wrote meanwhile).
    public var stampBefore: FileStamp?
    /// The file's stamp after this write.
    public var stampAfter: FileStamp?
    /// Whether the file was rewritten record by record (large files) rather than re-encoded whole.
    public var spliced: Bool
    /// Why the journal could not be written, when the data was saved but its journal lines were not.
    public var journalError: String?
}

/// Saves one record change into a dataset directory, merging with whatever is on disk: under the advisory lock,
/// the record is compared with the version this editor started from; other records (changed by colleagues) are
/// kept as they are on disk. The file is written atomically with a backup, then the change is journalled.
public enum RecordCommitter {
    /// Commits a change; throws `EditConflict` when the record on disk is not the one the change started from,
    /// `SaveError` when the file cannot be read or written. `action` names the change in the journal
    /// ("add", "edit", "delete", "undo", "redo", or a quick action).
    @discardableResult
    public static func commit(_ change: RecordChange, in dir: URL, user: String, action: String? = nil,
                              writer: ([Data], URL) throws -> Void = { try DatasetWriter.writeAtomically(parts: $0, to: $1) }) throws -> CommitReport {
        try DatasetWriter.withLock(in: dir) {
            let url = dir.appendingPathComponent(change.file.rawValue)
            let trace = ProcessInfo.processInfo.environment["OCOP_COMMIT_TRACE"] != nil
            var marks: [(String, Date)] = [("start", Date())]
            func mark(_ s: String) { if trace { marks.append((s, Date())) } }
            defer {
                if trace {
                    let parts = zip(marks.dropFirst(), marks).map { String(format: "%@ %.1f", $0.0.0, $0.0.1.timeIntervalSince($0.1.1) * 1000) }
                    FileHandle.standardError.write(Data(("commit: " + parts.joined(separator: ", ") + " ms\n").utf8))
                }
            }
            // An optional file (meetings.json) that is not there yet starts empty.
            if change.file.isOptional, access(url.path, F_OK) != 0, errno == ENOENT {
                let empty = "{\n  \"\(change.file.recordsKey)\": [],\n  \"schemaVersion\": \(DatasetFile.currentSchemaVersion)\n}\n"
                try writer([Data(empty.utf8)], url)
            }
            let stampBefore = FileStamp.of(url.path)
            let bytes: Data
            // Mapped, not copied: a large file is only read where the record is looked for and written out.
            var st = stat()
            if stat(url.path, &st) != 0 { throw SaveError(file: change.file.rawValue, errno: errno) }
            if (st.st_mode & S_IFMT) == S_IFDIR { throw SaveError(file: change.file.rawValue, failure: .isDirectory) }
            if (st.st_mode & S_IFMT) != S_IFREG { throw SaveError(file: change.file.rawValue, failure: .other(code: EINVAL)) }
            do { bytes = try Data(contentsOf: url, options: .alwaysMapped) } catch {
                throw SaveError(file: change.file.rawValue, failure: access(url.path, R_OK) != 0 ? FileSystemFailure(errno: errno) : .ioError)
            }
            mark("read")
            guard let type = change.file.recordType else { throw SaveError(file: change.file.rawValue, reason: "không phải tệp bản ghi / not a record file") }
            var spliced = false
            let out: [Data]
            if let s = try splice(change, bytes: bytes, type: type) {
                out = s
                spliced = true
            } else {
                out = try rewrite(change, bytes: bytes, type: type)
            }
            mark("splice")
            try writer(out, url)
            mark("write")
            let time = DatasetWriter.timestamp()
            let entries = change.fieldDiffs().map {
                JournalEntry(time: time, user: user, kind: change.file.recordsKey, id: change.id, field: $0.field,
                             before: $0.before, after: $0.after, action: action ?? change.verb)
            }
            // The data is saved at this point: a journal that cannot be written is reported, not a failed save.
            var journalError: String?
            do { try DatasetWriter.journal(entries, in: dir) } catch { journalError = "\(error)" }
            mark("journal")
            let stampAfter = FileStamp.of(url.path)
            SeenStamps.tookOwnWrite(change.file, before: stampBefore, after: stampAfter, in: dir)
            return CommitReport(bytesWritten: out.reduce(0) { $0 + $1.count }, stampBefore: stampBefore, stampAfter: stampAfter,
                                spliced: spliced, journalError: journalError)
        }
    }

    // MARK: - Any file: the record replaced in place, in the file's own formatting

    /// The new bytes of a file with only the changed record's bytes replaced, added or removed: the other records,
    /// the file's indentation and spacing, key order and the fields the model does not know are kept as they are.
    static func rewrite(_ change: RecordChange, bytes: Data, type: any DatasetRecord.Type) throws -> [Data] {
        let name = change.file.rawValue
        return try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Data] in
            let b = raw.bindMemory(to: UInt8.self)
            let loc: RecordSplice.Located
            do { loc = try RecordSplice.locate(change.id, key: change.file.recordsKey, in: b) } catch { throw SaveError.invalid(name) }
            var theirs: Data?
            if loc.index != nil {
                guard let c = try? RecordCodec.canonicalize(Data(UnsafeBufferPointer(rebasing: b[loc.range])), as: type), c.id == change.id else {
                    throw SaveError.invalid(name)
                }
                theirs = c.data
            }
            guard theirs == change.before else { throw EditConflict(change: change, theirs: theirs) }
            let els = loc.elements
            switch (loc.index, change.after, theirs) {
            case (_?, let new?, let old?):
                let record = try RecordSplice.rewrite(loc.raw, in: b, old: old, new: new)
                return [bytes[..<loc.range.lowerBound], record, bytes[loc.range.upperBound...]]
            case (let k?, nil, _):
                if els.count == 1 { return [bytes[..<(loc.array.lowerBound + 1)], bytes[(loc.array.upperBound - 1)...]] }
                if k < els.count - 1 { return [bytes[..<els[k].lowerBound], bytes[els[k + 1].lowerBound...]] }
                return [bytes[..<els[k - 1].upperBound], bytes[els[k].upperBound...]]
            case (nil, let new?, _):
                guard let last = els.last else {
                    // An empty list: the record goes on its own lines, one level in from the list's line.
                    let indent = RecordSplice.indent(of: loc.array.lowerBound, in: b)
                    let unit: [UInt8] = [0x20, 0x20]
                    let record = try RecordSplice.renderNew(new, like: nil, in: b, defaultIndent: indent + unit)
                    let body = Data([0x5B, 0x0A] + indent + unit) + record + Data([0x0A] + indent + [0x5D])
                    return [bytes[..<loc.array.lowerBound], body, bytes[loc.array.upperBound...]]
                }
                let sep: Data = els.count >= 2 ? Data(bytes[els[els.count - 2].upperBound..<els[els.count - 1].lowerBound])
                    : Data([0x2C]) + Data(bytes[(loc.array.lowerBound + 1)..<els[0].lowerBound])
                let record = try RecordSplice.renderNew(new, like: last, in: b, defaultIndent: [])
                return [bytes[..<last.upperBound], sep, record, bytes[last.upperBound...]]
            default:
                return [bytes]
            }
        }
    }

    // MARK: - Splicing one line (large files in the line format)

    /// For a file in the one-record-per-line format, the new bytes with only the changed record's line replaced,
    /// added or removed; nil when the file is not in that format.
    static func splice(_ change: RecordChange, bytes: Data, type: any DatasetRecord.Type) throws -> [Data]? {
        let head = Array("{\"\(change.file.recordsKey)\": [\n".utf8)
        let tail = Array("\n], \"schemaVersion\": \(DatasetFile.currentSchemaVersion)}\n".utf8)
        guard bytes.count > head.count + tail.count, bytes.starts(with: head), bytes.suffix(tail.count).elementsEqual(tail) else { return nil }
        let endOfRecords = bytes.count - tail.count   // index of the "\n" before "]"
        let found = locate(change.id, in: bytes, from: head.count, to: endOfRecords, type: type)
        guard found?.canonical == change.before else { throw EditConflict(change: change, theirs: found?.canonical) }
        // The new file as slices of the old one around the changed line (no copy of the untouched records).
        switch (found, change.after) {
        case (let f?, let new?):
            // The line rewritten in its own style, with any field the model does not know kept.
            let line = try bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Data in
                let b = raw.bindMemory(to: UInt8.self)
                var j = f.start
                let record = try RawJSON.parse(b, &j)
                return try RecordSplice.rewrite(record, in: b, old: f.canonical, new: new)
            }
            return [bytes[..<f.start], line, bytes[f.end...]]    // keeps the line's trailing comma, if any
        case (let f?, nil):
            if f.hasComma { return [bytes[..<f.start], bytes[(f.end + 2)...]] }  // the line, its comma and newline
            guard f.start >= head.count + 2 else { return nil }  // the only record: rewrite whole
            return [bytes[..<(f.start - 2)], bytes[f.end...]]     // drop the previous line's ",\n"
        case (nil, let new?):
            return [bytes[..<endOfRecords], Data([0x2C, 0x0A]), new, bytes[endOfRecords...]]
        case (nil, nil):
            return [bytes]
        }
    }

    struct Located {
        var start: Int
        var end: Int          // index just past the record (at "," or "\n")
        var hasComma: Bool
        var canonical: Data
    }

    /// Finds the line holding the record with `id` by scanning for `"id":"…"` and decoding the candidate lines.
    static func locate(_ id: String, in bytes: Data, from lo: Int, to hi: Int, type: any DatasetRecord.Type) -> Located? {
        let needle = Array("\"id\":".utf8) + Array(RecordCodec.canonical(id))
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Located? in
            let p = raw.bindMemory(to: UInt8.self)
            var from = lo
            while from < hi, let at = find(needle, in: p, from: from, to: hi) {
                from = at + needle.count
                guard from < hi, p[from] == 0x2C || p[from] == 0x7D else { continue }
                var s = at
                while s > lo && p[s - 1] != 0x0A { s -= 1 }
                var e = at
                while e < hi && p[e] != 0x0A { e += 1 }
                let hasComma = e > s && p[e - 1] == 0x2C
                let end = hasComma ? e - 1 : e
                let line = Data(bytes: raw.baseAddress! + s, count: end - s)
                guard let c = try? RecordCodec.canonicalize(line, as: type), c.id == id else { continue }
                return Located(start: s, end: end, hasComma: hasComma, canonical: c.data)
            }
            return nil
        }
    }

    static func find(_ needle: [UInt8], in p: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        // Boyer–Moore–Horspool: a quote is every few bytes in JSON, so a first-byte scan would stop everywhere.
        let m = needle.count
        guard m > 0, to - from >= m else { return nil }
        var skip = [Int](repeating: m, count: 256)
        for k in 0..<(m - 1) { skip[Int(needle[k])] = m - 1 - k }
        let base = p.baseAddress!
        var i = from
        let last = to - m
        return needle.withUnsafeBufferPointer { n -> Int? in
            while i <= last {
                let c = base[i + m - 1]
                if c == n[m - 1] && memcmp(base + i, n.baseAddress!, m) == 0 { return i }
                i += skip[Int(c)]
            }
            return nil
        }
    }
}

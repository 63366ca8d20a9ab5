import Foundation

/// The loader's fast path for the big line-per-record files (`products.json`, `producers.json` as `ocop generate`
/// writes them past 1,000 records, and as saving keeps them): the bytes are checked and decoded in one pass, the
/// file split into pieces at line boundaries for the cores, each piece read in chunks into a buffer it reuses (no
/// copy of the file is kept). It gives up — returns nil — on anything the general path would report or that it does
/// not know (an escape, a text in NFD or with a control character, a long text, a number that is not a plain
/// integer, an unknown or repeated key, another layout…): the file is then read again the general way, so every
/// problem keeps its exact position.
enum FastRecords {
    /// Files below this size are read in one piece.
    static let splitThreshold = 4 << 20
    /// The size of a piece's read buffer (it grows for a longer line).
    static let chunkSize = 1 << 20

    /// The records of `file`, or nil when the general path must read it.
    static func load<R>(_ file: DatasetFile, url: URL, pieces wanted: Int = ProcessInfo.processInfo.activeProcessorCount,
                        minSplit: Int = splitThreshold, record: @escaping @Sendable (inout LineParser) -> R?) -> [R]? {
        guard let plan = PiecePlan(file, url: url, pieces: wanted, minSplit: minSplit, record: record) else { return nil }
        DispatchQueue.concurrentPerform(iterations: plan.pieceCount) { plan.run($0) }
        return plan.records()
    }

    /// The offset of the first line starting at or after `offset` (a line starts at 0 or after a newline).
    static func lineStart(_ fd: Int32, atOrAfter offset: Int, size: Int) -> Int? {
        if offset == 0 { return 0 }
        var pos = offset - 1
        var buf = [UInt8](repeating: 0, count: 64 << 10)
        while pos < size {
            let got = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(pos)) }
            guard got > 0 else { return nil }
            if let i = buf[0..<got].firstIndex(of: 0x0A) { return pos + i + 1 }
            pos += got
        }
        return size
    }

    /// What one piece gave: its records in order, and the lines that were not records.
    struct Piece<R> {
        var records: [R] = []
        /// The first line of the file (piece 0 only).
        var header: [UInt8]?
        /// Lines after the last record (the file's closing line), in order.
        var tail: [[UInt8]] = []
        /// Whether the piece's last record ended with a comma.
        var lastHadComma = false
        var failed = false
    }

    /// Reads the lines of [from, to) in chunks and decodes each record line.
    static func readPiece<R>(_ fd: Int32, from: Int, to: Int, first: Bool, record: (inout LineParser) -> R?) -> Piece<R> {
        var piece = Piece<R>()
        var buf = [UInt8](repeating: 0, count: min(chunkSize, max(1, to - from)) + 1)
        var kept = 0          // bytes of an unfinished line at the front of buf
        var pos = from
        var lineNo = 0
        let interner = Interner()
        piece.records.reserveCapacity((to - from) / 300)
        func handle(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
            defer { lineNo += 1 }
            if first && lineNo == 0 { piece.header = Array(line); return true }
            guard let b = line.first else { piece.tail.append([]); return true }
            if b != 0x7B { piece.tail.append(Array(line)); return true }
            guard piece.tail.isEmpty else { return false }  // a record after the closing line
            if !piece.records.isEmpty && !piece.lastHadComma { return false }  // two records without a comma
            var end = line.count
            piece.lastHadComma = line[end - 1] == 0x2C
            if piece.lastHadComma { end -= 1 }
            var p = LineParser(bytes: UnsafeBufferPointer(rebasing: line[0..<end]))
            p.interner = interner
            guard let r = record(&p), p.atEnd else { return false }
            piece.records.append(r)
            return true
        }
        while pos < to || kept > 0 {
            if pos < to {
                if kept == buf.count { buf.append(contentsOf: repeatElement(0, count: buf.count)) }
                let want = min(buf.count - kept, to - pos)
                let got = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + kept, want, off_t(pos)) }
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { piece.failed = true; return piece }
                pos += got
                kept += got
            }
            let atEnd = pos >= to
            var ok = true
            let consumed = buf.withUnsafeBufferPointer { all -> Int in
                var lineStart = 0
                var i = 0
                while i < kept {
                    if all[i] == 0x0A {
                        if !handle(UnsafeBufferPointer(rebasing: all[lineStart..<i])) { ok = false; return 0 }
                        lineStart = i + 1
                    }
                    i += 1
                }
                if atEnd && lineStart < kept {
                    if !handle(UnsafeBufferPointer(rebasing: all[lineStart..<kept])) { ok = false; return 0 }
                    lineStart = kept
                }
                return lineStart
            }
            guard ok else { piece.failed = true; return piece }
            if consumed > 0 {
                buf.withUnsafeMutableBufferPointer { b in
                    if kept > consumed, let base = b.baseAddress { base.update(from: base + consumed, count: kept - consumed) }
                }
                kept -= consumed
            }
            if atEnd && kept == 0 { break }
        }
        return piece
    }

    /// Joins the pieces, checking the file's frame: `{"KEY": [` then records, each but the last with a comma, then
    /// `], "schemaVersion": 1}` (or `{"schemaVersion": 1, "KEY": [` … `]}`), then nothing but an empty line.
    static func merge<R>(_ pieces: [Piece<R>], key: String) -> [R]? {
        guard let header = pieces.first?.header, !pieces.contains(where: \.failed) else { return nil }
        let versions = DatasetFile.supportedSchemaVersions.map(String.init)
        let frames: [(String, String)] = versions.flatMap { v in
            [("{\"\(key)\": [", "], \"schemaVersion\": \(v)}"), ("{\"schemaVersion\": \(v), \"\(key)\": [", "]}")]
        }
        guard let frame = frames.first(where: { Array($0.0.utf8) == header }) else { return nil }
        var total = 0
        var tail: [[UInt8]] = []
        var lastHadComma = false
        for (k, p) in pieces.enumerated() {
            if !p.records.isEmpty {
                // Records after another piece's closing line, or a missing comma between two pieces' records.
                guard tail.isEmpty else { return nil }
                if total > 0 && !lastHadComma { return nil }
                lastHadComma = p.lastHadComma
            } else if k > 0 && p.tail.isEmpty && p.header == nil {
                continue
            }
            total += p.records.count
            tail += p.tail
        }
        if lastHadComma { return nil }
        while tail.last == [] { tail.removeLast() }
        guard tail.count == 1, tail[0] == Array(frame.1.utf8) else { return nil }
        // A final newline is allowed, not a blank line in the middle of the tail (removed above only at the end).
        var out = pieces[0].records
        out.reserveCapacity(total)
        for p in pieces.dropFirst() { out.append(contentsOf: p.records) }
        return out
    }

    /// Collects the pieces from the workers.
    final class PieceBox<R>: @unchecked Sendable {
        private let lock = NSLock()
        private var pieces: [Piece<R>]
        init(count: Int) { pieces = Array(repeating: Piece<R>(), count: count) }
        func set(_ k: Int, _ p: Piece<R>) { lock.lock(); pieces[k] = p; lock.unlock() }
        func take() -> [Piece<R>] { lock.lock(); defer { lock.unlock() }; let p = pieces; pieces = []; return p }
    }
}

extension FastRecords {
    /// The records of a big line-per-record file by the fast path, or nil (other files, or it gave up).
    static func read(_ file: DatasetFile, directory: URL, timings: LoadTimings?) -> Any? {
        let url = directory.appendingPathComponent(file.rawValue)
        let start = LoadTimings.now()
        let records: Any?
        switch file {
        case .products: records = products(url)
        case .producers: records = producers(url)
        default: return nil
        }
        timings?.add(records == nil ? "fast path (gave up)" : "read + check + decode, fast path (\(file.rawValue))", LoadTimings.now() - start)
        return records
    }
}

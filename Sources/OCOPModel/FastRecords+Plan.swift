import Foundation

/// A big file's fast read planned as pieces, so the loader's workers take them one by one beside the other files: a
/// parallel loop inside another runs serially in libdispatch, which left products.json to one core.
protocol FastPlan: AnyObject, Sendable {
    /// How many pieces the file was split into.
    var pieceCount: Int { get }
    /// Reads piece `k` (any thread, each piece once).
    func run(_ k: Int)
    /// The file's records once every piece has run, or nil when the fast path gave up; closes the file.
    func finish(_ timings: LoadTimings?) -> Any?
}

/// The pieces of one file and what each gave.
final class PiecePlan<R>: FastPlan, @unchecked Sendable {
    private let file: DatasetFile
    private let fd: Int32
    private let bounds: [Int]
    private let record: @Sendable (inout LineParser) -> R?
    private let box: FastRecords.PieceBox<R>
    private let lock = NSLock()
    private let started = LoadTimings.now()
    private var lastDone = 0.0
    private var closed = false

    /// Opens the file and splits it at line boundaries into up to `wanted` pieces (one below `minSplit` bytes); nil
    /// when it is not a readable, non-empty regular file.
    init?(_ file: DatasetFile, url: URL, pieces wanted: Int, minSplit: Int, record: @escaping @Sendable (inout LineParser) -> R?) {
        let fd = open(url.path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_size > 0 else {
            close(fd)
            return nil
        }
        let size = Int(st.st_size)
        let n = size < minSplit ? 1 : max(1, min(wanted, 16))
        // Piece k starts at the first line that starts at or after k·size/n.
        var starts = [0]
        for k in 1..<max(1, n) {
            guard let s = FastRecords.lineStart(fd, atOrAfter: size * k / n, size: size) else {
                close(fd)
                return nil
            }
            starts.append(max(s, starts[starts.count - 1]))
        }
        starts.append(size)
        self.file = file
        self.fd = fd
        self.bounds = starts
        self.record = record
        self.box = FastRecords.PieceBox<R>(count: n)
    }

    var pieceCount: Int { bounds.count - 1 }

    func run(_ k: Int) {
        box.set(k, FastRecords.readPiece(fd, from: bounds[k], to: bounds[k + 1], first: k == 0, record: record))
        let now = LoadTimings.now()
        lock.lock()
        lastDone = max(lastDone, now)
        lock.unlock()
    }

    /// The records, typed.
    func records() -> [R]? {
        lock.lock()
        if !closed { close(fd) }
        closed = true
        lock.unlock()
        return FastRecords.merge(box.take(), key: file.recordsKey)
    }

    func finish(_ timings: LoadTimings?) -> Any? {
        let out = records()
        timings?.add(out == nil ? "fast path (gave up)" : "read + check + decode, fast path (\(file.rawValue))", lastDone - started)
        return out
    }

    deinit {
        if !closed { close(fd) }
    }
}

extension FastRecords {
    /// The plans of the big files of a directory (products.json in two pieces per core, producers.json in one per
    /// core), for the loader to run beside the other files.
    static func plans(_ directory: URL, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [DatasetFile: any FastPlan] {
        var out: [DatasetFile: any FastPlan] = [:]
        let products = directory.appendingPathComponent(DatasetFile.products.rawValue)
        out[.products] = PiecePlan(.products, url: products, pieces: 2 * cores, minSplit: splitThreshold) { (p: inout LineParser) -> Product? in product(&p) }
        let producers = directory.appendingPathComponent(DatasetFile.producers.rawValue)
        out[.producers] = PiecePlan(.producers, url: producers, pieces: cores, minSplit: splitThreshold) { (p: inout LineParser) -> Producer? in producer(&p) }
        return out
    }
}

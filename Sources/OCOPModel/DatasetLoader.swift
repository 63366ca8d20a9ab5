import Foundation
import OCOPText

/// The outcome of loading a dataset directory: the data when there were no errors, and every problem found.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var problems: [Problem]
    /// The lookups over `dataset`, built beside validation (so the dashboard need not build them again).
    public var index: DatasetIndex?
    /// The figures on the day asked for (`statisticsOn`), computed beside validation too.
    public var statistics: Statistics?
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

/// Reads a dataset directory into memory. Never writes anything.
public enum DatasetLoader {
    /// Loads every file of the directory, validates it and resolves each problem's line and column.
    public static func load(directory: URL) -> LoadResult { load(directory: directory, timings: nil) }


    /// Loads as `load(directory:)`, recording where the time goes. `fastPath: false` reads every file the
    /// general way (tests compare both). With `statisticsOn`, the figures for that day are computed beside
    /// validation, after the index.
    public static func load(directory: URL, fastPath: Bool = true, statisticsOn asOf: CivilDate? = nil, timings: LoadTimings?) -> LoadResult {
        // The directory's own problem is said once, not as nine missing files.
        if let problem = checkDirectory(directory) { return LoadResult(dataset: nil, problems: [problem]) }
        // Files are read, checked and decoded in parallel: the big files' pieces first (products.json dominates),
        // then every other file, all jobs of one loop; a big file the fast path gave up on is read the general way.
        let box = LoadBox()
        let files = DatasetFile.allCases
        let plans = fastPath ? FastRecords.plans(directory) : [:]
        let jobs: [(file: DatasetFile, piece: Int?)] = files.flatMap { f in (0..<(plans[f]?.pieceCount ?? 0)).map { (f, $0) } }
            + files.filter { plans[$0] == nil }.map { ($0, nil) }
        DispatchQueue.concurrentPerform(iterations: jobs.count) { j in
            let job = jobs[j]
            if let k = job.piece {
                plans[job.file]?.run(k)
            } else {
                box.store(job.file, loadFile(job.file, directory: directory, fastPath: fastPath, timings: timings))
            }
        }
        for (f, plan) in plans {
            if let records = plan.finish(timings) {
                box.store(f, FileOutcome(value: records))
            } else {
                box.store(f, loadFile(f, directory: directory, fastPath: false, timings: timings))
            }
        }
        var raw: [DatasetFile: [UInt8]] = [:]
        var problems: [Problem] = []
        for f in files {
            guard let out = box.result(f) else { continue }
            problems += out.problems
            if let bytes = out.bytes { raw[f] = bytes }
        }
        let info = box.result(.dataset)?.value as? DatasetInfo
        let units = box.result(.units)?.value as? [AdminUnit]
        let agencies = box.result(.agencies)?.value as? [Agency]
        let tasks = box.result(.tasks)?.value as? [ConclusionTask]
        let producers = box.result(.producers)?.value as? [Producer]
        let products = box.result(.products)?.value as? [Product]
        let zones = box.result(.zones)?.value as? [RawMaterialZone]
        let villages = box.result(.craftVillages)?.value as? [CraftVillage]
        let tourism = box.result(.tourismModels)?.value as? [TourismModel]
        let meetings = box.result(.meetings)?.value as? [Meeting]
        box.clear()

        var dataset: Dataset?
        var index: DatasetIndex?
        var statistics: Statistics?
        if let info, let units, let agencies, let tasks, let producers, let products, let zones, let villages, let tourism, let meetings {
            let ds = Dataset(info: info, units: units, agencies: agencies, tasks: tasks, producers: producers,
                             products: products, zones: zones, craftVillages: villages, tourismModels: tourism, meetings: meetings)
            // Validation and the index, on the two cores at once (the index is kept for the dashboard).
            let built = LoadTimings.measure(timings, asOf == nil ? "validation ∥ index" : "validation ∥ index, statistics") {
                validateAndIndex(ds, statisticsOn: asOf)
            }
            problems += built.problems
            index = built.index
            statistics = built.statistics
            dataset = ds
        }
        LoadTimings.measure(timings, "positions") { resolvePositions(&problems, raw: raw, directory: directory) }
        problems.sort { a, b in
            let fa = DatasetFile(rawValue: a.file).flatMap { DatasetFile.allCases.firstIndex(of: $0) } ?? 99
            let fb = DatasetFile(rawValue: b.file).flatMap { DatasetFile.allCases.firstIndex(of: $0) } ?? 99
            if fa != fb { return fa < fb }
            return (a.line ?? 0, a.column ?? 0) < (b.line ?? 0, b.column ?? 0)
        }
        let hasErrors = problems.contains { $0.severity == .error }
        return LoadResult(dataset: hasErrors ? nil : dataset, problems: problems, index: hasErrors ? nil : index,
                          statistics: hasErrors ? nil : statistics)
    }

    /// What loading one file gave: its decoded records (if any), its problems, and its bytes for locating them.
    struct FileOutcome: @unchecked Sendable {
        var value: Any?
        var problems: [Problem] = []
        var bytes: [UInt8]?
    }

    /// Collects per-file outcomes from the parallel loaders.
    final class LoadBox: @unchecked Sendable {
        private let lock = NSLock()
        private var outcomes: [DatasetFile: FileOutcome] = [:]
        func store(_ f: DatasetFile, _ o: FileOutcome) { lock.lock(); outcomes[f] = o; lock.unlock() }
        func result(_ f: DatasetFile) -> FileOutcome? { lock.lock(); defer { lock.unlock() }; return outcomes[f] }
        func clear() { lock.lock(); outcomes = [:]; lock.unlock() }
    }

    static func loadFile(_ file: DatasetFile, directory: URL, fastPath: Bool = true, timings: LoadTimings? = nil) -> FileOutcome {
        let t = timings
        if fastPath, let records = FastRecords.read(file, directory: directory, timings: t) { return FileOutcome(value: records) }
        switch file {
        case .dataset: return decodeFile(file, as: DatasetInfo.self, directory: directory, timings: t)
        case .units: return decodeFile(file, as: [AdminUnit].self, directory: directory, timings: t)
        case .agencies: return decodeFile(file, as: [Agency].self, directory: directory, timings: t)
        case .tasks: return decodeFile(file, as: [ConclusionTask].self, directory: directory, timings: t)
        case .producers: return decodeFile(file, as: [Producer].self, directory: directory, timings: t)
        case .products: return decodeFile(file, as: [Product].self, directory: directory, timings: t)
        case .zones: return decodeFile(file, as: [RawMaterialZone].self, directory: directory, timings: t)
        case .craftVillages: return decodeFile(file, as: [CraftVillage].self, directory: directory, timings: t)
        case .tourismModels: return decodeFile(file, as: [TourismModel].self, directory: directory, timings: t)
        case .meetings:
            // Optional: a dataset made before meetings were kept has none.
            if access(directory.appendingPathComponent(file.rawValue).path, F_OK) != 0 && errno == ENOENT {
                return FileOutcome(value: [Meeting]())
            }
            return decodeFile(file, as: [Meeting].self, directory: directory, timings: t)
        }
    }

    /// The data directory's own problem (missing, not a directory, a link loop, unreadable), if it has one.
    public static func checkDirectory(_ directory: URL) -> Problem? {
        let path = directory.path
        var st = stat()
        var issue: DirectoryIssue?
        if stat(path, &st) != 0 {
            let e = errno
            switch e {
            case ENOENT, ENOTDIR: issue = .missing
            case ELOOP: issue = .loop
            default: issue = .unreadable(FileSystemFailure(errno: e))
            }
        } else if (st.st_mode & S_IFMT) != S_IFDIR {
            issue = .notADirectory
        } else if access(path, R_OK | X_OK) != 0 {
            issue = .unreadable(FileSystemFailure(errno: errno))
        } else if let d = opendir(path) {
            closedir(d)
        } else {
            issue = .unreadable(FileSystemFailure(errno: errno))
        }
        guard let issue else { return nil }
        return Problem(.error, file: path, path: [], .dataDirectory(issue))
    }

    /// What reading a data file gave: its bytes, or the problem.
    enum FileRead {
        case success([UInt8])
        case failure(Problem)
    }

    /// The bytes of a data file, or the problem of reading it. Only regular files are opened (a FIFO or a device
    /// would block or never end), and without blocking, in case one was put there meanwhile.
    static func readFile(_ url: URL, file: DatasetFile) -> FileRead {
        let path = url.path
        func problem(_ kind: ProblemKind) -> FileRead { .failure(Problem(.error, file: file.rawValue, path: [], kind)) }
        func typeIssue(_ mode: mode_t) -> FileTypeIssue? {
            switch mode & S_IFMT {
            case S_IFREG: return nil
            case S_IFDIR: return .directory
            case S_IFIFO: return .fifo
            case S_IFCHR: return .characterDevice
            case S_IFBLK: return .blockDevice
            case S_IFSOCK: return .socket
            default: return .other
            }
        }
        var st = stat()
        if stat(path, &st) != 0 {
            let e = errno
            return problem(e == ENOENT ? .missingFile : .unreadable(FileSystemFailure(errno: e)))
        }
        if let issue = typeIssue(st.st_mode) { return problem(.notRegularFile(issue)) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return problem(.unreadable(FileSystemFailure(errno: errno))) }
        defer { close(fd) }
        guard fstat(fd, &st) == 0 else { return problem(.unreadable(FileSystemFailure(errno: errno))) }
        if let issue = typeIssue(st.st_mode) { return problem(.notRegularFile(issue)) }
        var bytes = [UInt8](repeating: 0, count: max(0, Int(st.st_size)))
        var filled = 0
        while true {
            if filled == bytes.count {
                // At the size fstat gave: a file that grew meanwhile is read on through a small buffer, rather than
                // padding the whole file's bytes (which copied them and kept half as much again).
                var extra = [UInt8](repeating: 0, count: 64 << 10)
                let n = extra.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n < 0 {
                    if errno == EINTR { continue }
                    return problem(.unreadable(FileSystemFailure(errno: errno)))
                }
                if n == 0 { break }
                bytes.append(contentsOf: extra[0..<n])
                filled += n
                continue
            }
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base + filled, raw.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return problem(.unreadable(FileSystemFailure(errno: errno)))
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return .success(bytes)
    }

    static func decodeFile<T: Codable>(_ file: DatasetFile, as: T.Type, directory: URL, timings: LoadTimings? = nil) -> FileOutcome {
        var out = FileOutcome()
        let url = directory.appendingPathComponent(file.rawValue)
        let original: [UInt8]
        switch LoadTimings.measure(timings, "read", { readFile(url, file: file) }) {
        case .failure(let p):
            out.problems.append(p)
            return out
        case .success(let b): original = b
        }
        // Encoding, syntax, duplicate keys, numbers that cannot be decoded, text: each at its position.
        let checked = LoadTimings.measure(timings, "byte check") { SourceCheck.run(original, file: file) }
        out.problems += checked.problems
        let bytes = checked.bytes
        out.bytes = bytes
        if checked.hasErrors { return out }
        let input = Data(bytes)
        // The fast tape decoder first; JSONDecoder when it fails, for its precise errors.
        let decodeStart = LoadTimings.now()
        defer { timings?.add("decode", LoadTimings.now() - decodeStart) }
        if let fast = try? TapeDecoder.decode(Envelope<T>.self, from: input, userInfo: [.recordsKey: file.recordsKey]) {
            out.value = fast.records
            if out.problems.isEmpty { out.bytes = nil }
            return out
        }
        let decoder = JSONDecoder()
        decoder.userInfo[.recordsKey] = file.recordsKey
        do {
            out.value = try decoder.decode(Envelope<T>.self, from: input).records
        } catch let error as DecodingError {
            out.problems.append(problem(from: error, file: file, bytes: bytes))
        } catch {
            out.problems.append(Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: .json)))
        }
        // Positions are only needed when something is wrong; drop the copy otherwise.
        if out.problems.isEmpty { out.bytes = nil }
        return out
    }

    /// Fills in line, column and record id of every problem from the file's bytes.
    static func resolvePositions(_ problems: inout [Problem], raw: [DatasetFile: [UInt8]], directory: URL) {
        var locators: [String: Locator] = [:]
        var reread: [DatasetFile: [UInt8]] = [:]
        for i in problems.indices {
            guard let file = DatasetFile(rawValue: problems[i].file) else { continue }
            var bytes = raw[file] ?? reread[file]
            if bytes == nil, let data = try? Data(contentsOf: directory.appendingPathComponent(file.rawValue)) {
                bytes = [UInt8](data)
                reread[file] = bytes
            }
            guard let bytes else { continue }
            let loc: Locator
            if let l = locators[file.rawValue] { loc = l } else {
                loc = Locator(bytes: bytes)
                locators[file.rawValue] = loc
            }
            // Problems found on the bytes (syntax, encoding, keys, numbers, text) already know where they are.
            if problems[i].line == nil {
                let offset = loc.locate(problems[i].path)
                let lc = loc.lineColumn(offset)
                problems[i].line = lc.line
                problems[i].column = lc.column
            }
            if problems[i].recordId == nil, problems[i].path.count >= 2, case .index = problems[i].path[1] {
                problems[i].recordId = loc.idOfObject(at: Array(problems[i].path.prefix(2)))
            }
        }
    }

    /// Turns a decoding failure into a problem with a path.
    static func problem(from error: DecodingError, file: DatasetFile, bytes: [UInt8]) -> Problem {
        func comps(_ keys: [CodingKey]) -> [PathComponent] {
            keys.map { k in k.intValue.map { PathComponent.index($0) } ?? .key(k.stringValue) }
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            return Problem(.error, file: file.rawValue, path: comps(ctx.codingPath + [key]),
                           .missingField(name: key.stringValue))
        case .typeMismatch(let type, let ctx):
            return Problem(.error, file: file.rawValue, path: comps(ctx.codingPath), .wrongType(expected: typeName(type)))
        case .valueNotFound(let type, let ctx):
            return Problem(.error, file: file.rawValue, path: comps(ctx.codingPath), .wrongType(expected: typeName(type)))
        case .dataCorrupted(let ctx):
            let d = ctx.debugDescription
            let path = comps(ctx.codingPath)
            if d.hasPrefix("enum:") {
                let body = d.dropFirst(5)
                let parts = body.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let allowed = parts.count > 1 ? parts[1].components(separatedBy: ", ") : []
                return Problem(.error, file: file.rawValue, path: path, .unknownValue(value: String(parts[0]), allowed: allowed))
            }
            if d.hasPrefix("date:") {
                return Problem(.error, file: file.rawValue, path: path, .invalidDate(value: String(d.dropFirst(5))))
            }
            if d.hasPrefix("schema:") {
                return Problem(.error, file: file.rawValue, path: path,
                               .unknownSchemaVersion(found: Int(d.dropFirst(7)) ?? 0, supported: DatasetFile.supportedSchemaVersions))
            }
            if path.isEmpty {
                var p = Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: .json))
                let scanner = JSONScanner(bytes: bytes)
                if let syn = scanner.syntaxError() {
                    p.kind = .malformedJSON(expected: syn.expected)
                    let lc = scanner.lineColumn(of: syn.offset)
                    p.line = lc.line
                    p.column = lc.column
                }
                return p
            }
            return Problem(.error, file: file.rawValue, path: path, .wrongType(expected: "integer"))
        @unknown default:
            return Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: .json))
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "string"
        case is Int.Type: return "integer"
        case is Double.Type: return "number"
        case is Bool.Type: return "boolean"
        default:
            let n = String(describing: type)
            if n.hasPrefix("Array") { return "array" }
            if n.hasPrefix("Dictionary") { return "object" }
            return "object"
        }
    }
}

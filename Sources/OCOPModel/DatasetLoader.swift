import Foundation
import OCOPText

/// The outcome of loading a dataset directory: the data when there were no errors, and every problem found.
public struct LoadResult: Sendable {
    public var dataset: Dataset?
    public var problems: [Problem]
    public var errors: [Problem] { problems.filter { $0.severity == .error } }
    public var warnings: [Problem] { problems.filter { $0.severity == .warning } }
}

/// Reads a dataset directory into memory. Never writes anything.
public enum DatasetLoader {
    /// Loads every file of the directory, validates it and resolves each problem's line and column.
    public static func load(directory: URL) -> LoadResult {
        // Files are read, checked and decoded in parallel (products.json dominates; the rest overlap with it).
        let box = LoadBox()
        let files = DatasetFile.allCases
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            let file = files[k]
            let out = loadFile(file, directory: directory)
            box.store(file, out)
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
        box.clear()

        var dataset: Dataset?
        if let info, let units, let agencies, let tasks, let producers, let products, let zones, let villages, let tourism {
            let ds = Dataset(info: info, units: units, agencies: agencies, tasks: tasks, producers: producers,
                             products: products, zones: zones, craftVillages: villages, tourismModels: tourism)
            problems += DatasetValidator.validate(ds)
            dataset = ds
        }
        resolvePositions(&problems, raw: raw, directory: directory)
        problems.sort { a, b in
            let fa = DatasetFile(rawValue: a.file).flatMap { DatasetFile.allCases.firstIndex(of: $0) } ?? 99
            let fb = DatasetFile(rawValue: b.file).flatMap { DatasetFile.allCases.firstIndex(of: $0) } ?? 99
            if fa != fb { return fa < fb }
            return (a.line ?? 0, a.column ?? 0) < (b.line ?? 0, b.column ?? 0)
        }
        let hasErrors = problems.contains { $0.severity == .error }
        return LoadResult(dataset: hasErrors ? nil : dataset, problems: problems)
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

    static func loadFile(_ file: DatasetFile, directory: URL) -> FileOutcome {
        switch file {
        case .dataset: return decodeFile(file, as: DatasetInfo.self, directory: directory)
        case .units: return decodeFile(file, as: [AdminUnit].self, directory: directory)
        case .agencies: return decodeFile(file, as: [Agency].self, directory: directory)
        case .tasks: return decodeFile(file, as: [ConclusionTask].self, directory: directory)
        case .producers: return decodeFile(file, as: [Producer].self, directory: directory)
        case .products: return decodeFile(file, as: [Product].self, directory: directory)
        case .zones: return decodeFile(file, as: [RawMaterialZone].self, directory: directory)
        case .craftVillages: return decodeFile(file, as: [CraftVillage].self, directory: directory)
        case .tourismModels: return decodeFile(file, as: [TourismModel].self, directory: directory)
        }
    }

    static func decodeFile<T: Codable>(_ file: DatasetFile, as: T.Type, directory: URL) -> FileOutcome {
        var out = FileOutcome()
        let url = directory.appendingPathComponent(file.rawValue)
        if !FileManager.default.fileExists(atPath: url.path) {
            out.problems.append(Problem(.error, file: file.rawValue, path: [], .missingFile))
            return out
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            out.problems.append(Problem(.error, file: file.rawValue, path: [], .unreadable(reason: (error as NSError).localizedDescription)))
            return out
        }
        var bytes = [UInt8](data)
        let textProblems = TextScan.scan(bytes: bytes, file: file)
        out.problems += textProblems.problems
        if textProblems.needsNFC {
            bytes = Array(TextFolding.nfc(String(decoding: bytes, as: UTF8.self)).utf8)
        }
        out.bytes = bytes
        let input = textProblems.needsNFC ? Data(bytes) : data
        // The fast tape decoder first; JSONDecoder when it fails, for its precise errors.
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
            out.problems.append(Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: "JSON")))
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
            if case .malformedJSON = problems[i].kind, problems[i].line != nil { continue }
            let offset = loc.locate(problems[i].path)
            let lc = loc.lineColumn(offset)
            problems[i].line = lc.line
            problems[i].column = lc.column
            if problems[i].recordId == nil, problems[i].path.count >= 2, case .index = problems[i].path[1] {
                problems[i].recordId = loc.scanner.idOfObject(at: Array(problems[i].path.prefix(2)))
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
                var p = Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: "JSON"))
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
            return Problem(.error, file: file.rawValue, path: [], .malformedJSON(expected: "JSON"))
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

/// Finds byte offsets of paths quickly: the offsets of the top-level records are indexed once per file.
final class Locator {
    let scanner: JSONScanner
    private var lineStarts: [Int] = []

    init(bytes: [UInt8]) {
        scanner = JSONScanner(bytes: bytes)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    func locate(_ path: [PathComponent]) -> Int { scanner.locate(path) }

    func lineColumn(_ offset: Int) -> (line: Int, column: Int) {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var col = 1
        var j = lineStarts[lo]
        let bytes = scanner.bytes
        while j < offset && j < bytes.count {
            if bytes[j] & 0xC0 != 0x80 { col += 1 }
            j += 1
        }
        return (lo + 1, col)
    }
}

/// Byte-level checks for text that must be normalised (NFD) or flagged (control characters).
enum TextScan {
    struct Result {
        var problems: [Problem] = []
        var needsNFC = false
    }

    static func scan(bytes: [UInt8], file: DatasetFile) -> Result {
        var result = Result()
        var suspectNFD = false
        var suspectControl = false
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0xCC || b == 0xCD {
                suspectNFD = true
            } else if b == 0x5C, i + 1 < n {
                let c = bytes[i + 1]
                if c == UInt8(ascii: "u") || c == UInt8(ascii: "b") || c == UInt8(ascii: "f")
                    || c == UInt8(ascii: "r") || c == UInt8(ascii: "t") { suspectControl = true }
                i += 2
                continue
            } else if b == 0x7F || (b == 0xC2 && i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F) {
                suspectControl = true
            }
            i += 1
        }
        guard suspectNFD || suspectControl else { return result }
        let scanner = JSONScanner(bytes: bytes)
        scanner.walkStrings { path, range in
            let slice = bytes[range]
            if suspectNFD, slice.contains(where: { $0 == 0xCC || $0 == 0xCD }) {
                let s = String(decoding: slice, as: UTF8.self)
                if !TextFolding.isNFC(s) {
                    result.problems.append(Problem(.warning, file: file.rawValue, path: path, .notNFC))
                    result.needsNFC = true
                }
            }
            if suspectControl, let cp = controlScalar(in: slice) {
                result.problems.append(Problem(.warning, file: file.rawValue, path: path, .controlCharacter(codePoint: cp)))
            }
        }
        return result
    }

    /// The first control character (other than newline) in a raw JSON string body, escaped or not.
    static func controlScalar(in raw: ArraySlice<UInt8>) -> UInt32? {
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == 0x5C, i + 1 < raw.endIndex {
                let c = raw[i + 1]
                switch c {
                case UInt8(ascii: "b"): return 0x08
                case UInt8(ascii: "f"): return 0x0C
                case UInt8(ascii: "r"): return 0x0D
                case UInt8(ascii: "t"): return 0x09
                case UInt8(ascii: "u"):
                    if i + 5 < raw.endIndex, let v = UInt32(String(decoding: raw[(i + 2)...(i + 5)], as: UTF8.self), radix: 16),
                       (v < 0x20 && v != 0x0A) || (v >= 0x7F && v <= 0x9F) {
                        return v
                    }
                    i += 6
                    continue
                default: break
                }
                i += 2
                continue
            }
            if b == 0x7F { return 0x7F }
            if b == 0xC2, i + 1 < raw.endIndex, raw[i + 1] >= 0x80, raw[i + 1] <= 0x9F { return UInt32(raw[i + 1]) }
            i += 1
        }
        return nil
    }
}

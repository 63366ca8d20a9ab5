import Foundation

/// Finds byte offsets of paths quickly: the offsets of the top-level records are indexed once per file, so a file
/// with a problem in every record is located in one pass rather than one scan per problem.
final class Locator {
    let scanner: JSONScanner
    private var lineStarts: [Int] = []
    /// Where each element of a top-level array starts, by the array's key; built on first use.
    private var elementStarts: [String: [Int]] = [:]

    init(bytes: [UInt8]) {
        scanner = JSONScanner(bytes: bytes)
        var starts = [0]
        for (i, b) in bytes.enumerated() where b == 0x0A { starts.append(i + 1) }
        lineStarts = starts
    }

    /// The byte offset of the value at `path`, or of the deepest enclosing value that exists.
    func locate(_ path: [PathComponent]) -> Int {
        guard path.count >= 2, case .key(let key) = path[0], case .index(let n) = path[1] else {
            return scanner.locate(path)
        }
        let starts = elementStarts[key] ?? indexElements(of: key)
        guard n >= 0, n < starts.count else { return scanner.locate(path) }
        return scanner.locate(Array(path.dropFirst(2)), from: starts[n])
    }

    /// The `id` of the record at `path` (a top-level key and an index).
    func idOfObject(at path: [PathComponent]) -> String? {
        scanner.idOfObject(atOffset: locate(path + [.key("id")]))
    }

    private func indexElements(of key: String) -> [Int] {
        var starts: [Int] = []
        let arrayStart = scanner.locate([.key(key)])
        let bytes = scanner.bytes
        if arrayStart < bytes.count, bytes[arrayStart] == UInt8(ascii: "[") {
            var i = arrayStart + 1
            scanner.skipWS(&i)
            while i < bytes.count, bytes[i] != UInt8(ascii: "]") {
                starts.append(i)
                guard (try? scanner.parseValue(&i, depth: 0, path: nil, onString: nil)) != nil else { break }
                scanner.skipWS(&i)
                guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { break }
                i += 1
                scanner.skipWS(&i)
            }
        }
        elementStarts[key] = starts
        return starts
    }

    func lineColumn(_ offset: Int) -> (line: Int, column: Int) {
        TextScan.lineColumn(offset, lineStarts: lineStarts, in: scanner.bytes)
    }
}

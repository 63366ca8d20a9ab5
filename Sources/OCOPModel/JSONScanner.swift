import Foundation

/// One step of a path into a JSON document.
public enum PathComponent: Hashable, Sendable, CustomStringConvertible {
    case key(String)
    case index(Int)

    public var description: String {
        switch self {
        case .key(let k): return k
        case .index(let i): return "[\(i)]"
        }
    }
}

extension Array where Element == PathComponent {
    /// The path as officials read it: `products[3].evaluations[0].scoreA`.
    public var dotted: String {
        var s = ""
        for c in self {
            switch c {
            case .key(let k): s += s.isEmpty ? k : "." + k
            case .index(let i): s += "[\(i)]"
            }
        }
        return s
    }
}

/// A small byte-level JSON reader used only to say *where* something is: syntax errors, the offset of a path,
/// and every string value with its path. Decoding itself is done by `JSONDecoder`.
struct JSONScanner {
    let bytes: [UInt8]

    init(_ data: Data) { bytes = [UInt8](data) }
    init(bytes: [UInt8]) { self.bytes = bytes }

    struct SyntaxError: Error {
        var offset: Int
        var expected: JSONExpectation
    }

    // MARK: - Positions

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    func lineColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = Swift.min(offset, bytes.count)
        var i = 0
        while i < end {
            if bytes[i] == 0x0A { line += 1; lineStart = i + 1 }
            i += 1
        }
        var col = 1
        var j = lineStart
        while j < end {
            if bytes[j] & 0xC0 != 0x80 { col += 1 }
            j += 1
        }
        return (line, col)
    }

    // MARK: - Syntax

    /// The first syntax error, or nil when the text is valid JSON.
    func syntaxError() -> SyntaxError? {
        var i = 0
        do {
            skipWS(&i)
            try parseValue(&i, depth: 0, path: nil, onString: nil)
            skipWS(&i)
            if i < bytes.count { throw SyntaxError(offset: i, expected: .endOfFile) }
            return nil
        } catch let e as SyntaxError {
            return e
        } catch {
            return SyntaxError(offset: i, expected: .json)
        }
    }

    /// Calls `body` with the path and byte range (inside the quotes) of every string value.
    func walkStrings(_ body: ([PathComponent], Range<Int>) -> Void) {
        var i = 0
        var path: [PathComponent] = []
        skipWS(&i)
        withoutActuallyEscaping(body) { b in
            _ = try? parseValue(&i, depth: 0, path: &path, onString: b)
        }
    }

    func skipWS(_ i: inout Int) {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { break }
        }
    }

    func parseValue(_ i: inout Int, depth: Int, path: UnsafeMutablePointer<[PathComponent]>?,
                            onString: (([PathComponent], Range<Int>) -> Void)?) throws {
        guard depth < 512 else { throw SyntaxError(offset: i, expected: .lessNesting) }
        guard i < bytes.count else { throw SyntaxError(offset: i, expected: .value) }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            i += 1
            skipWS(&i)
            if i < bytes.count && bytes[i] == UInt8(ascii: "}") { i += 1; return }
            while true {
                skipWS(&i)
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: i, expected: .quotedKey)
                }
                let keyRange = try parseString(&i)
                skipWS(&i)
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { throw SyntaxError(offset: i, expected: .colon) }
                i += 1
                skipWS(&i)
                if let path {
                    path.pointee.append(.key(String(decoding: bytes[keyRange], as: UTF8.self)))
                    try parseValue(&i, depth: depth + 1, path: path, onString: onString)
                    path.pointee.removeLast()
                } else {
                    try parseValue(&i, depth: depth + 1, path: nil, onString: nil)
                }
                skipWS(&i)
                guard i < bytes.count else { throw SyntaxError(offset: i, expected: .commaOrBrace) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return }
                throw SyntaxError(offset: i, expected: .commaOrBrace)
            }
        case UInt8(ascii: "["):
            i += 1
            skipWS(&i)
            if i < bytes.count && bytes[i] == UInt8(ascii: "]") { i += 1; return }
            var n = 0
            while true {
                skipWS(&i)
                if let path {
                    path.pointee.append(.index(n))
                    try parseValue(&i, depth: depth + 1, path: path, onString: onString)
                    path.pointee.removeLast()
                } else {
                    try parseValue(&i, depth: depth + 1, path: nil, onString: nil)
                }
                n += 1
                skipWS(&i)
                guard i < bytes.count else { throw SyntaxError(offset: i, expected: .commaOrBracket) }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return }
                throw SyntaxError(offset: i, expected: .commaOrBracket)
            }
        case UInt8(ascii: "\""):
            let r = try parseString(&i)
            if let path, let onString { onString(path.pointee, r) }
        case UInt8(ascii: "t"): try literal(&i, "true")
        case UInt8(ascii: "f"): try literal(&i, "false")
        case UInt8(ascii: "n"): try literal(&i, "null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            try parseNumber(&i)
        default:
            throw SyntaxError(offset: i, expected: .value)
        }
    }

    private func literal(_ i: inout Int, _ word: StaticString) throws {
        let n = word.utf8CodeUnitCount
        let w = UnsafeBufferPointer(start: word.utf8Start, count: n)
        guard i + n <= bytes.count, bytes[i..<(i + n)].elementsEqual(w) else {
            throw SyntaxError(offset: i, expected: .value)
        }
        i += n
    }

    private func parseNumber(_ i: inout Int) throws {
        let start = i
        if bytes[i] == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
        guard digits > 0 else { throw SyntaxError(offset: start, expected: .digit) }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
            i += 1
            var frac = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; frac += 1 }
            guard frac > 0 else { throw SyntaxError(offset: i, expected: .digit) }
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            i += 1
            if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
            var exp = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; exp += 1 }
            guard exp > 0 else { throw SyntaxError(offset: i, expected: .digit) }
        }
    }

    /// Parses a string starting at its opening quote; returns the range inside the quotes.
    private func parseString(_ i: inout Int) throws -> Range<Int> {
        let open = i
        i += 1
        let start = i
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let r = start..<i
                i += 1
                return r
            }
            if b == UInt8(ascii: "\\") {
                i += 2
                continue
            }
            if b < 0x20 { throw SyntaxError(offset: i, expected: .closingQuoteOnTheSameLine) }
            i += 1
        }
        throw SyntaxError(offset: open, expected: .closingQuote)
    }

    // MARK: - Locating a path

    /// The byte offset of the value at `path`, or of the deepest enclosing value that exists; `start` is where the
    /// value the path begins from stands (the whole document unless given).
    func locate(_ path: [PathComponent], from start: Int = 0) -> Int {
        var i = start
        skipWS(&i)
        for comp in path {
            guard i < bytes.count else { return i }
            switch comp {
            case .key(let key):
                guard bytes[i] == UInt8(ascii: "{") else { return i }
                let objectStart = i
                i += 1
                while true {
                    skipWS(&i)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return objectStart }
                    guard let r = try? parseString(&i) else { return objectStart }
                    skipWS(&i)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return objectStart }
                    i += 1
                    skipWS(&i)
                    if bytes[r].elementsEqual(key.utf8) { break }
                    guard (try? parseValue(&i, depth: 0, path: nil, onString: nil)) != nil else { return objectStart }
                    skipWS(&i)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return objectStart }
                    i += 1
                }
            case .index(let n):
                guard bytes[i] == UInt8(ascii: "[") else { return i }
                let arrayStart = i
                i += 1
                skipWS(&i)
                var k = 0
                while k < n {
                    guard (try? parseValue(&i, depth: 0, path: nil, onString: nil)) != nil else { return arrayStart }
                    skipWS(&i)
                    guard i < bytes.count, bytes[i] == UInt8(ascii: ",") else { return arrayStart }
                    i += 1
                    skipWS(&i)
                    k += 1
                }
            }
        }
        return i
    }

    /// The `id` string of the object at `path`, if it has one.
    func idOfObject(at path: [PathComponent]) -> String? {
        idOfObject(atOffset: locate(path + [.key("id")]))
    }

    /// The `id` string whose value starts at `off`, if there is one.
    func idOfObject(atOffset off: Int) -> String? {
        guard off < bytes.count, bytes[off] == UInt8(ascii: "\"") else { return nil }
        var i = off
        guard let r = try? parseString(&i) else { return nil }
        return String(decoding: bytes[r], as: UTF8.self)
    }
}

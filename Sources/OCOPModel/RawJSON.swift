import Foundation

/// A JSON value read from a file with the byte range of every part, so that a record can be rewritten in the
/// file's own formatting with the parts that did not change kept byte for byte.
indirect enum RawJSON {
    /// An object: its range (braces included) and its members in file order.
    case object(Range<Int>, [Member])
    /// An array: its range (brackets included) and its elements.
    case array(Range<Int>, [RawJSON])
    /// A string, number, boolean or null.
    case scalar(Range<Int>)

    /// A member of an object: the key's text, the key's range (quotes included) and the value.
    struct Member {
        var key: String
        var keyRange: Range<Int>
        var value: RawJSON
    }

    var range: Range<Int> {
        switch self {
        case .object(let r, _), .array(let r, _), .scalar(let r): return r
        }
    }

    struct Invalid: Error {}

    /// Reads the value starting at `i` (after any whitespace).
    static func parse(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, depth: Int = 0) throws -> RawJSON {
        skipSpace(b, &i)
        guard i < b.count, depth < 512 else { throw Invalid() }
        let start = i
        switch b[i] {
        case 0x7B:
            i += 1
            var members: [Member] = []
            skipSpace(b, &i)
            if i < b.count && b[i] == 0x7D { i += 1; return .object(start..<i, []) }
            while true {
                skipSpace(b, &i)
                guard i < b.count, b[i] == 0x22 else { throw Invalid() }
                let keyStart = i
                try skipString(b, &i)
                let keyRange = keyStart..<i
                skipSpace(b, &i)
                guard i < b.count, b[i] == 0x3A else { throw Invalid() }
                i += 1
                let value = try parse(b, &i, depth: depth + 1)
                members.append(Member(key: stringValue(b, keyRange), keyRange: keyRange, value: value))
                skipSpace(b, &i)
                guard i < b.count else { throw Invalid() }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x7D { i += 1; return .object(start..<i, members) }
                throw Invalid()
            }
        case 0x5B:
            i += 1
            var elements: [RawJSON] = []
            skipSpace(b, &i)
            if i < b.count && b[i] == 0x5D { i += 1; return .array(start..<i, []) }
            while true {
                elements.append(try parse(b, &i, depth: depth + 1))
                skipSpace(b, &i)
                guard i < b.count else { throw Invalid() }
                if b[i] == 0x2C { i += 1; continue }
                if b[i] == 0x5D { i += 1; return .array(start..<i, elements) }
                throw Invalid()
            }
        case 0x22:
            try skipString(b, &i)
            return .scalar(start..<i)
        default:
            while i < b.count {
                let c = b[i]
                if c == 0x2C || c == 0x7D || c == 0x5D || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { break }
                i += 1
            }
            guard i > start else { throw Invalid() }
            return .scalar(start..<i)
        }
    }

    /// Skips a value without building it; `i` ends just past it.
    static func skipValue(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws {
        skipSpace(b, &i)
        guard i < b.count else { throw Invalid() }
        var depth = 0
        repeat {
            guard i < b.count else { throw Invalid() }
            switch b[i] {
            case 0x22: try skipString(b, &i); continue
            case 0x7B, 0x5B: depth += 1
            case 0x7D, 0x5D: depth -= 1
            default:
                if depth == 0 {
                    let start = i
                    while i < b.count {
                        let c = b[i]
                        if c == 0x2C || c == 0x7D || c == 0x5D || c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { break }
                        i += 1
                    }
                    guard i > start else { throw Invalid() }
                    return
                }
            }
            i += 1
        } while depth > 0
    }

    static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
    }

    static func skipString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) throws {
        i += 1
        while i < b.count {
            if b[i] == 0x22 { i += 1; return }
            i += b[i] == 0x5C ? 2 : 1
        }
        throw Invalid()
    }

    /// The text of a string token (quotes included in `r`).
    static func stringValue(_ b: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> String {
        let inner = UnsafeBufferPointer(rebasing: b[(r.lowerBound + 1)..<(r.upperBound - 1)])
        if !inner.contains(0x5C) { return String(decoding: inner, as: UTF8.self) }
        let data = Data(UnsafeBufferPointer(rebasing: b[r]))
        return (try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])) as? String ?? String(decoding: inner, as: UTF8.self)
    }
}

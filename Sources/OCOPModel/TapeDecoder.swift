import Foundation

/// A fast JSON decoder for the dataset files: one pass builds a flat tape of tokens, then `Decodable` types read
/// straight from it. It only has to be right for valid input — on any error the loader falls back to
/// `JSONDecoder`, whose messages it then turns into precise problems.
struct TapeDecoder {
    enum Kind: UInt8 { case object, array, string, number, trueValue, falseValue, null }

    struct Token {
        var kind: Kind
        var start: Int32      // byte offset (strings: after the quote)
        var end: Int32        // strings: before the closing quote; containers: index of the token after the container
        var count: Int32      // containers: number of members or elements; strings: 1 when escapes are present
    }

    struct Failure: Error {}

    let bytes: UnsafeBufferPointer<UInt8>
    var tape: [Token] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        tape.reserveCapacity(bytes.count / 6)
    }

    mutating func parse() throws {
        var i = 0
        skip(&i)
        try value(&i, depth: 0)
        skip(&i)
        if i != bytes.count { throw Failure() }
    }

    @inline(__always) func skip(_ i: inout Int) {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
        }
    }

    mutating func value(_ i: inout Int, depth: Int) throws {
        guard i < bytes.count, depth < 256 else { throw Failure() }
        let b = bytes[i]
        switch b {
        case 0x7B, 0x5B:  // { [
            let isObject = b == 0x7B
            let me = tape.count
            tape.append(Token(kind: isObject ? .object : .array, start: Int32(i), end: 0, count: 0))
            i += 1
            skip(&i)
            var n: Int32 = 0
            if i < bytes.count && bytes[i] == (isObject ? 0x7D : 0x5D) {
                i += 1
            } else {
                while true {
                    if isObject {
                        guard i < bytes.count, bytes[i] == 0x22 else { throw Failure() }
                        try string(&i)
                        skip(&i)
                        guard i < bytes.count, bytes[i] == 0x3A else { throw Failure() }
                        i += 1
                        skip(&i)
                    }
                    try value(&i, depth: depth + 1)
                    n += 1
                    skip(&i)
                    guard i < bytes.count else { throw Failure() }
                    if bytes[i] == 0x2C { i += 1; skip(&i); continue }
                    if bytes[i] == (isObject ? 0x7D : 0x5D) { i += 1; break }
                    throw Failure()
                }
            }
            tape[me].end = Int32(tape.count)
            tape[me].count = n
        case 0x22: try string(&i)
        case 0x74: try literal(&i, "true", .trueValue)
        case 0x66: try literal(&i, "false", .falseValue)
        case 0x6E: try literal(&i, "null", .null)
        default:
            let s = i
            if bytes[i] == 0x2D { i += 1 }
            while i < bytes.count {
                let c = bytes[i]
                if (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x65 || c == 0x45 || c == 0x2B || c == 0x2D { i += 1 } else { break }
            }
            if i == s { throw Failure() }
            tape.append(Token(kind: .number, start: Int32(s), end: Int32(i), count: 0))
        }
    }

    mutating func literal(_ i: inout Int, _ word: StaticString, _ kind: Kind) throws {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw Failure() }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] { throw Failure() }
        tape.append(Token(kind: kind, start: Int32(i), end: Int32(i + n), count: 0))
        i += n
    }

    mutating func string(_ i: inout Int) throws {
        i += 1
        let s = i
        var escaped: Int32 = 0
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x22 { break }
            if c == 0x5C { escaped = 1; i += 2; continue }
            if c < 0x20 { throw Failure() }
            i += 1
        }
        guard i < bytes.count else { throw Failure() }
        tape.append(Token(kind: .string, start: Int32(s), end: Int32(i), count: escaped))
        i += 1
    }

    /// The text of a string token.
    func text(_ t: Token) throws -> String {
        let raw = UnsafeBufferPointer(rebasing: bytes[Int(t.start)..<Int(t.end)])
        if t.count == 0 { return String(decoding: raw, as: UTF8.self) }
        // Escapes are rare in dataset files: let Foundation unescape them.
        var d = Data([0x22])
        d.append(contentsOf: raw)
        d.append(0x22)
        guard let s = try? JSONSerialization.jsonObject(with: d, options: [.fragmentsAllowed]) as? String else { throw Failure() }
        return s
    }

    /// Whether a string token equals a key, byte for byte.
    @inline(__always) func equals(_ t: Token, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        guard t.count == 0, Int(t.end - t.start) == key.count else { return false }
        var k = 0
        var p = Int(t.start)
        while k < key.count {
            if bytes[p] != key[k] { return false }
            k += 1
            p += 1
        }
        return true
    }

    /// Decodes a value of `T` from the whole input.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, userInfo: [CodingUserInfoKey: any Sendable] = [:]) throws -> T {
        // Offsets are kept as Int32: a larger input goes to JSONDecoder rather than overflow one.
        guard data.count < Int(Int32.max) else { throw Failure() }
        return try data.withUnsafeBytes { raw in
            let buf = raw.bindMemory(to: UInt8.self)
            var tape = TapeDecoder(bytes: buf)
            try tape.parse()
            let box = TapeBox(&tape, userInfo: userInfo)
            return try T(from: TapeValueDecoder(box: box, index: 0))
        }
    }
}

/// Shares the tape (and the user info) between the decoder values; tokens sit in memory it owns, read without
/// copy-on-write bookkeeping.
final class TapeBox {
    let tape: TapeDecoder
    let tokens: UnsafeMutableBufferPointer<TapeDecoder.Token>
    let bytes: UnsafeBufferPointer<UInt8>
    let userInfo: [CodingUserInfoKey: Any]
    /// Takes the tokens out of the parser (which is left without them).
    init(_ t: inout TapeDecoder, userInfo: [CodingUserInfoKey: Any]) {
        tokens = UnsafeMutableBufferPointer.allocate(capacity: max(1, t.tape.count))
        _ = tokens.initialize(from: t.tape)
        t.tape = []
        tape = t
        bytes = t.bytes
        self.userInfo = userInfo
    }
    deinit { tokens.deallocate() }
}

/// The `Decoder` over one token of the tape. It keeps no coding path: on any error the loader decodes again
/// with `JSONDecoder`, which reports the path.
struct TapeValueDecoder: Decoder {
    let box: TapeBox
    let index: Int
    var codingPath: [CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { box.userInfo }

    init(box: TapeBox, index: Int) {
        self.box = box
        self.index = index
    }

    var token: TapeDecoder.Token { box.tokens[index] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard token.kind == .object else { throw TapeDecoder.Failure() }
        return KeyedDecodingContainer(TapeKeyed<Key>(decoder: self))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard token.kind == .array else { throw TapeDecoder.Failure() }
        return TapeUnkeyed(decoder: self)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { TapeSingle(decoder: self) }

    /// The decoder of a child token.
    @inline(__always) func child(_ i: Int, _ key: CodingKey) -> TapeValueDecoder {
        TapeValueDecoder(box: box, index: i)
    }

    // Primitive reads shared by the containers.
    func readString() throws -> String {
        guard token.kind == .string else { throw TapeDecoder.Failure() }
        return try box.tape.text(token)
    }

    func readBool() throws -> Bool {
        switch token.kind {
        case .trueValue: return true
        case .falseValue: return false
        default: throw TapeDecoder.Failure()
        }
    }

    func readInt() throws -> Int {
        let t = token
        guard t.kind == .number else { throw TapeDecoder.Failure() }
        var v = 0
        var p = Int(t.start)
        let end = Int(t.end)
        var neg = false
        if box.bytes[p] == 0x2D { neg = true; p += 1 }
        guard p < end else { throw TapeDecoder.Failure() }
        while p < end {
            let c = box.bytes[p]
            guard c >= 0x30 && c <= 0x39 else { throw TapeDecoder.Failure() }  // fractions: not an Int
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(c - 0x30))
            if o1 || o2 { throw TapeDecoder.Failure() }
            v = a
            p += 1
        }
        return neg ? -v : v
    }

    func readDouble() throws -> Double {
        let t = token
        guard t.kind == .number else { throw TapeDecoder.Failure() }
        let s = String(decoding: UnsafeBufferPointer(rebasing: box.tape.bytes[Int(t.start)..<Int(t.end)]), as: UTF8.self)
        guard let d = Double(s) else { throw TapeDecoder.Failure() }
        return d
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try readString() as! T }
        if T.self == Int.self { return try readInt() as! T }
        if T.self == Double.self { return try readDouble() as! T }
        if T.self == Bool.self { return try readBool() as! T }
        return try T(from: self)
    }
}

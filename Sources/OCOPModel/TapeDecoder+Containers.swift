import Foundation

struct TapeKeyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TapeValueDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        var out: [Key] = []
        let tape = decoder.box.tape
        var i = decoder.index + 1
        let end = Int(tape.tape[decoder.index].end)
        while i < end {
            if let s = try? tape.text(tape.tape[i]), let k = Key(stringValue: s) { out.append(k) }
            let v = i + 1
            i = next(v)
        }
        return out
    }

    /// The token after the value at `i`.
    @inline(__always) func next(_ i: Int) -> Int {
        let t = decoder.box.tokens[i]
        return (t.kind == .object || t.kind == .array) ? Int(t.end) : i + 1
    }

    /// The index of the value for a key, if present.
    func find(_ key: Key) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { utf8 in
            let box = decoder.box
            let tokens = box.tokens
            var i = decoder.index + 1
            let end = Int(tokens[decoder.index].end)
            while i < end {
                let v = i + 1
                let t = tokens[i]
                if t.count == 0 && Int(t.end - t.start) == utf8.count {
                    var k = 0
                    var p = Int(t.start)
                    while k < utf8.count && box.bytes[p] == utf8[k] { k += 1; p += 1 }
                    if k == utf8.count { return v }
                }
                let vt = tokens[v]
                i = (vt.kind == .object || vt.kind == .array) ? Int(vt.end) : v + 1
            }
            return nil
        }
    }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    func decodeNil(forKey key: Key) throws -> Bool {
        guard let i = find(key) else { return true }
        return decoder.box.tokens[i].kind == .null
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).decodeValue(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let i = find(key), decoder.box.tokens[i].kind != .null else { return nil }
        return try decoder.child(i, key).decodeValue(type)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(type as String.Type, key) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).readInt()
    }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).readDouble()
    }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).readBool()
    }
    private func decode(_ type: String.Type, _ key: Key) throws -> String {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).readString()
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return try decoder.child(i, key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> Decoder {
        guard let i = find(key) else { throw TapeDecoder.Failure() }
        return decoder.child(i, key)
    }
}

struct TapeIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(_ i: Int) { intValue = i }
    init?(stringValue: String) { return nil }
    init?(intValue: Int) { self.intValue = intValue }
}

struct TapeUnkeyed: UnkeyedDecodingContainer {
    let decoder: TapeValueDecoder
    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { Int(decoder.box.tokens[decoder.index].count) }
    var currentIndex = 0
    var position: Int
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(decoder: TapeValueDecoder) {
        self.decoder = decoder
        position = decoder.index + 1
    }

    mutating func advance() -> Int {
        let i = position
        let t = decoder.box.tokens[i]
        position = (t.kind == .object || t.kind == .array) ? Int(t.end) : i + 1
        currentIndex += 1
        return i
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd else { throw TapeDecoder.Failure() }
        if decoder.box.tokens[position].kind == .null { _ = advance(); return true }
        return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard !isAtEnd else { throw TapeDecoder.Failure() }
        let k = TapeIndexKey(currentIndex)
        let i = advance()
        return try decoder.child(i, k).decodeValue(type)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        guard !isAtEnd else { throw TapeDecoder.Failure() }
        let k = TapeIndexKey(currentIndex)
        return try decoder.child(advance(), k).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard !isAtEnd else { throw TapeDecoder.Failure() }
        let k = TapeIndexKey(currentIndex)
        return try decoder.child(advance(), k).unkeyedContainer()
    }

    mutating func superDecoder() throws -> Decoder {
        let k = TapeIndexKey(currentIndex)
        return decoder.child(advance(), k)
    }
}

struct TapeSingle: SingleValueDecodingContainer {
    let decoder: TapeValueDecoder
    var codingPath: [CodingKey] { decoder.codingPath }
    func decodeNil() -> Bool { decoder.token.kind == .null }
    func decode(_ type: String.Type) throws -> String { try decoder.readString() }
    func decode(_ type: Int.Type) throws -> Int { try decoder.readInt() }
    func decode(_ type: Double.Type) throws -> Double { try decoder.readDouble() }
    func decode(_ type: Bool.Type) throws -> Bool { try decoder.readBool() }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}

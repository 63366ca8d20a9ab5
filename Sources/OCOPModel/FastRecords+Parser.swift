import Foundation

/// Reads one record line of JSON for `FastRecords`. Every read returns nil (give up) on anything the general path
/// would report a problem for, or that this reader does not handle; the general path then reads the file.
struct LineParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Interns repeated texts (commune ids, subgroups, zone ids…): one string in memory for every record that has it.
    var interner: Interner?

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { i == bytes.count }

    @inline(__always) mutating func skip() {
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 { i += 1 } else { return }
        }
    }

    @inline(__always) mutating func expect(_ b: UInt8) -> Bool {
        skip()
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    /// After `{` or `[`: true when the container is empty (its closer read).
    @inline(__always) mutating func closes(_ closer: UInt8) -> Bool {
        skip()
        if i < bytes.count && bytes[i] == closer { i += 1; return true }
        return false
    }

    /// After a member: true for a comma, false for the closer, nil for anything else.
    @inline(__always) mutating func more(_ closer: UInt8) -> Bool? {
        skip()
        guard i < bytes.count else { return nil }
        let b = bytes[i]
        i += 1
        if b == 0x2C { return true }
        if b == closer { return false }
        return nil
    }

    /// A key and its colon: the key's bytes (keys with escapes are not handled).
    mutating func key() -> UnsafeBufferPointer<UInt8>? {
        skip()
        guard i < bytes.count, bytes[i] == 0x22 else { return nil }
        let s = i + 1
        var k = s
        while k < bytes.count {
            let b = bytes[k]
            if b == 0x22 { break }
            if b == 0x5C || b < 0x20 || b >= 0x80 { return nil }
            k += 1
        }
        guard k < bytes.count else { return nil }
        i = k + 1
        guard expect(0x3A) else { return nil }
        skip()
        return UnsafeBufferPointer(rebasing: bytes[s..<k])
    }

    /// A string value's bytes, checked as the general path checks text: valid UTF-8, no escape, no control
    /// character (C0, DEL, C1), no combining mark (a possible NFD), at most `limit` characters.
    mutating func stringBytes(limit: Int) -> UnsafeBufferPointer<UInt8>? {
        guard i < bytes.count, bytes[i] == 0x22 else { return nil }
        let s = i + 1
        var k = s
        var chars = 0
        let n = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while k < n {
            // Eight plain ASCII bytes at a time (no quote, backslash, control character, DEL or non-ASCII byte).
            while k + 8 <= n {
                let w = base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
                let special = (w & highs) | ((w &- 0x2020_2020_2020_2020) & ~w & highs) | zeroByte(w ^ 0x2222_2222_2222_2222)
                    | zeroByte(w ^ 0x5C5C_5C5C_5C5C_5C5C) | zeroByte(w ^ 0x7F7F_7F7F_7F7F_7F7F)
                if special != 0 { break }
                k += 8
                chars += 8
            }
            guard k < n else { break }
            let b = bytes[k]
            if b < 0x80 {
                if b == 0x22 { break }
                if b == 0x5C || b < 0x20 || b == 0x7F { return nil }
                k += 1
                chars += 1
                continue
            }
            // Multi-byte sequences, as strictly as the byte check (overlong forms and surrogates are errors).
            var need = 0
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2:
                need = 1
                lo = 0xA0  // C2 80–9F are C1 controls
            case 0xC3...0xCB, 0xCE...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: return nil  // CC, CD (combining marks) and invalid lead bytes
            }
            guard k + need < n else { return nil }
            let c1 = bytes[k + 1]
            guard c1 >= lo && c1 <= hi else { return nil }
            if need >= 2 { guard bytes[k + 2] & 0xC0 == 0x80 else { return nil } }
            if need == 3 { guard bytes[k + 3] & 0xC0 == 0x80 else { return nil } }
            k += need + 1
            chars += 1
        }
        guard k < n, chars <= limit else { return nil }
        i = k + 1
        return UnsafeBufferPointer(rebasing: bytes[s..<k])
    }

    /// A text value.
    mutating func string(limit: Int = SourceCheck.textLimit) -> String? {
        skip()
        guard let r = stringBytes(limit: limit) else { return nil }
        return String(decoding: r, as: UTF8.self)
    }

    /// A text value that repeats across records, interned.
    mutating func shared(limit: Int = SourceCheck.textLimit) -> String? {
        skip()
        guard let r = stringBytes(limit: limit) else { return nil }
        if r.count <= 15 || interner == nil { return String(decoding: r, as: UTF8.self) }
        return interner!.string(r)
    }

    /// An id or a reference (the general path's shorter limit).
    mutating func id() -> String? { string(limit: SourceCheck.idLimit) }

    /// A reference that repeats across records, interned.
    mutating func sharedId() -> String? { shared(limit: SourceCheck.idLimit) }

    /// `null`, read (for optional fields).
    mutating func null() -> Bool {
        skip()
        guard i + 4 <= bytes.count, bytes[i] == 0x6E, bytes[i + 1] == 0x75, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x6C else { return false }
        i += 4
        return true
    }

    /// `true` or `false`.
    mutating func bool() -> Bool? {
        skip()
        if i + 4 <= bytes.count, bytes[i] == 0x74, bytes[i + 1] == 0x72, bytes[i + 2] == 0x75, bytes[i + 3] == 0x65 { i += 4; return true }
        if i + 5 <= bytes.count, bytes[i] == 0x66, bytes[i + 1] == 0x61, bytes[i + 2] == 0x6C, bytes[i + 3] == 0x73, bytes[i + 4] == 0x65 {
            i += 5
            return false
        }
        return nil
    }

    /// A plain integer of at most 15 digits (anything else — a fraction, an exponent, a long literal — is the
    /// general path's to judge).
    mutating func int() -> Int? {
        skip()
        var neg = false
        if i < bytes.count && bytes[i] == 0x2D { neg = true; i += 1 }
        var v = 0
        var digits = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 0x30 && b <= 0x39 else { break }
            guard digits < 15 else { return nil }
            v = v * 10 + Int(b - 0x30)
            digits += 1
            i += 1
        }
        guard digits > 0, digits <= 15 else { return nil }
        // A leading zero followed by digits is not JSON.
        if digits > 1 && bytes[i - digits] == 0x30 { return nil }
        if i < bytes.count {
            let b = bytes[i]
            guard b == 0x2C || b == 0x7D || b == 0x5D || b == 0x20 || b == 0x09 else { return nil }
        }
        return neg ? -v : v
    }

    /// A date as the files write it (`yyyy-mm-dd`), or in any form `CivilDate.parse` takes, as the general path.
    mutating func date() -> CivilDate? {
        skip()
        guard let r = stringBytes(limit: SourceCheck.textLimit) else { return nil }
        if r.count == 10, r[4] == 0x2D, r[7] == 0x2D {
            func digits(_ a: Int, _ b: Int) -> Int? {
                var v = 0
                for k in a..<b {
                    let c = r[k]
                    guard c >= 0x30 && c <= 0x39 else { return nil }
                    v = v * 10 + Int(c - 0x30)
                }
                return v
            }
            if let y = digits(0, 4), let m = digits(5, 7), let d = digits(8, 10) { return CivilDate(year: y, month: m, day: d) }
        }
        return CivilDate.parse(String(decoding: r, as: UTF8.self))
    }

    /// A value of a closed set, by its raw text.
    mutating func enumValue<E: RawRepresentable>(_ table: EnumTable<E>) -> E? {
        skip()
        guard let r = stringBytes(limit: SourceCheck.textLimit) else { return nil }
        return table.value(r)
    }

    /// An array, each element read by `element`; nil if any is not.
    mutating func array<T>(_ element: (inout LineParser) -> T?) -> [T]? {
        guard expect(0x5B) else { return nil }
        if closes(0x5D) { return [] }
        var out: [T] = []
        while true {
            guard let v = element(&self) else { return nil }
            out.append(v)
            guard let again = more(0x5D) else { return nil }
            if !again { return out }
        }
    }

    /// An object: `member` is called with each key and reads its value (false gives up); at the end, `seen` must
    /// hold every bit of `required`. Keys are given as their index in `keys` (an unknown key gives up), each once.
    mutating func object(_ keys: KeyTable, required: UInt32, _ member: (inout LineParser, Int) -> Bool) -> Bool {
        guard expect(0x7B) else { return false }
        if closes(0x7D) { return required == 0 }
        var seen: UInt32 = 0
        var next = 0   // files write keys in the table's (sorted) order: the key after the last is tried first
        while true {
            guard let k = key(), let n = keys.index(k, tryingFirst: next) else { return false }
            next = n + 1
            let bit: UInt32 = 1 << UInt32(n)
            guard seen & bit == 0 else { return false }
            seen |= bit
            guard member(&self, n) else { return false }
            guard let again = more(0x7D) else { return false }
            if !again { break }
        }
        return seen & required == required
    }
}

/// The keys of one record type, matched by their bytes.
struct KeyTable: Sendable {
    let keys: [[UInt8]]
    init(_ names: [String]) { keys = names.map { Array($0.utf8) } }

    /// The bit of each of these keys, for `required`.
    func mask(_ names: [String]) -> UInt32 {
        names.reduce(0) { m, n in m | (1 << UInt32(keys.firstIndex(of: Array(n.utf8)) ?? 31)) }
    }

    @inline(__always) func index(_ k: UnsafeBufferPointer<UInt8>, tryingFirst guess: Int = 0) -> Int? {
        if guess < keys.count, sameBytes(keys[guess], k) { return guess }
        for n in keys.indices where n != guess && sameBytes(keys[n], k) { return n }
        return nil
    }
}

/// The values of a closed set, matched by their raw text's bytes.
struct EnumTable<E: RawRepresentable>: @unchecked Sendable where E.RawValue == String {
    let entries: [([UInt8], E)]
    init(_ cases: [E]) { entries = cases.map { (Array($0.rawValue.utf8), $0) } }

    @inline(__always) func value(_ r: UnsafeBufferPointer<UInt8>) -> E? {
        for e in entries where sameBytes(e.0, r) { return e.1 }
        return nil
    }
}

/// One string per distinct text, for texts many records repeat. Not shared between threads: each piece has its own.
final class Interner {
    private var table: [Int: [String]] = [:]
    private var count = 0
    /// Past this many distinct texts, new ones are no longer kept (the field does not repeat much).
    let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    func string(_ r: UnsafeBufferPointer<UInt8>) -> String {
        var h = Hasher()
        h.combine(bytes: UnsafeRawBufferPointer(r))
        let key = h.finalize()
        if let list = table[key] {
            for s in list {
                var s2 = s
                let same = s2.withUTF8 { u in u.count == r.count && sameBytes(u, r) }
                if same { return s }
            }
        }
        let s = String(decoding: r, as: UTF8.self)
        if count < capacity {
            table[key, default: []].append(s)
            count += 1
        }
        return s
    }
}

/// Whether two byte sequences are equal.
@inline(__always) func sameBytes(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && a.withUnsafeBufferPointer { pa in b.count == 0 || memcmp(pa.baseAddress!, b.baseAddress!, b.count) == 0 }
}

/// Whether two byte sequences are equal.
@inline(__always) func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    a.count == b.count && (b.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0)
}

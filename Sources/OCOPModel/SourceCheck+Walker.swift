import Foundation
import OCOPText

extension SourceCheck {
    /// One step of the path to the value being read: a key (its raw bytes) or an array index.
    enum Step {
        case key(Range<Int>)
        case index(Int)
    }

    struct Stop: Error {}

    /// Reads the JSON text once, collecting problems.
    struct Walker {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: DatasetFile
        var problems: [Problem] = []
        var needsNFC = false
        var path: [Step] = []
        var lineStarts: [Int]?
        /// Keys seen in each open object, by depth (reused, so objects cost no allocation).
        var keysAtDepth: [[Range<Int>]] = []
        let numericFields: [NumericField]

        init(bytes: UnsafeBufferPointer<UInt8>, file: DatasetFile) {
            self.bytes = bytes
            self.file = file
            numericFields = NumericFields.all.filter { $0.file == file }
        }

        // MARK: Positions

        mutating func lineColumn(_ offset: Int) -> (Int, Int) {
            if lineStarts == nil {
                var starts = [0]
                for i in 0..<bytes.count where bytes[i] == 0x0A { starts.append(i + 1) }
                lineStarts = starts
            }
            let c = TextScan.lineColumn(offset, lineStarts: lineStarts ?? [0], in: bytes)
            return (c.line, c.column)
        }

        func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self) }

        var currentPath: [PathComponent] {
            path.map { step in
                switch step {
                case .key(let r): return .key(text(r))
                case .index(let i): return .index(i)
                }
            }
        }

        mutating func add(_ severity: Severity, at offset: Int, path: [PathComponent]? = nil, _ kind: ProblemKind) {
            var p = Problem(severity, file: file.rawValue, path: path ?? currentPath, kind)
            let (l, c) = lineColumn(offset)
            p.line = l
            p.column = c
            problems.append(p)
        }

        mutating func fail(at offset: Int, _ expected: JSONExpectation) -> Stop {
            add(.error, at: offset, path: [], .malformedJSON(expected: expected))
            return Stop()
        }

        // MARK: The pass

        mutating func check() {
            if let bad = firstInvalidUTF8() {
                let others = countInvalidUTF8(from: bad.offset + bad.length)
                add(.error, at: bad.offset, path: [], .invalidUTF8(byte: bytes[bad.offset], others: others))
                return
            }
            var i = 0
            do {
                skip(&i)
                try value(&i, depth: 0)
                skip(&i)
                if i < bytes.count { throw fail(at: i, .endOfFile) }
            } catch {
                // The problem is recorded; the rest of the file is not read.
            }
        }

        /// The first byte sequence that is not UTF-8 (overlong forms and surrogates included).
        func firstInvalidUTF8(from start: Int = 0) -> (offset: Int, length: Int)? {
            var i = start
            let n = bytes.count
            while i < n {
                let b = bytes[i]
                if b < 0x80 { i += 1; continue }
                var need = 0
                var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: need = 1
                case 0xE0: need = 2; lo = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: need = 2
                case 0xED: need = 2; hi = 0x9F
                case 0xF0: need = 3; lo = 0x90
                case 0xF1...0xF3: need = 3
                case 0xF4: need = 3; hi = 0x8F
                default: return (i, 1)
                }
                guard i + need < n else { return (i, 1) }
                let c1 = bytes[i + 1]
                guard c1 >= lo && c1 <= hi else { return (i, 1) }
                for k in 2..<(need + 1) where bytes[i + k] & 0xC0 != 0x80 { return (i, 1) }
                i += need + 1
            }
            return nil
        }

        func countInvalidUTF8(from start: Int) -> Int {
            var n = 0
            var i = start
            while let bad = firstInvalidUTF8(from: i) { n += 1; i = bad.offset + bad.length }
            return n
        }

        @inline(__always) func skip(_ i: inout Int) {
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { i += 1 } else { return }
            }
        }

        mutating func value(_ i: inout Int, depth: Int) throws {
            guard depth < SourceCheck.depthLimit else { throw fail(at: i, .lessNesting) }
            guard i < bytes.count else { throw fail(at: i, .value) }
            switch bytes[i] {
            case 0x7B: try object(&i, depth: depth)
            case 0x5B: try array(&i, depth: depth)
            case 0x22:
                let r = try string(&i)
                checkText(r)
            case 0x74: try literal(&i, [0x74, 0x72, 0x75, 0x65])
            case 0x66: try literal(&i, [0x66, 0x61, 0x6C, 0x73, 0x65])
            case 0x6E: try literal(&i, [0x6E, 0x75, 0x6C, 0x6C])
            case 0x2D, 0x30...0x39: try number(&i)
            default: throw fail(at: i, .value)
            }
        }

        mutating func object(_ i: inout Int, depth: Int) throws {
            i += 1
            while keysAtDepth.count <= depth { keysAtDepth.append([]) }
            keysAtDepth[depth].removeAll(keepingCapacity: true)
            skip(&i)
            if i < bytes.count && bytes[i] == 0x7D { i += 1; return }
            while true {
                skip(&i)
                guard i < bytes.count, bytes[i] == 0x22 else { throw fail(at: i, .quotedKey) }
                let keyStart = i
                let key = try string(&i)
                if let first = duplicate(of: key, depth: depth) {
                    let (firstLine, _) = lineColumn(first.lowerBound)
                    path.append(.key(key))
                    add(.error, at: keyStart, .duplicateKey(key: text(key), firstLine: firstLine))
                    path.removeLast()
                } else {
                    keysAtDepth[depth].append(key)
                }
                skip(&i)
                guard i < bytes.count, bytes[i] == 0x3A else { throw fail(at: i, .colon) }
                i += 1
                skip(&i)
                path.append(.key(key))
                try value(&i, depth: depth + 1)
                path.removeLast()
                skip(&i)
                guard i < bytes.count else { throw fail(at: i, .commaOrBrace) }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; return }
                throw fail(at: i, .commaOrBrace)
            }
        }

        /// The earlier key of the open object at `depth` with the same bytes, if any.
        func duplicate(of key: Range<Int>, depth: Int) -> Range<Int>? {
            let n = key.count
            for k in keysAtDepth[depth] where k.count == n {
                var same = true
                var a = k.lowerBound
                var b = key.lowerBound
                while a < k.upperBound {
                    if bytes[a] != bytes[b] { same = false; break }
                    a += 1
                    b += 1
                }
                if same { return k }
            }
            return nil
        }

        mutating func array(_ i: inout Int, depth: Int) throws {
            i += 1
            skip(&i)
            if i < bytes.count && bytes[i] == 0x5D { i += 1; return }
            var n = 0
            while true {
                skip(&i)
                path.append(.index(n))
                try value(&i, depth: depth + 1)
                path.removeLast()
                n += 1
                skip(&i)
                guard i < bytes.count else { throw fail(at: i, .commaOrBracket) }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x5D { i += 1; return }
                throw fail(at: i, .commaOrBracket)
            }
        }

        mutating func literal(_ i: inout Int, _ word: [UInt8]) throws {
            guard i + word.count <= bytes.count else { throw fail(at: i, .value) }
            for k in 0..<word.count where bytes[i + k] != word[k] { throw fail(at: i, .value) }
            i += word.count
        }

        @inline(__always) func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case 0x30...0x39: return UInt32(b - 0x30)
            case 0x41...0x46: return UInt32(b - 0x41 + 10)
            case 0x61...0x66: return UInt32(b - 0x61 + 10)
            default: return nil
            }
        }

        /// The four hex digits of a `\u` escape at `i` (the backslash), if well formed.
        func unicodeEscape(at i: Int) -> UInt32? {
            guard i + 6 <= bytes.count, bytes[i + 1] == 0x75 else { return nil }
            var v: UInt32 = 0
            for k in 2..<6 {
                guard let h = hexValue(bytes[i + k]) else { return nil }
                v = v * 16 + h
            }
            return v
        }

        /// Reads a string at its opening quote; returns the range inside the quotes.
        mutating func string(_ i: inout Int) throws -> Range<Int> {
            let open = i
            i += 1
            let start = i
            while i < bytes.count {
                let b = bytes[i]
                if b == 0x22 {
                    let r = start..<i
                    i += 1
                    return r
                }
                if b == 0x5C {
                    guard i + 1 < bytes.count else { throw fail(at: i, .validEscape) }
                    switch bytes[i + 1] {
                    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
                        i += 2
                    case 0x75:
                        guard let v = unicodeEscape(at: i) else { throw fail(at: i, .validEscape) }
                        if v >= 0xD800 && v <= 0xDBFF {
                            // A high surrogate must be followed by a low one.
                            if let low = unicodeEscape(at: i + 6), i + 6 < bytes.count, bytes[i + 6] == 0x5C, low >= 0xDC00 && low <= 0xDFFF {
                                i += 12
                                continue
                            }
                            add(.error, at: i, .loneSurrogate(escape: text(i..<(i + 6))))
                            throw Stop()
                        }
                        if v >= 0xDC00 && v <= 0xDFFF {
                            add(.error, at: i, .loneSurrogate(escape: text(i..<(i + 6))))
                            throw Stop()
                        }
                        i += 6
                    default:
                        throw fail(at: i, .validEscape)
                    }
                    continue
                }
                if b < 0x20 { throw fail(at: i, .closingQuoteOnTheSameLine) }
                i += 1
            }
            throw fail(at: open, .closingQuote)
        }

        /// Length, control characters and normalisation of a string value.
        mutating func checkText(_ r: Range<Int>) {
            let slice = UnsafeBufferPointer(rebasing: bytes[r])
            var suspectNFD = false
            var suspectControl = false
            var nonContinuation = 0
            var k = 0
            while k < slice.count {
                let b = slice[k]
                if b & 0xC0 != 0x80 { nonContinuation += 1 }
                if b == 0xCC || b == 0xCD { suspectNFD = true }
                if b == 0x5C || b == 0x7F || (b == 0xC2 && k + 1 < slice.count && slice[k + 1] >= 0x80 && slice[k + 1] <= 0x9F) {
                    suspectControl = true
                }
                k += 1
            }
            let limit = isIdField ? SourceCheck.idLimit : SourceCheck.textLimit
            if nonContinuation > limit {
                add(.warning, at: r.lowerBound - 1, .textTooLong(length: nonContinuation, limit: limit))
            }
            if suspectNFD {
                let s = String(decoding: slice, as: UTF8.self)
                if !TextFolding.isNFC(s) {
                    add(.warning, at: r.lowerBound - 1, .notNFC)
                    needsNFC = true
                }
            }
            if suspectControl, let cp = TextScan.controlScalar(in: bytes[r]) {
                add(.warning, at: r.lowerBound - 1, .controlCharacter(codePoint: cp))
            }
        }

        /// Whether the value being read is an id or a reference (`id`, `…Id`, or an element of `…Ids`).
        var isIdField: Bool {
            var last: Range<Int>?
            for step in path.reversed() {
                if case .key(let r) = step { last = r; break }
            }
            guard let r = last else { return false }
            let key = text(r)
            return key == "id" || key.hasSuffix("Id") || key.hasSuffix("Ids")
        }

        mutating func number(_ i: inout Int) throws {
            let start = i
            if bytes[i] == 0x2D { i += 1 }
            var digits = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; digits += 1 }
            guard digits > 0 else { throw fail(at: start, .digit) }
            var fraction = false
            var exponent = false
            if i < bytes.count, bytes[i] == 0x2E {
                fraction = true
                i += 1
                var n = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; n += 1 }
                guard n > 0 else { throw fail(at: i, .digit) }
            }
            if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
                exponent = true
                i += 1
                if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
                var n = 0
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1; n += 1 }
                guard n > 0 else { throw fail(at: i, .digit) }
            }
            // The usual number (a plain integer of up to 15 digits) needs nothing more.
            if !fraction && !exponent && digits <= 15 { return }
            let literal = text(start..<i)
            let shown = literal.count > 24 ? String(literal.prefix(12)) + "…" + String(literal.suffix(6)) : literal
            if literal.count > SourceCheck.numberLimit {
                add(.error, at: start, .numberTooLarge(text: shown, length: literal.count))
                return
            }
            guard let value = Double(literal), value.isFinite else {
                add(.error, at: start, .numberTooLarge(text: shown, length: literal.count))
                return
            }
            guard let field = numericFields.first(where: { $0.matches(path, bytes: bytes) }), field.integer else { return }
            if fraction || exponent {
                add(.error, at: start, .notAnInteger(text: literal))
            } else if Int(literal) == nil {
                add(.error, at: start, .outOfRange(value: value, min: field.min, max: field.max))
            }
        }
    }
}

import Foundation

/// Rewrites one record of a dataset file keeping everything else as it was: the other records byte for byte, the
/// record's own formatting (indentation, `"key": value` or `"key" : value`, the order of its keys), and the fields the
/// model does not know (at any depth), which are merged back into the changed record.
enum RecordSplice {
    /// How a file writes its JSON, read from an existing record.
    struct Style {
        /// One level of indentation ("  ", "    ", "\t"); nil when values are written on one line.
        var unit: [UInt8]?
        /// What stands between a key and its value (`: `, ` : `, `:`).
        var colon: [UInt8]
        /// What follows a comma on one line (`, ` or `,`).
        var inlineComma: [UInt8]

        static let compact = Style(unit: nil, colon: [0x3A], inlineComma: [0x2C])
        static let pretty = Style(unit: [0x20, 0x20], colon: [0x3A, 0x20], inlineComma: [0x2C, 0x20])
    }

    /// The whitespace at the start of the line holding `offset`.
    static func indent(of offset: Int, in b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var s = offset
        while s > 0 && b[s - 1] != 0x0A { s -= 1 }
        var e = s
        while e < b.count && (b[e] == 0x20 || b[e] == 0x09) { e += 1 }
        return Array(b[s..<min(e, offset)])
    }

    /// The style of a record as written in a file.
    static func style(of record: RawJSON, in b: UnsafeBufferPointer<UInt8>) -> Style {
        guard case .object(let r, let members) = record, let first = members.first else { return .pretty }
        var style = Style.compact
        let colonStart = first.keyRange.upperBound
        let colonEnd = first.value.range.lowerBound
        style.colon = Array(b[colonStart..<colonEnd]).filter { $0 != 0x0A && $0 != 0x0D }
        let multiline = b[r].contains(0x0A)
        if multiline {
            let outer = indent(of: r.lowerBound, in: b)
            let inner = indent(of: first.keyRange.lowerBound, in: b)
            style.unit = inner.count > outer.count ? Array(inner[outer.count...]) : [0x20, 0x20]
        } else if members.count > 1 {
            let between = Array(b[members[0].value.range.upperBound..<members[1].keyRange.lowerBound])
            style.inlineComma = between.contains(0x20) ? [0x2C, 0x20] : [0x2C]
        }
        return style
    }

    /// A canonical JSON value rendered in a style, its first line starting at `indent`.
    static func render(_ node: RawJSON, _ c: UnsafeBufferPointer<UInt8>, style: Style, indent: [UInt8]) -> [UInt8] {
        switch node {
        case .scalar(let r): return Array(c[r])
        case .object(_, let members):
            if members.isEmpty { return [0x7B, 0x7D] }
            let parts = members.map { m -> [UInt8] in
                Array(c[m.keyRange]) + style.colon + render(m.value, c, style: style, indent: indent + (style.unit ?? []))
            }
            return wrap(parts, open: 0x7B, close: 0x7D, style: style, indent: indent)
        case .array(_, let elements):
            if elements.isEmpty { return [0x5B, 0x5D] }
            let parts = elements.map { render($0, c, style: style, indent: indent + (style.unit ?? [])) }
            return wrap(parts, open: 0x5B, close: 0x5D, style: style, indent: indent)
        }
    }

    static func wrap(_ parts: [[UInt8]], open: UInt8, close: UInt8, style: Style, indent: [UInt8]) -> [UInt8] {
        guard let unit = style.unit else {
            var out: [UInt8] = [open]
            for (k, p) in parts.enumerated() {
                if k > 0 { out += style.inlineComma }
                out += p
            }
            return out + [close]
        }
        var out: [UInt8] = [open]
        for (k, p) in parts.enumerated() {
            out += (k > 0 ? [0x2C, 0x0A] : [0x0A]) + indent + unit + p
        }
        return out + [0x0A] + indent + [close]
    }

    static func equal(_ x: RawJSON, _ xb: UnsafeBufferPointer<UInt8>, _ y: RawJSON, _ yb: UnsafeBufferPointer<UInt8>) -> Bool {
        let a = xb[x.range], b = yb[y.range]
        return a.count == b.count && a.elementsEqual(b)
    }

    /// The new value for a place in the file: `raw` as the file has it, `old` and `new` the canonical values before
    /// and after the change. What did not change keeps its bytes; keys the model does not know (in `raw`, not in
    /// `old`) are kept; changed parts are written in the file's style.
    static func merge(_ raw: RawJSON, _ b: UnsafeBufferPointer<UInt8>, old: RawJSON, _ ob: UnsafeBufferPointer<UInt8>,
                      new: RawJSON, _ nb: UnsafeBufferPointer<UInt8>, style: Style) -> [UInt8] {
        if equal(old, ob, new, nb) { return Array(b[raw.range]) }
        let here = indent(of: raw.range.lowerBound, in: b)
        switch (raw, old, new) {
        case (.object(let r, let rm), .object(_, let om), .object(_, let nm)) where !rm.isEmpty:
            let oldByKey = Dictionary(om.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            let newByKey = Dictionary(nm.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            var parts: [(key: String, bytes: [UInt8])] = []
            for m in rm {
                let lead = Array(b[m.keyRange.lowerBound..<m.value.range.lowerBound])   // the key and its colon
                if let o = oldByKey[m.key] {
                    guard let n = newByKey[m.key] else { continue }          // removed by the change
                    parts.append((m.key, lead + merge(m.value, b, old: o, ob, new: n, nb, style: style)))
                } else if let n = newByKey[m.key] {
                    // Absent from the old record but written in the file (a null): the change gives it a value.
                    parts.append((m.key, lead + render(n, nb, style: style, indent: indent(of: m.keyRange.lowerBound, in: b))))
                } else {
                    parts.append((m.key, Array(b[m.keyRange.lowerBound..<m.value.range.upperBound])))  // unknown: kept
                }
            }
            let sorted = zip(rm, rm.dropFirst()).allSatisfy { $0.key < $1.key }
            let memberIndent = indent(of: rm[0].keyRange.lowerBound, in: b)
            for m in nm where !rm.contains(where: { $0.key == m.key }) {
                let text = Array(nb[m.keyRange]) + style.colon + render(m.value, nb, style: style, indent: memberIndent)
                let at = sorted ? (parts.firstIndex { $0.key > m.key } ?? parts.count) : parts.count
                parts.insert((m.key, text), at: at)
            }
            return rebuild(parts.map(\.bytes), first: rm[0].keyRange.lowerBound, firstEnd: rm[0].value.range.upperBound,
                           second: rm.count > 1 ? rm[1].keyRange.lowerBound : nil, last: rm[rm.count - 1].value.range.upperBound,
                           range: r, b, style: style, open: 0x7B, close: 0x7D, indent: here)
        case (.array(let r, let re), .array(_, let oe), .array(_, let ne)) where !re.isEmpty && re.count == oe.count:
            var used = Set<Int>()
            var parts: [[UInt8]] = []
            for (j, n) in ne.enumerated() {
                // The same element unchanged anywhere (its unknown fields with it), else the one at the same place.
                if let k = oe.indices.first(where: { !used.contains($0) && equal(oe[$0], ob, n, nb) }) {
                    used.insert(k)
                    parts.append(Array(b[re[k].range]))
                } else if j < oe.count, !used.contains(j) {
                    used.insert(j)
                    parts.append(merge(re[j], b, old: oe[j], ob, new: n, nb, style: style))
                } else {
                    parts.append(render(n, nb, style: style, indent: indent(of: re[0].range.lowerBound, in: b)))
                }
            }
            return rebuild(parts, first: re[0].range.lowerBound, firstEnd: re[0].range.upperBound,
                           second: re.count > 1 ? re[1].range.lowerBound : nil, last: re[re.count - 1].range.upperBound,
                           range: r, b, style: style, open: 0x5B, close: 0x5D, indent: here)
        default:
            return render(new, nb, style: style, indent: here)
        }
    }

    /// A container with new parts between the file's own opening and closing bytes and separators.
    static func rebuild(_ parts: [[UInt8]], first: Int, firstEnd: Int, second: Int?, last: Int, range: Range<Int>,
                        _ b: UnsafeBufferPointer<UInt8>, style: Style, open: UInt8, close: UInt8, indent: [UInt8]) -> [UInt8] {
        if parts.isEmpty { return [open, close] }
        let head = Array(b[range.lowerBound..<first])
        let tail = Array(b[last..<range.upperBound])
        let sep: [UInt8]
        if let second {
            sep = Array(b[firstEnd..<second])
        } else {
            // One part before: a comma, then what came after the opening bracket.
            sep = [0x2C] + (head.count > 1 ? Array(head.dropFirst()) : Array(style.inlineComma.dropFirst()))
        }
        var out = head
        for (k, p) in parts.enumerated() {
            if k > 0 { out += sep }
            out += p
        }
        return out + tail
    }

    /// Where a record sits in its file and how it is written.
    struct Located {
        /// The record's range.
        var range: Range<Int>
        /// The record as the file has it.
        var raw: RawJSON
        /// The records array and the ranges of its elements.
        var array: Range<Int>
        var elements: [Range<Int>]
        var index: Int?
    }

    /// Finds the records array of a file (`{"schemaVersion": …, "<key>": [ … ]}`) and the record with an id.
    static func locate(_ id: String, key: String, in b: UnsafeBufferPointer<UInt8>) throws -> Located {
        var i = 0
        RawJSON.skipSpace(b, &i)
        guard i < b.count, b[i] == 0x7B else { throw RawJSON.Invalid() }
        i += 1
        while true {
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x22 else { throw RawJSON.Invalid() }
            let ks = i
            try RawJSON.skipString(b, &i)
            let k = RawJSON.stringValue(b, ks..<i)
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x3A else { throw RawJSON.Invalid() }
            i += 1
            RawJSON.skipSpace(b, &i)
            if k == key {
                guard i < b.count, b[i] == 0x5B else { throw RawJSON.Invalid() }
                let arrayStart = i
                i += 1
                var elements: [Range<Int>] = []
                var found: (Int, RawJSON)?
                RawJSON.skipSpace(b, &i)
                if i < b.count && b[i] == 0x5D {
                    i += 1
                } else {
                    while true {
                        RawJSON.skipSpace(b, &i)
                        let s = i
                        if found == nil, idOf(b, at: s) == id {
                            var j = s
                            let raw = try RawJSON.parse(b, &j)
                            found = (elements.count, raw)
                            i = j
                        } else {
                            try RawJSON.skipValue(b, &i)
                        }
                        elements.append(s..<i)
                        RawJSON.skipSpace(b, &i)
                        guard i < b.count else { throw RawJSON.Invalid() }
                        if b[i] == 0x2C { i += 1; continue }
                        if b[i] == 0x5D { i += 1; break }
                        throw RawJSON.Invalid()
                    }
                }
                let raw = found?.1 ?? .scalar(0..<0)
                return Located(range: found?.1.range ?? (0..<0), raw: raw, array: arrayStart..<i, elements: elements, index: found?.0)
            }
            try RawJSON.skipValue(b, &i)
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x2C else { throw RawJSON.Invalid() }
            i += 1
        }
    }

    /// The `id` of the object starting at `s` (its top-level member only), without reading the rest.
    static func idOf(_ b: UnsafeBufferPointer<UInt8>, at s: Int) -> String? {
        guard s < b.count, b[s] == 0x7B else { return nil }
        var i = s + 1
        while true {
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x22 else { return nil }
            let ks = i
            guard (try? RawJSON.skipString(b, &i)) != nil else { return nil }
            let isId = i - ks == 4 && b[ks + 1] == 0x69 && b[ks + 2] == 0x64
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x3A else { return nil }
            i += 1
            RawJSON.skipSpace(b, &i)
            if isId {
                guard i < b.count, b[i] == 0x22 else { return nil }
                let vs = i
                guard (try? RawJSON.skipString(b, &i)) != nil else { return nil }
                return RawJSON.stringValue(b, vs..<i)
            }
            guard (try? RawJSON.skipValue(b, &i)) != nil else { return nil }
            RawJSON.skipSpace(b, &i)
            guard i < b.count, b[i] == 0x2C else { return nil }
            i += 1
        }
    }

    /// The record `raw` (bytes `b`, canonical before `old`) rewritten to the canonical `new`, in the file's style.
    static func rewrite(_ raw: RawJSON, in b: UnsafeBufferPointer<UInt8>, old: Data, new: Data) throws -> Data {
        let style = style(of: raw, in: b)
        return try old.withUnsafeBytes { (o: UnsafeRawBufferPointer) -> Data in
            try new.withUnsafeBytes { (n: UnsafeRawBufferPointer) -> Data in
                let ob = o.bindMemory(to: UInt8.self), nb = n.bindMemory(to: UInt8.self)
                var oi = 0, ni = 0
                let oldTree = try RawJSON.parse(ob, &oi)
                let newTree = try RawJSON.parse(nb, &ni)
                return Data(merge(raw, b, old: oldTree, ob, new: newTree, nb, style: style))
            }
        }
    }

    /// A new record rendered like the record at `sample` (an element of the file), or pretty-printed in an empty file.
    static func renderNew(_ new: Data, like sample: Range<Int>?, in b: UnsafeBufferPointer<UInt8>, defaultIndent: [UInt8]) throws -> Data {
        var style = Style.pretty
        var indent = defaultIndent
        if let sample {
            var j = sample.lowerBound
            let raw = try RawJSON.parse(b, &j)
            style = self.style(of: raw, in: b)
            indent = self.indent(of: sample.lowerBound, in: b)
        }
        return try new.withUnsafeBytes { (n: UnsafeRawBufferPointer) -> Data in
            let nb = n.bindMemory(to: UInt8.self)
            var ni = 0
            let tree = try RawJSON.parse(nb, &ni)
            return Data(render(tree, nb, style: style, indent: indent))
        }
    }
}

import Foundation
import Testing
import TestSupport
@testable import OCOPModel

/// The loader's fast path (`FastRecords`) gives exactly what the general path gives: the same records, the same
/// problems at the same positions — on the sample, on generated data, on every corpus case, and on files it
/// must give up on.
@Suite struct FastPathTests {
    /// Loads both ways and checks they agree; returns the fast load's phases.
    @discardableResult
    static func agree(_ dir: URL, _ label: String) -> [String] {
        let timings = LoadTimings()
        let fast = DatasetLoader.load(directory: dir, fastPath: true, timings: timings)
        let general = DatasetLoader.load(directory: dir, fastPath: false, timings: nil)
        #expect(fast.problems == general.problems, "\(label): \(fast.problems.map { $0.message(.en) }) vs \(general.problems.map { $0.message(.en) })")
        let same = fast.dataset == general.dataset
        #expect(same, "\(label): the datasets differ")
        return timings.phases.map(\.name)
    }

    static func usedFastPath(_ phases: [String], _ file: DatasetFile) -> Bool {
        phases.contains("read + check + decode, fast path (\(file.rawValue))")
    }

    /// A pretty-printed records file made line-per-record, byte for byte otherwise (so broken files stay broken):
    /// each record's lines joined into one, inside `{"KEY": [` … `], "schemaVersion": 1}`.
    static func lineForm(_ bytes: [UInt8], key: String) -> [UInt8] {
        var out = Array("{\"\(key)\": [\n".utf8)
        var record: [UInt8]?
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == 0x20 }.count
            let body = Array(line.dropFirst(indent))
            if indent == 4 && body == [0x7B] { record = body; continue }
            if var r = record {
                if indent == 4 && (body == [0x7D] || body == [0x7D, 0x2C]) {
                    r += body
                    out += r + [0x0A]
                    record = nil
                } else {
                    record = r + body
                }
            }
        }
        if out.count >= 2 && out[out.count - 2] == 0x2C { out.remove(at: out.count - 2) }
        return out + Array("], \"schemaVersion\": 1}\n".utf8)
    }

    static func makeLineForm(_ dir: URL) throws {
        for f in [DatasetFile.products, .producers] {
            let url = dir.appendingPathComponent(f.rawValue)
            guard let data = try? Data(contentsOf: url) else { continue }
            try Data(lineForm([UInt8](data), key: f.recordsKey)).write(to: url)
        }
    }

    @Test func sampleAgrees() throws {
        Self.agree(RepoPaths.sample, "sample")
        let dir = try RepoPaths.copyOfSample("fast-sample")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.makeLineForm(dir)
        let phases = Self.agree(dir, "sample, line per record")
        #expect(Self.usedFastPath(phases, .products) && Self.usedFastPath(phases, .producers), "\(phases)")
    }

    @Test func generatedDataAgreesAndTakesTheFastPath() throws {
        let dir = RepoPaths.temporaryDirectory("fast-generated")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ds = DatasetGenerator.generate(products: 3_000, seed: 7)
        try DatasetEncoder.write(ds, to: dir)
        let phases = Self.agree(dir, "generated")
        #expect(Self.usedFastPath(phases, .products) && Self.usedFastPath(phases, .producers), "\(phases)")
        #expect(DatasetLoader.load(directory: dir).dataset == ds)
        // Split into many pieces, the records come back whole and in order.
        for pieces in [2, 3, 7] {
            let got = FastRecords.load(.products, url: dir.appendingPathComponent("products.json"), pieces: pieces, minSplit: 0) {
                (p: inout LineParser) in FastRecords.product(&p)
            }
            #expect(got == ds.products, "\(pieces) pieces")
        }
    }

    @Test(arguments: CorpusTests.cases + ["base"])
    func corpusCaseAgrees(name: String) throws {
        let dir = try CorpusTests.assemble(name)
        defer { try? FileManager.default.removeItem(at: dir) }
        Self.agree(dir, name)
        try Self.makeLineForm(dir)
        let phases = Self.agree(dir, "\(name), line per record")
        if name == "base" { #expect(Self.usedFastPath(phases, .products), "\(phases)") }
    }

    /// Lines the fast path must not take itself: each gives up, and both paths still agree.
    @Test func unusualLinesGiveUp() throws {
        let dir = RepoPaths.temporaryDirectory("fast-unusual")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(DatasetGenerator.generate(products: 1_500, seed: 3), to: dir)
        let url = dir.appendingPathComponent("products.json")
        let original = try String(contentsOf: url, encoding: .utf8)
        let edits: [(String, (String) -> String)] = [
            ("unknown key", { self.once($0, "{\"communeId\"", "{\"ghiChu\":\"x\",\"communeId\"") }),
            ("escape", { self.once($0, "\"name\":\"", "\"name\":\"\\u0041") }),
            ("NFD", { self.once($0, "\"name\":\"", "\"name\":\"Be\u{0300}") }),
            ("C1 control", { self.once($0, "\"name\":\"", "\"name\":\"\u{85}") }),
            ("duplicate key", { self.once($0, "{\"communeId\"", "{\"id\":\"p-x\",\"communeId\"") }),
            ("fraction", { self.once($0, "\"registeredYear\":20", "\"registeredYear\":20.5e1+") }),
            ("CRLF", { $0.replacingOccurrences(of: "\n", with: "\r\n") }),
            ("blank line", { self.once($0, "},\n", "},\n\n") }),
            ("missing comma", { self.once($0, "},\n", "}\n") }),
            ("bad date", { self.once($0, "\"issuedOn\":\"20", "\"issuedOn\":\"31/02/20") }),
            ("day-first date", { self.once($0, "\"date\":\"2", "\"date\":\" 2") }),
            ("null optional", { self.once($0, "{\"communeId\"", "{\"certificate\":null,\"communeId\"") }),
            ("schema first", { s in
                s.replacingOccurrences(of: "{\"products\": [", with: "{\"schemaVersion\": 1, \"products\": [")
                    .replacingOccurrences(of: "], \"schemaVersion\": 1}", with: "]}") }),
            ("no records", { _ in "{\"products\": [\n], \"schemaVersion\": 1}\n" }),
            ("truncated", { String($0.prefix($0.count / 2)) }),
        ]
        for (label, edit) in edits {
            let edited = edit(original)
            #expect(edited != original, "\(label): the edit changed nothing")
            try Data(edited.utf8).write(to: url)
            Self.agree(dir, label)
        }
    }

    /// Text values are checked eight plain bytes at a time: a quote, a backslash, a control character, DEL or a
    /// non-ASCII byte at any position of those eight is still seen (the value ends, or the fast path gives up).
    @Test func textChecksSeeEveryByteOfAWord() {
        func read(_ body: [UInt8]) -> Int? {
            let line: [UInt8] = [0x22] + body + [0x22, 0x2C]
            return line.withUnsafeBufferPointer { b in
                var p = LineParser(bytes: b)
                return p.stringBytes(limit: 1000)?.count
            }
        }
        let plain = Array("abcdefghijklmnopqrstuvwx".utf8)
        #expect(read(plain) == plain.count)
        for at in plain.indices {
            for (bad, accepted) in [([UInt8](arrayLiteral: 0x01), false), ([0x7F], false), ([0x5C, 0x6E], false), ([0x09], false),
                                    ([0xC2, 0x85], false), ([0xCC, 0x80], false), ([0xFF], false), ([0xC3, 0xA0], true), ([0xE1, 0xBB, 0x87], true)] {
                var body = plain
                body.replaceSubrange(at..<at + 1, with: bad)
                #expect((read(body) == body.count) == accepted, "byte \(bad) at \(at)")
            }
            var quoted = plain
            quoted[at] = 0x22
            #expect(read(quoted) == at, "a quote at \(at) ends the text there")
        }
    }

    /// `s` with the first `a` after its fifth line replaced by `b` (an edit inside the file, not on its first lines).
    func once(_ s: String, _ a: String, _ b: String) -> String {
        var lines = 0
        var i = s.startIndex
        while i < s.endIndex && lines < 5 {
            if s[i] == "\n" { lines += 1 }
            i = s.index(after: i)
        }
        guard let r = s.range(of: a, range: i..<s.endIndex) else { return s }
        return s.replacingCharacters(in: r, with: b)
    }

    @Test func packedDatesRoundTrip() throws {
        #expect(MemoryLayout<CivilDate>.size == 4)
        for text in ["0001-01-01", "1970-01-01", "2024-02-29", "2026-12-31", "9999-12-31"] {
            let d = try #require(CivilDate.parse(text))
            #expect(d.iso == text)
            #expect(CivilDate(dayNumber: d.dayNumber) == d)
        }
        var last: CivilDate?
        for n in stride(from: -1000, to: 40_000, by: 37) {
            let d = CivilDate(dayNumber: n)
            #expect(d.dayNumber == n)
            #expect(CivilDate(year: d.year, month: d.month, day: d.day) == d)
            if let last { #expect(last < d) }
            last = d
        }
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
    }
}

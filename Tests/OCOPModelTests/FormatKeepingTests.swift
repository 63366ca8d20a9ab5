import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

/// Saving keeps what it does not own: fields the model does not know (at any depth, on every record) byte for
/// byte, and each file's formatting — a one-field edit is a one-line diff.
@Suite struct FormatKeepingTests {
    func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    }

    /// The lines that differ between two versions of a file with the same number of lines (nil when counts differ).
    func changedLines(_ a: [String], _ b: [String]) -> [Int]? {
        guard a.count == b.count else { return nil }
        return a.indices.filter { a[$0] != b[$0] }
    }

    func load(_ dir: URL) throws -> Dataset {
        let r = DatasetLoader.load(directory: dir)
        #expect(r.errors.isEmpty, "\(r.errors.prefix(3).map { $0.message(.en) })")
        return try #require(r.dataset)
    }

    /// Inserts text after the first line of `text` that contains `anchor` (and after `skip` earlier matches).
    func insert(_ add: String, after anchor: String, in text: String, skip: Int = 0) throws -> String {
        var ls = text.components(separatedBy: "\n")
        let hits = ls.indices.filter { ls[$0].contains(anchor) }
        let i = try #require(hits.dropFirst(skip).first, "no line with \(anchor)")
        ls.insert(add, at: i + 1)
        return ls.joined(separator: "\n")
    }

    @Test func unknownFieldsSurviveEditsOfTheirRecordAndOfOthers() throws {
        let dir = try RepoPaths.copyOfSample("unknown-fields")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("products.json")
        var text = try String(contentsOf: url, encoding: .utf8)
        // The sample is written `"key": value`, two spaces, sorted keys. Extra fields at every level:
        let topNote = "  \"ghiChuTep\": {\"nguoiLap\": \"Phòng KTNN\", \"so\": [1, 2.50, 3e2]},"
        let recordNote = "      \"ghiChu\": \"Hồ sơ bổ sung 12/2026\","
        let nestedNote = "          \"bienBan\": {\"so\": \"12/BB-HĐ\", \"thanhVien\": [\"A\", {\"ten\": \"B\"}]},"
        let otherNote = "      \"ghiChu\" :   [ true, null ],"
        text = try insert(topNote, after: "{", in: text)
        let certNote = "        \"soHoSo\": 17,"
        text = try insert(certNote, after: "\"certificate\": {", in: text)             // inside product 0's certificate
        text = try insert(recordNote, after: "\"communeId\": ", in: text)             // product 0 itself
        text = try insert(nestedNote, after: "\"councilLevel\"", in: text)             // inside product 0's first evaluation
        text = try insert(otherNote, after: "\"criteriaSet\": \"", in: text, skip: 3)   // product 1
        try text.write(to: url, atomically: true, encoding: .utf8)
        let ds = try load(dir)
        for note in [topNote, recordNote, nestedNote, otherNote, certNote] { #expect(text.contains(note)) }

        // An edit of another record (product 2): product 0 and 1 keep every byte, their notes included.
        var p2 = ds.products[2]
        p2.name = "Bưởi Tân Triều loại 1"
        try RecordCommitter.commit(RecordChange(before: ds.products[2], after: p2), in: dir, user: "lan")
        let afterOther = try String(contentsOf: url, encoding: .utf8)
        for note in [topNote, recordNote, nestedNote, otherNote] { #expect(afterOther.contains(note), "lost: \(note)") }
        #expect(changedLines(text.components(separatedBy: "\n"), afterOther.components(separatedBy: "\n"))?.count == 1)

        // An edit of the same record: its name and a score change, its notes stay where they were, byte for byte.
        var p0 = ds.products[0]
        p0.name = "Chôm chôm Java Long Khánh (loại 1)"
        p0.evaluations[0].decisionNumber = "999/QĐ-UBND"
        p0.standards.append(.haccp)
        try RecordCommitter.commit(RecordChange(before: ds.products[0], after: p0), in: dir, user: "lan")
        let afterSame = try String(contentsOf: url, encoding: .utf8)
        for note in [topNote, recordNote, nestedNote, otherNote, certNote] { #expect(afterSame.contains(note), "lost: \(note)") }
        let reloaded = try load(dir)
        #expect(reloaded.products[0] == p0 && reloaded.products[2] == p2)
        // Deleting a field the model knows (the certificate) keeps the record's unknown note.
        var p0b = p0
        p0b.certificate = nil
        try RecordCommitter.commit(RecordChange(before: p0, after: p0b), in: dir, user: "lan")
        let afterDelete = try String(contentsOf: url, encoding: .utf8)
        #expect(afterDelete.contains(recordNote) && afterDelete.contains(nestedNote))
        #expect(!afterDelete.contains(certNote), "a field of the deleted certificate goes with it")
        #expect(try load(dir).products[0].certificate == nil)
        // Undo-like: the certificate back.
        try RecordCommitter.commit(RecordChange(before: p0b, after: p0), in: dir, user: "lan")
        #expect(try load(dir).products[0] == p0)
        #expect(try String(contentsOf: url, encoding: .utf8).contains(recordNote))
    }

    @Test func unknownFieldsSurviveInLinePerRecordFiles() throws {
        let ds = DatasetGenerator.generate(products: 1_200, seed: 4)
        let dir = RepoPaths.temporaryDirectory("unknown-lines")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(ds, to: dir)
        let url = dir.appendingPathComponent("products.json")
        var ls = try lines(url)
        // Line 1 is `{"products": [`; records follow one per line. Notes on records 0 and 600.
        for i in [1, 601] { ls[i] = ls[i].replacingOccurrences(of: "{\"certificate\"", with: "{\"ghiChu\":\"x\\u00e9 \\\"y\\\"\",\"certificate\"") }
        ls[1] = ls[1].replacingOccurrences(of: "{\"", with: "{\"ghiChu\":\"x\\u00e9 \\\"y\\\"\",\"", options: [], range: ls[1].startIndex..<ls[1].index(ls[1].startIndex, offsetBy: 3))
        try ls.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        let loaded = try load(dir)
        let before = try lines(url)
        var p = loaded.products[0]
        p.name = "Sản phẩm sửa"
        let r = try RecordCommitter.commit(RecordChange(before: loaded.products[0], after: p), in: dir, user: "an")
        #expect(r.spliced)
        let after = try lines(url)
        #expect(changedLines(before, after) == [1])
        #expect(after[1].hasPrefix("{\"ghiChu\":\"x\\u00e9 \\\"y\\\"\","), "\(after[1].prefix(80))")
        #expect(try load(dir).products[0] == p)
    }

    @Test func aOneFieldEditIsAOneLineDiffInEveryFormatting() throws {
        // The sample's own style ("key": value), Foundation's pretty style ("key" : value), and a hand-written
        // style: four spaces, keys not sorted.
        let sample = try RepoPaths.copyOfSample("format-sample")
        let foundation = RepoPaths.temporaryDirectory("format-foundation")
        defer {
            try? FileManager.default.removeItem(at: sample)
            try? FileManager.default.removeItem(at: foundation)
        }
        let ds = try load(sample)
        try DatasetEncoder.write(ds, to: foundation)
        for dir in [sample, foundation] {
            for file in ["producers.json", "tasks.json", "zones.json"] {
                let url = dir.appendingPathComponent(file)
                let before = try lines(url)
                var now = try load(dir)
                let change: RecordChange
                switch file {
                case "producers.json":
                    var r = now.producers[7]; r.representative = "Nguyễn Thị Lan"
                    change = RecordChange(before: now.producers[7], after: r)
                case "tasks.json":
                    var r = now.tasks[2]; r.progress = 61
                    change = RecordChange(before: now.tasks[2], after: r)
                default:
                    var r = now.zones[1]; r.chains[0].households += 1
                    change = RecordChange(before: now.zones[1], after: r)
                }
                try RecordCommitter.commit(change, in: dir, user: "lan")
                try RecordCodec.apply(change, to: &now)
                let after = try lines(url)
                #expect(changedLines(before, after)?.count == 1, "\(dir.lastPathComponent)/\(file): \(diff(before, after))")
                #expect(try load(dir) == now)
            }
        }
    }

    @Test func newRecordsFollowTheFilesStyle() throws {
        let dir = RepoPaths.temporaryDirectory("format-style")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ds = try #require(DatasetLoader.load(directory: RepoPaths.sample).dataset)
        try DatasetEncoder.write(ds, to: dir)
        // Agencies by hand: four spaces, " : ", keys in a reading order, a note at the top.
        let hand = """
        {
            "ghiChu" : "danh sách cơ quan",
            "agencies" : [
                {
                    "id" : "snn",
                    "name" : "Sở Nông nghiệp và Phát triển nông thôn",
                    "shortName" : "Sở NN&PTNT",
                    "level" : "province"
                }
            ],
            "schemaVersion" : 1
        }

        """
        // The other agencies the sample's tasks refer to are kept in the model's list, so the dataset still loads.
        try hand.write(to: dir.appendingPathComponent("agencies.json"), atomically: true, encoding: .utf8)
        var added = ds.agencies[1]
        let add = RecordChange(before: nil, after: added)
        try RecordCommitter.commit(add, in: dir, user: "lan")
        let text = try String(contentsOf: dir.appendingPathComponent("agencies.json"), encoding: .utf8)
        #expect(text.hasPrefix("{\n    \"ghiChu\" : \"danh sách cơ quan\",\n    \"agencies\" : [\n        {\n            \"id\" : \"snn\","), "\(text)")
        #expect(text.contains("\n        },\n        {\n            \"id\" : \"\(added.id)\",\n"), "\(text)")
        #expect(text.hasSuffix("\n        }\n    ],\n    \"schemaVersion\" : 1\n}\n"), "\(text)")
        // Edited: the record keeps its key order; deleted: the list and the file close as before.
        added.name = "Sở Công Thương tỉnh Đồng Nai"
        try RecordCommitter.commit(RecordChange(before: ds.agencies[1], after: added), in: dir, user: "lan")
        try RecordCommitter.commit(RecordChange(before: added, after: Optional<Agency>.none), in: dir, user: "lan")
        #expect(try String(contentsOf: dir.appendingPathComponent("agencies.json"), encoding: .utf8) == hand)
    }

    func diff(_ a: [String], _ b: [String]) -> String {
        guard a.count == b.count else { return "line count \(a.count) → \(b.count)" }
        return a.indices.filter { a[$0] != b[$0] }.prefix(5).map { "\($0 + 1): \(a[$0]) → \(b[$0])" }.joined(separator: "\n")
    }
}

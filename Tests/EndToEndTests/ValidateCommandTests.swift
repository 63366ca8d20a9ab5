import Foundation
import Testing
import TestSupport
import Spawn

/// `ocop validate` and `ocop generate` as scripts call them: exit statuses and output.
@Suite struct ValidateCommandTests {
    func requireBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: RepoPaths.binary.path), "build first: `make test`")
    }

    func corpusCase(_ name: String) throws -> URL {
        let fm = FileManager.default
        let dir = RepoPaths.temporaryDirectory("validate-\(name)")
        let base = RepoPaths.corpus.appendingPathComponent("base")
        for f in try fm.contentsOfDirectory(atPath: base.path) { try fm.copyItem(at: base.appendingPathComponent(f), to: dir.appendingPathComponent(f)) }
        let c = RepoPaths.corpus.appendingPathComponent(name)
        for f in try fm.contentsOfDirectory(atPath: c.path) where f.hasSuffix(".json") && f != "expect.json" {
            try fm.removeItem(at: dir.appendingPathComponent(f))
            try fm.copyItem(at: c.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        return dir
    }

    @Test func cleanSampleExitsZeroWithASummary() throws {
        try requireBinary()
        let r = try runProcess(RepoPaths.binary, ["validate", RepoPaths.sample.path])
        #expect(r.status == 0)
        #expect(r.stdout.contains("0 lỗi, 0 cảnh báo"))
        #expect(r.stdout.contains("Sản phẩm: 352"))
    }

    @Test func aMissingDirectoryIsNamed() throws {
        try requireBinary()
        let r = try runProcess(RepoPaths.binary, ["validate", "/no/such/ocop/dir"])
        #expect(r.status == 2)
        #expect(r.stdout.contains("không có thư mục này"))
        #expect(!r.stdout.contains("không tìm thấy tệp"), "one message about the directory, not one per file")
    }

    @Test func errorsExitTwoAndNameTheFileLineAndRecord() throws {
        try requireBinary()
        let dir = try corpusCase("score-over-maximum")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runProcess(RepoPaths.binary, ["validate", dir.path])
        #expect(r.status == 2)
        #expect(r.stdout.contains("products.json:20:21: lỗi: bản ghi sp-001, trường products[0].evaluations[0].scoreA"), "\(r.stdout)")
        let en = try runProcess(RepoPaths.binary, ["validate", dir.path, "--lang", "en"])
        #expect(en.stdout.contains("error: record sp-001"))
    }

    @Test func warningsExitZeroOrOneWithStrict() throws {
        try requireBinary()
        let dir = try corpusCase("nfd-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try runProcess(RepoPaths.binary, ["validate", dir.path]).status == 0)
        #expect(try runProcess(RepoPaths.binary, ["validate", dir.path, "--strict"]).status == 1)
    }

    @Test func jsonFormatForScripts() throws {
        try requireBinary()
        let dir = try corpusCase("unknown-producer-type")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try runProcess(RepoPaths.binary, ["validate", dir.path, "--format", "json"])
        #expect(r.status == 2)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let problems = obj?["problems"] as? [[String: Any]]
        #expect(obj?["errors"] as? Int == 1)
        #expect(problems?.first?["file"] as? String == "producers.json")
        #expect(problems?.first?["field"] as? String == "producers[0].type")
        #expect((problems?.first?["message"] as? String)?.contains("enterprise, cooperative, cooperativeGroup, household") == true)
    }

    @Test func generateWritesALoadableDataset() throws {
        try requireBinary()
        let dir = RepoPaths.temporaryDirectory("generate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = try runProcess(RepoPaths.binary, ["generate", "--products", "500", "--out", dir.path, "--seed", "9"])
        #expect(g.status == 0)
        let v = try runProcess(RepoPaths.binary, ["validate", dir.path])
        #expect(v.status == 0, "\(v.stdout)")
        #expect(v.stdout.contains("Sản phẩm: 500"))
    }

    @Test func generateRefusesADirectoryThatHoldsData() throws {
        try requireBinary()
        let dir = try RepoPaths.copyOfSample("generate-over")
        defer { try? FileManager.default.removeItem(at: dir) }
        func snapshot() throws -> [String: Data] {
            var out: [String: Data] = [:]
            for f in try FileManager.default.contentsOfDirectory(atPath: dir.path) { out[f] = try Data(contentsOf: dir.appendingPathComponent(f)) }
            return out
        }
        let before = try snapshot()
        let g = try runProcess(RepoPaths.binary, ["generate", "--products", "10", "--out", dir.path])
        #expect(g.status == 2)
        #expect(g.stderr.contains("đã có dữ liệu") && g.stderr.contains("--force"), "\(g.stderr)")
        #expect(try snapshot() == before, "nothing is written")
        // --force replaces it (and the backups, which would no longer match).
        try Data("{}".utf8).write(to: dir.appendingPathComponent("products.json.bak"))
        let f = try runProcess(RepoPaths.binary, ["generate", "--products", "10", "--out", dir.path, "--force"])
        #expect(f.status == 0, "\(f.stderr)")
        #expect(try runProcess(RepoPaths.binary, ["validate", dir.path]).stdout.contains("Sản phẩm: 10"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("products.json.bak").path))
        // A directory with a journal is refused even with --force.
        try Data("{}\n".utf8).write(to: dir.appendingPathComponent("journal.jsonl"))
        let replaced = try snapshot()
        let j = try runProcess(RepoPaths.binary, ["generate", "--products", "20", "--out", dir.path, "--force"])
        #expect(j.status == 2)
        #expect(j.stderr.contains("journal.jsonl") && j.stderr.contains("--force"), "\(j.stderr)")
        #expect(try snapshot() == replaced)
        // A file given as the directory.
        let file = dir.appendingPathComponent("products.json").path
        #expect(try runProcess(RepoPaths.binary, ["generate", "--products", "1", "--out", file]).status == 2)
    }
}

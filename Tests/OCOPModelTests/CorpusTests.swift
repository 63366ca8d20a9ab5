import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

/// Each broken dataset under Tests/Corpus names one problem precisely.
@Suite struct CorpusTests {
    struct Expectation: Decodable {
        var severity: String
        var file: String
        var line: Int?
        var column: Int?
        var recordId: String?
        var field: String
        var kind: String
        /// A fragment of the Vietnamese message.
        var message: String
    }

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: RepoPaths.corpus.path)) ?? []
        return names.filter { $0 != "base" }.sorted()
    }()

    /// The base dataset with the case's files laid over it.
    static func assemble(_ name: String) throws -> URL {
        let fm = FileManager.default
        let dir = RepoPaths.temporaryDirectory("corpus-\(name)")
        let base = RepoPaths.corpus.appendingPathComponent("base")
        for f in try fm.contentsOfDirectory(atPath: base.path) {
            try fm.copyItem(at: base.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        let caseDir = RepoPaths.corpus.appendingPathComponent(name)
        for f in try fm.contentsOfDirectory(atPath: caseDir.path) where f.hasSuffix(".json") && f != "expect.json" {
            try? fm.removeItem(at: dir.appendingPathComponent(f))
            try fm.copyItem(at: caseDir.appendingPathComponent(f), to: dir.appendingPathComponent(f))
        }
        if let delete = try? String(contentsOf: caseDir.appendingPathComponent("DELETE"), encoding: .utf8) {
            try fm.removeItem(at: dir.appendingPathComponent(delete.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        // What git cannot hold: a FIFO, a directory or a link loop in place of a file.
        if let prepare = try? String(contentsOf: caseDir.appendingPathComponent("PREPARE"), encoding: .utf8) {
            for line in prepare.split(separator: "\n") {
                let parts = line.split(separator: " ").map(String.init)
                guard parts.count == 2 else { continue }
                let target = dir.appendingPathComponent(parts[1])
                try? fm.removeItem(at: target)
                switch parts[0] {
                case "fifo": #expect(mkfifo(target.path, 0o644) == 0)
                case "directory": try fm.createDirectory(at: target, withIntermediateDirectories: false)
                case "loop": try fm.createSymbolicLink(atPath: target.path, withDestinationPath: target.path)
                default: Issue.record("unknown PREPARE line \(line)")
                }
            }
        }
        return dir
    }

    @Test func corpusIsLargeEnough() {
        #expect(Self.cases.count >= 60)
    }

    @Test func baseIsClean() {
        let r = DatasetLoader.load(directory: RepoPaths.corpus.appendingPathComponent("base"))
        #expect(r.problems.isEmpty, "\(r.problems.map { $0.message(.en) })")
        #expect(r.dataset != nil)
    }

    @Test(arguments: cases)
    func brokenDatasetNamesItsProblem(name: String) throws {
        let expect = try JSONDecoder().decode(Expectation.self,
            from: Data(contentsOf: RepoPaths.corpus.appendingPathComponent(name).appendingPathComponent("expect.json")))
        let dir = try Self.assemble(name)
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = DatasetLoader.load(directory: dir)
        let matching = r.problems.filter { $0.file == expect.file && $0.fieldPath == expect.field }
        let p = try #require(matching.first, "\(name): no problem on \(expect.file) \(expect.field); got \(r.problems.map { $0.message(.en) })")
        #expect(p.severity.rawValue == expect.severity, "\(name)")
        #expect(p.line == expect.line, "\(name): \(p.message(.en))")
        #expect(p.column == expect.column, "\(name): \(p.message(.en))")
        #expect(p.recordId == expect.recordId, "\(name): \(p.message(.en))")
        #expect(String(describing: p.kind).hasPrefix(expect.kind), "\(name): \(p.kind)")
        if expect.severity == "error" {
            #expect(r.dataset == nil, "\(name): a dataset with errors must not load")
        } else {
            #expect(r.dataset != nil, "\(name): warnings must still load")
        }
        // Messages say what and where in both languages.
        #expect(p.message(.vi).hasPrefix("\(expect.file)"))
        #expect(p.explanation(.vi).contains(expect.message), "\(name): \(p.explanation(.vi))")
        #expect(!p.explanation(.en).isEmpty && p.explanation(.vi) != p.explanation(.en))
    }

    @Test func nfdTextIsNormalisedOnLoad() throws {
        let dir = try Self.assemble("nfd-name")
        defer { try? FileManager.default.removeItem(at: dir) }
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        #expect(ds.products[0].name == "Chôm chôm Bình Lộc")
        #expect(ds.products[0].name.unicodeScalars.count == "Chôm chôm Bình Lộc".precomposedStringWithCanonicalMapping.unicodeScalars.count)
    }
}

import Foundation
import Testing
@testable import OCOPModel

/// The locator that gives problems their line and column indexes each top-level array once; it must point where a
/// scan from the start of the file points, for every path, in every layout.
@Suite struct LocatorTests {
    static let layouts: [String] = [
        // One record per line, as saving keeps large files.
        "{\"products\": [\n{\"id\": \"p-1\", \"name\": \"Mật ong\", \"evaluations\": [{\"stars\": 3}, {\"stars\": 4}]},\n"
            + "{\"id\": \"p-2\", \"name\": \"Cà phê\", \"evaluations\": []},\n"
            + "{\"name\": \"không mã\", \"id\": \"p-3\", \"note\": {\"a\": [1, [2, 3], \"x,]\"]}}\n],\n\"other\": {\"k\": [true, null]}}\n",
        // Pretty-printed, keys before and after the array.
        "{\n  \"version\": 1,\n  \"products\" : [\n    {\n      \"id\" : \"p-1\",\n      \"evaluations\" : [ { \"stars\" : 3 } ]\n    } ,\n"
            + "    { \"id\": \"p-2\", \"name\": \"\\\"quoted\\\" ]\" }\n  ],\n  \"tail\": []\n}\n",
        // Empty and missing arrays, and a key that is not an array.
        "{\"products\": [], \"zones\": {\"id\": \"z\"}}",
    ]

    static let paths: [[PathComponent]] = [
        [], [.key("products")], [.key("products"), .index(0)], [.key("products"), .index(1)],
        [.key("products"), .index(2)], [.key("products"), .index(3)], [.key("products"), .index(-1)],
        [.key("products"), .index(0), .key("id")], [.key("products"), .index(1), .key("name")],
        [.key("products"), .index(0), .key("evaluations"), .index(1), .key("stars")],
        [.key("products"), .index(2), .key("note"), .key("a"), .index(1), .index(1)],
        [.key("products"), .index(2), .key("missing")], [.key("products"), .index(9), .key("id")],
        [.key("other"), .key("k"), .index(1)], [.key("zones"), .index(0)], [.key("zones"), .key("id")],
        [.key("tail"), .index(0)], [.key("absent"), .index(0)],
    ]

    @Test func pointsWhereAScanFromTheStartPoints() {
        for layout in Self.layouts {
            let bytes = Array(layout.utf8)
            let locator = Locator(bytes: bytes)
            let scanner = JSONScanner(bytes: bytes)
            for path in Self.paths {
                #expect(locator.locate(path) == scanner.locate(path), "\(path) in \(layout.prefix(30))")
                if path.count == 2 {
                    #expect(locator.idOfObject(at: path) == scanner.idOfObject(at: path), "\(path)")
                }
            }
        }
    }

    /// A products file with a problem in every record: each problem is placed on its record's line and named by its
    /// id (this took minutes at 100k records when every problem scanned the file from its start).
    @Test func aProblemInEveryRecordIsPlacedOnItsLine() throws {
        let count = 3_000
        var text = "{\"products\": [\n"
        for i in 0..<count {
            text += "{\"id\": \"p-\(i)\", \"name\": \"Sản phẩm \(i)\"}" + (i == count - 1 ? "\n" : ",\n")
        }
        text += "]}\n"
        var problems = (0..<count).map { i in
            Problem(.error, file: DatasetFile.products.rawValue, path: [.key("products"), .index(i), .key("name")],
                    .malformedJSON(expected: .json))
        }
        DatasetLoader.resolvePositions(&problems, raw: [.products: Array(text.utf8)],
                                       directory: URL(fileURLWithPath: "/nonexistent"))
        for (i, p) in problems.enumerated() {
            #expect(p.line == i + 2 && p.column == 22 + "\(i)".count && p.recordId == "p-\(i)", "\(i): \(p.line ?? 0):\(p.column ?? 0)")
        }
    }
}

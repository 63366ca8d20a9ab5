import Foundation
import Testing
import TestSupport
import Spawn

/// No control character from the data reaches the terminal through anything the CLI prints: escape sequences
/// (an OSC 52 clipboard write, a CSI colour, a C1 CSI U+009B) go through `validate` (text and JSON) and `report`
/// (text, markdown, CSV, JSON) of the real binary.
@Suite struct SafeOutputTests {
    static let osc52 = "\u{1B}]52;c;b2NvcA==\u{07}"
    static let csi = "\u{1B}[31m"
    static let c1 = "\u{9B}2J"

    func requireBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: RepoPaths.binary.path), "build first: `make test`")
    }

    /// Edits one sample file as JSON objects.
    func edit(_ dir: URL, _ file: String, _ body: (inout [String: Any]) -> Void) throws {
        let url = dir.appendingPathComponent(file)
        var obj = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        body(&obj)
        try JSONSerialization.data(withJSONObject: obj, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    /// Every raw control scalar in the text except the layout's own newline, tab and CRLF.
    func rawControls(_ text: String) -> [UInt32] {
        let s = Array(text.unicodeScalars)
        return s.indices.compactMap { i in
            let v = s[i].value
            if v == 0x0A || v == 0x09 { return nil }
            if v == 0x0D, i + 1 < s.count, s[i + 1].value == 0x0A { return nil }
            return v < 0x20 || (v >= 0x7F && v <= 0x9F) ? v : nil
        }
    }

    /// A dataset that loads (control characters in text are warnings): names, titles and the province carry escapes.
    func hostileButLoadable() throws -> URL {
        let dir = try RepoPaths.copyOfSample("safe-output")
        try edit(dir, "products.json") { o in
            var list = o["products"] as? [[String: Any]] ?? []
            for i in list.indices { list[i]["name"] = "Sầu riêng \(Self.osc52)\(Self.csi)đỏ\(Self.c1) \(i)" }
            o["products"] = list
        }
        try edit(dir, "tasks.json") { o in
            var list = o["tasks"] as? [[String: Any]] ?? []
            for i in list.indices { list[i]["shortTitle"] = "Nhiệm vụ \(Self.csi)\(Self.osc52)\(i)\u{7F}" }
            o["tasks"] = list
        }
        try edit(dir, "dataset.json") { o in
            var d = o["dataset"] as? [String: Any] ?? [:]
            d["province"] = "Đồng Nai\(Self.osc52)"
            d["programme"] = "OCOP\(Self.c1)"
            o["dataset"] = d
        }
        try edit(dir, "zones.json") { o in
            var list = o["zones"] as? [[String: Any]] ?? []
            list[0]["name"] = "Vùng \(Self.csi)bưởi\r\nmới"
            o["zones"] = list
        }
        return dir
    }

    /// A dataset with errors whose messages quote the data: an agency id (or a date) holding escapes.
    func hostileWithErrors(date: Bool) throws -> URL {
        let dir = try RepoPaths.copyOfSample(date ? "safe-output-date" : "safe-output-errors")
        try edit(dir, "tasks.json") { o in
            var list = o["tasks"] as? [[String: Any]] ?? []
            if date { list[1]["deadline"] = "2025-\(Self.csi)12-31\(Self.c1)" } else { list[0]["leadAgencyId"] = "snn\(Self.osc52)" }
            o["tasks"] = list
        }
        return dir
    }

    @Test func validateAndReportPrintNoRawControlCharacter() throws {
        try requireBinary()
        let ok = try hostileButLoadable()
        let bad = try hostileWithErrors(date: false)
        let badDate = try hostileWithErrors(date: true)
        defer {
            for d in [ok, bad, badDate] { try? FileManager.default.removeItem(at: d) }
        }
        var runs: [(String, ProcessResult)] = []
        for dir in [ok, bad, badDate] {
            for format in ["text", "json"] {
                for lang in ["vi", "en"] {
                    runs.append(("validate \(format) \(lang) \(dir.lastPathComponent)",
                                 try runProcess(RepoPaths.binary, ["validate", dir.path, "--format", format, "--lang", lang])))
                }
            }
            for format in ["text", "markdown", "csv", "json"] {
                runs.append(("report \(format) \(dir.lastPathComponent)",
                             try runProcess(RepoPaths.binary, ["report", dir.path, "--format", format, "--as-of", "2026-11-29"])))
            }
        }
        for (what, r) in runs {
            #expect(rawControls(r.stdout).isEmpty, "\(what): raw controls \(rawControls(r.stdout)) on stdout")
            #expect(rawControls(r.stderr).isEmpty, "\(what): raw controls \(rawControls(r.stderr)) on stderr")
        }
        // The data is still there, visibly.
        let text = try #require(runs.first { $0.0.hasPrefix("report text safe-output-") && !$0.0.contains("errors") }?.1)
        #expect(text.status == 0)
        #expect(text.stdout.contains("Sầu riêng ␛]52;c;b2NvcA==␇␛[31mđỏ<9B>2J "), "\(text.stdout.prefix(2_000))")
        let validate = try #require(runs.first { $0.0.hasPrefix("validate text vi safe-output-errors") }?.1)
        #expect(validate.status == 2)
        #expect(validate.stdout.contains("snn␛]52;c;b2NvcA==␇"), "\(validate.stdout)")
        // JSON stays JSON: the escapes decode back to the data.
        let json = try #require(runs.first { $0.0.hasPrefix("report json safe-output-") && !$0.0.contains("errors") }?.1)
        #expect(json.stdout.contains("\\u009b"), "C1 controls are escaped in JSON")
        let obj = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect((obj?["province"] as? String) == "Đồng Nai\(Self.osc52)")
        let date = try #require(runs.first { $0.0.hasPrefix("validate text vi safe-output-date") }?.1)
        #expect(date.stdout.contains("2025-␛[31m12-31<9B>2J"), "\(date.stdout)")
        let vjson = try #require(runs.first { $0.0.hasPrefix("validate json vi safe-output-errors") }?.1)
        #expect(try JSONSerialization.jsonObject(with: Data(vjson.stdout.utf8)) is [String: Any])
        // The report of a broken dataset refuses with the errors on stderr, safely.
        let refused = try #require(runs.first { $0.0.hasPrefix("report csv safe-output-errors") }?.1)
        #expect(refused.status == 2 && refused.stderr.contains("snn␛]52"), "\(refused.stderr)")
    }

    @Test func argumentsEchoedInErrorsAreSafe() throws {
        try requireBinary()
        for args in [["validate", "--format", Self.osc52], ["report", "--as-of", "2026\(Self.csi)"], ["validate", "/no/such\(Self.c1)dir"],
                     ["generate", "--products", "x\(Self.osc52)", "--out", "/tmp"]] {
            let r = try runProcess(RepoPaths.binary, args)
            #expect(r.status != 0)
            #expect(rawControls(r.stdout).isEmpty && rawControls(r.stderr).isEmpty, "\(args): \(r.stdout) \(r.stderr)")
        }
    }
}

import Foundation
import Testing
import TestSupport
import OCOPModel

/// The dashboard binary under tmux, as an official would drive it.
@Suite(.serialized) struct DashboardEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    func requireBinary() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary), "build first: `make test` runs `swift build --product ocop`")
    }

    @Test(arguments: [(80, 24), (160, 48), (250, 70)])
    func browseSearchDrillDownAndQuit(width: Int, height: Int) throws {
        try requireBinary()
        let t = try TmuxSession(width: width, height: height)
        defer { t.kill() }
        t.sendLine("cd \(RepoPaths.root.path) && \(binary) --as-of 29/11/2026")
        #expect(t.waitFor { $0.contains("Tổng quan") && $0.contains("Sản phẩm theo khu vực") }.ok)
        // Every pane shows its records.
        for (key, expected) in [("2", "6 bản ghi"), ("4", "10 bản ghi"), ("5", "294 bản ghi"), ("6", "11 bản ghi"), ("7", "11 bản ghi")] {
            t.send(key)
            let s = t.waitFor { $0.contains(expected) }
            #expect(s.ok, "pane \(key):\n\(s.screen)")
        }
        t.send("T")
        #expect(t.waitFor { $0.contains("Giao diện: light") || $0.contains("light") }.ok)
        t.send("3")
        #expect(t.waitFor { $0.contains("352 bản ghi") }.ok)
        t.send("/")
        t.sendLiteral("sau rieng")
        t.send("Enter", "Enter")
        let detail = t.waitFor { $0.contains("Sản phẩm › Sầu riêng") }
        #expect(detail.ok, "\(detail.screen)")
        t.send("Escape")
        #expect(t.waitFor { $0.contains("352 bản ghi") }.ok)
        t.send("2")
        #expect(t.waitFor { $0.contains("quá hạn") && $0.contains("Khoa học") }.ok)
        t.send("L")
        #expect(t.waitFor { $0.contains("Science and") }.ok)
        t.send("q")
        #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok)
        t.sendLine("echo done-$((3*3))")
        #expect(t.waitFor { $0.contains("done-9") }.ok)
    }

    @Test func optionsReadOnlyLangAndTheme() throws {
        try requireBinary()
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) --data \(RepoPaths.sample.path) --read-only --lang en --theme projector")
        let s = t.waitFor { $0.contains("READ-ONLY") && $0.contains("Overview") }
        #expect(s.ok, "\(s.screen)")
        t.send("q")
    }

    @Test func aDatasetWithErrorsDoesNotOpen() throws {
        try requireBinary()
        let dir = RepoPaths.temporaryDirectory("broken")
        defer { try? FileManager.default.removeItem(at: dir) }
        try DatasetEncoder.write(DatasetGenerator.generate(products: 10, seed: 2), to: dir)
        var text = try String(contentsOf: dir.appendingPathComponent("products.json"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\"cycleStep\" : ", with: "\"cycleStep\" : 9", options: [], range: text.range(of: "\"cycleStep\" : "))
        try text.write(to: dir.appendingPathComponent("products.json"), atomically: true, encoding: .utf8)
        let t = try TmuxSession(width: 120, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) \(dir.path); echo status=$?")
        let s = t.waitFor { $0.contains("\nstatus=") }
        #expect(s.screen.contains("status=2"), "\(s.screen)")
        #expect(s.screen.contains("products.json:"), "\(s.screen)")
        #expect(!t.alternateOn)
    }

    @Test func tooSmallTerminalSaysSo() throws {
        try requireBinary()
        let t = try TmuxSession(width: 60, height: 20)
        defer { t.kill() }
        t.sendLine("\(binary)")
        #expect(t.waitFor { $0.contains("Cửa sổ quá nhỏ") }.ok)
        t.resize(width: 100, height: 30)
        #expect(t.waitFor { $0.contains("Tổng quan") }.ok)
        t.send("q")
    }
}

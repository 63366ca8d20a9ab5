import Foundation
import Testing
import TestSupport
import Spawn

/// Ctrl-Z as in vim, htop or lazygit: the shell gets its terminal back with the job stopped, `fg` redraws the
/// dashboard where it was, with a typed form intact.
@Suite(.serialized) struct SuspendEndToEndTests {
    var binary: String { RepoPaths.binary.path }

    @Test func ctrlZStopsTheJobAndFgRedrawsWhereItWas() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let t = try TmuxSession(width: 100, height: 30)
        defer { t.kill() }
        t.sendLine("\(binary) \(dir.path) --as-of 29/11/2026")
        #expect(t.waitFor { $0.contains("Tổng quan") }.ok)
        t.send("3", "a")
        #expect(t.waitFor { $0.contains("Thêm sản phẩm") }.ok)
        t.sendLiteral("Mật ong")
        t.send("C-z")
        let stopped = t.waitFor { $0.contains("Stopped") || $0.contains("suspended") }
        #expect(stopped.ok, "\(stopped.screen)")
        #expect(t.waitFor(timeout: 5) { _ in !t.alternateOn }.ok, "the shell has its normal screen back")
        t.sendLine("fg")
        let back = t.waitFor { $0.contains("Thêm sản phẩm") && $0.contains("Mật ong") }
        #expect(back.ok, "the form and what was typed come back: \(back.screen)")
        // Keys still act after coming back: typing goes on in the same field.
        t.sendLiteral(" rừng")
        #expect(t.waitFor { $0.contains("Mật ong rừng") }.ok)
    }

    @Test func anUnknownThemeNamesTheThemesThereAre() throws {
        try #require(FileManager.default.isExecutableFile(atPath: binary))
        let r = try runProcess(RepoPaths.binary, [RepoPaths.sample.path, "--theme", "nosuch"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("không có giao diện \"nosuch\"") && r.stderr.contains("dark, high-contrast, light, mono, projector"), "\(r.stderr)")
    }
}

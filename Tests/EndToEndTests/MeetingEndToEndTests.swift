import Foundation
import Testing
import TestSupport
import Spawn

/// A meeting from the command line, as a secretary would run it: open, decide, close, then the report since it,
/// the minutes in both formats, a snapshot, and a hand edit journalled at the next load.
@Suite struct MeetingEndToEndTests {
    func ocop(_ args: [String]) throws -> ProcessResult { try runProcess(RepoPaths.binary, args, environment: ["USER": "thu-ky", "PATH": "/usr/bin:/bin"]) }

    @Test func aMeetingFromOpenToMinutes() throws {
        try #require(FileManager.default.isExecutableFile(atPath: RepoPaths.binary.path))
        let dir = try RepoPaths.copyOfSample("meeting-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let d = dir.path
        let open = try ocop(["meeting", "open", d, "--chair", "Nguyễn Văn A", "--secretary", "Trần Thị B", "--title", "Họp giao ban"])
        #expect(open.status == 0 && open.stdout.contains("Đã mở cuộc họp"), "\(open.stderr)")
        #expect(try ocop(["meeting", "decide", d, "--text", "Hoàn thiện chuỗi bưởi", "--task", "nv-3", "--owner", "snnmt", "--due", "31/01/2027"]).status == 0)
        #expect(try ocop(["meeting", "decide", d, "--text", "Báo cáo tại kỳ họp sau"]).status == 0)
        let close = try ocop(["meeting", "close", d])
        #expect(close.status == 0 && close.stdout.contains("đã lưu ảnh dữ liệu"))
        #expect(try ocop(["meeting", "decide", d, "--text", "Muộn"]).status != 0, "no open meeting: refused")
        let since = try ocop(["report", d, "--since", "last-meeting"])
        #expect(since.stdout.contains("Hoàn thiện chuỗi bưởi (Sở NN&MT, 31/01/2027) — đang thực hiện, đạt 0%"), "\(since.stderr)")
        let md = try ocop(["minutes", d])
        #expect(md.stdout.contains("# BIÊN BẢN") && md.stdout.contains("Nguyễn Văn A") && md.stdout.contains("(giao: Sở NN&MT; thời hạn: 31/01/2027)"))
        let docx = dir.appendingPathComponent("bb.docx").path
        #expect(try ocop(["minutes", d, "--format", "docx", "--out", docx]).status == 0)
        let unzip = try runProcess(URL(fileURLWithPath: "/usr/bin/unzip"), ["-p", docx, "word/document.xml"])
        if unzip.status == 0 { #expect(unzip.stdout.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")) }
        // A hand edit after the snapshot is journalled as a change outside ocop at the next load.
        let url = dir.appendingPathComponent("agencies.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"Sở Công Thương\"", with: "\"Sở Công thương\"").write(to: url, atomically: true, encoding: .utf8)
        let report = try ocop(["report", d])
        #expect(report.stderr.contains("Phát hiện 1 bản ghi thay đổi ngoài ocop"))
        let journal = try String(contentsOf: dir.appendingPathComponent("journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"action\":\"outside\"") && journal.contains("\"action\":\"close-meeting\"") && journal.contains("\"action\":\"snapshot\""))
        let snap = try ocop(["snapshot", d])
        #expect(snap.status == 0 && snap.stdout.contains("(1 tệp mới)"), "only agencies.json is new: \(snap.stdout)")
    }
}

/// `--as-of` a past date rebuilds the data from history: yesterday's snapshot, without today's hand edit.
@Suite struct AsOfHistoryEndToEndTests {
    @Test func reportAsOfYesterdayShowsTheDataBeforeTodaysEdit() throws {
        try #require(FileManager.default.isExecutableFile(atPath: RepoPaths.binary.path))
        let dir = try RepoPaths.copyOfSample("asof-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let env = ["USER": "lan", "PATH": "/usr/bin:/bin", "TZ": "UTC"]
        #expect(try runProcess(RepoPaths.binary, ["snapshot", dir.path], environment: env).status == 0)
        // The snapshot was taken yesterday (its index line says so).
        let index = dir.appendingPathComponent(".ocop/snapshots/index.jsonl")
        let yesterday = Calendar(identifier: .gregorian).date(byAdding: .day, value: -1, to: Date())!
        let f = ISO8601DateFormatter()
        var line = try String(contentsOf: index, encoding: .utf8)
        line = line.replacingOccurrences(of: #""time":"[^"]*""#, with: "\"time\":\"\(f.string(from: yesterday))\"", options: .regularExpression)
        try line.write(to: index, atomically: true, encoding: .utf8)
        // Today, a hand edit: the next load journals it.
        let url = dir.appendingPathComponent("agencies.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try text.replacingOccurrences(of: "\"shortName\": \"Sở KH&CN\"", with: "\"shortName\": \"Sở KHCN\"").write(to: url, atomically: true, encoding: .utf8)
        let today = try runProcess(RepoPaths.binary, ["report", dir.path], environment: env)
        #expect(today.stdout.contains("Sở KHCN") && today.stderr.contains("thay đổi ngoài ocop"))
        let day = CivilDateText.iso(yesterday)
        let past = try runProcess(RepoPaths.binary, ["report", dir.path, "--as-of", day], environment: env)
        #expect(past.status == 0 && past.stdout.contains("Sở KH&CN") && !past.stdout.contains("Sở KHCN"), "\(past.stderr)")
        #expect(!past.stderr.contains("Chưa có ảnh dữ liệu"))
    }
}

/// yyyy-mm-dd of a moment in UTC.
enum CivilDateText {
    static func iso(_ d: Date) -> String {
        let f = DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }
}

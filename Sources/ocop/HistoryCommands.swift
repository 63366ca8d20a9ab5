import ArgumentParser
import Foundation
import OCOPHistory
import OCOPModel
import OCOPText

/// `ocop snapshot [DIR]`: stores the data files as they are now beside the data (content-addressed, compressed;
/// identical files stored once) and journals it. History (outside-change detection, `--as-of` on past data)
/// begins with the first snapshot.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "snapshot", abstract: "Lưu ảnh dữ liệu (store a snapshot of the data).")

    @Argument(help: "Thư mục dữ liệu; mặc định dữ liệu mẫu.") var directory: String?
    @Option(help: "Ngôn ngữ: vi hoặc en.") var lang: Language = .vi
    @Option(help: "Tên người ghi vào nhật ký (mặc định $USER).") var editor: String?

    func run() throws {
        let dir = directory ?? Resources.sample
        let url = URL(fileURLWithPath: dir)
        let user = editor ?? ProcessInfo.processInfo.environment["USER"] ?? "ocop"
        let (ds, _) = try CommandSupport.loadOrExit(dir, lang: lang)
        // Changes made by hand since ocop last saw the files are journalled first, so the journal stays complete.
        CommandSupport.reconcile(url, ds, user: user, lang: lang)
        let t0 = Date()
        let r = try SnapshotStore.take(url, reason: "snapshot", user: user)
        let secs = Date().timeIntervalSince(t0)
        print(SafeText.output(Msg.snapshotTaken.text(lang, r.snapshot.time, r.snapshot.files.count, r.newObjects, r.storedBytes,
                                                     r.dataBytes, String(format: "%.2f", secs))))
    }
}

extension CommandSupport {
    /// Journals changes made outside ocop since it last saw the files (when history is kept and the directory is
    /// writable), saying how many records changed on stderr.
    static func reconcile(_ dir: URL, _ ds: Dataset, user: String, lang: Language) {
        guard access(dir.path, W_OK) == 0, SeenStamps.historyKept(dir) else { return }
        if let found = try? History.reconcile(dir, loaded: ds, user: user), !found.isEmpty {
            FileHandle.standardError.write(Data((Msg.outsideChangesFound.text(lang, found.count) + "\n").utf8))
        }
    }

    /// The data a session shows: today's (changes made outside ocop journalled first), or with `--as-of` a past
    /// date and history kept, the data as it was that day (nil `historical` when today's data is shown).
    static func sessionData(_ dir: String, asOf text: String?, lang: Language, user: String, announce: Bool = false,
                            statisticsOn: CivilDate? = nil) throws -> (dataset: Dataset, result: LoadResult, historical: CivilDate?) {
        let day = try asOfDate(text)
        let (ds, result) = try loadOrExit(dir, lang: lang, announce: announce, statisticsOn: statisticsOn)
        let url = URL(fileURLWithPath: dir)
        reconcile(url, ds, user: user, lang: lang)
        guard text != nil, day < .today(), !SnapshotStore.all(url).isEmpty else { return (ds, result, nil) }
        do {
            let past = try History.dataset(before: History.endOf(day), in: url)
            var r = result
            r.dataset = past
            r.problems = []
            return (past, r, day)
        } catch {
            FileHandle.standardError.write(Data((Msg.asOfNoSnapshot.text(lang, day.display) + "\n").utf8))
            return (ds, result, nil)
        }
    }
}

import ArgumentParser
import Foundation
import OCOPModel

/// A hidden helper for the crash-safety test: commits edits of the first task over and over the way the dashboard's
/// forms do (lock, compare, atomic write, journal), logging each version once it is on disk, until it is killed.
struct CrashWriter: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "_crash-writer", abstract: "Test helper.", shouldDisplay: false)

    @Argument var directory: String
    @Argument var log: String
    /// Edit a product in the middle of products.json instead (a large file: the line-splicing path).
    @Flag var products = false
    /// Commit to this database instead of the directory (which is then ignored).
    @OptionGroup var store: StoreOptions

    func run() throws {
        let source = try StoreSupport.open(store, directory: directory, lang: .en)
        guard var ds = source.load().dataset else { throw ExitCode(2) }
        let logFD = open(log, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        if products {
            let i = ds.products.count / 2
            var version = ds.products[i].name.hasPrefix("v=") ? Int(ds.products[i].name.dropFirst(2)) ?? 0 : 0
            while true {
                version += 1
                let before = ds.products[i]
                ds.products[i].name = "v=\(version)"
                try source.commit(RecordChange(before: before, after: ds.products[i]), user: "crash-test", action: nil)
                let line = "\(version)\n"
                _ = line.withCString { write(logFD, $0, strlen($0)) }
                fsync(logFD)
            }
        }
        // Continue from the version on disk, so versions only grow across killed writers.
        var version = ds.tasks[0].notes.first { $0.id == "nv-1.gc-v" }.flatMap { Int($0.text.dropFirst(2)) } ?? 0
        while true {
            version += 1
            let before = ds.tasks[0]
            ds.tasks[0].notes = [MeetingNote(id: "nv-1.gc-v", date: ds.info.notice.date, kind: .note, text: "v=\(version)", author: "crash-test")]
            ds.tasks[0].progress = version % 101
            try source.commit(RecordChange(before: before, after: ds.tasks[0]), user: "crash-test", action: nil)
            let line = "\(version)\n"
            _ = line.withCString { write(logFD, $0, strlen($0)) }
            fsync(logFD)
        }
    }
}

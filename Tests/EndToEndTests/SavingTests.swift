import Foundation
import Testing
import TestSupport
import OCOPModel
import Spawn
import OCOPText

/// Atomic saving: a writer killed at random moments never leaves a broken or half-written file, and every version
/// it reported as saved is on disk.
@Suite(.serialized) struct SavingTests {
    /// The version the dataset holds (0 as first written): in tasks.json, or in the middle product of products.json.
    func version(in dir: URL, products: Bool) throws -> Int {
        let r = DatasetLoader.load(directory: dir)
        let ds = try #require(r.dataset, "the dataset does not load: \(r.errors.map { $0.message(.en) })")
        if products {
            let name = ds.products[ds.products.count / 2].name
            return name.hasPrefix("v=") ? Int(name.dropFirst(2)) ?? -1 : 0
        }
        guard let note = ds.tasks[0].notes.first(where: { $0.id == "nv-1.gc-v" }) else { return 0 }
        return Int(note.text.dropFirst(2)) ?? -1
    }

    /// Kill rounds per file: 30 by default (`make test`), 200 with `OCOP_CRASH_ROUNDS=200` (`make test-all`).
    static let rounds = ProcessInfo.processInfo.environment["OCOP_CRASH_ROUNDS"].flatMap(Int.init) ?? 30

    /// Kills of a writer committing record changes: tasks.json (re-encoded whole) and a 1,500-product
    /// products.json (the changed line spliced into the mapped old file).
    @Test(arguments: ["tasks", "products"])
    func killedWritersNeverLeaveABrokenFileOrLoseASavedEdit(file: String) throws {
        try #require(FileManager.default.isExecutableFile(atPath: RepoPaths.binary.path))
        let products = file == "products"
        let dir: URL
        if products {
            dir = RepoPaths.temporaryDirectory("crash-products")
            try DatasetEncoder.write(DatasetGenerator.generate(products: 1_500, seed: 3), to: dir)
        } else {
            dir = try RepoPaths.copyOfSample()
        }
        defer { try? FileManager.default.removeItem(at: dir) }
        let log = dir.appendingPathComponent("saved.log")
        var previous = 0
        for round in 0..<Self.rounds {
            let pid = try startProcess(RepoPaths.binary, ["_crash-writer", dir.path, log.path] + (products ? ["--products"] : []))
            // The writer first loads the dataset (longer for 1,500 products, and on a slower machine): the kill comes
            // at a random moment after its first reported save, somewhere in its loop of commits.
            let start = Date()
            while (try? String(contentsOf: log, encoding: .utf8))?.contains("\n") != true && Date().timeIntervalSince(start) < 10 { usleep(2_000) }
            usleep(useconds_t(Int.random(in: 0...100_000)))
            kill(pid, SIGKILL)
            _ = waitForProcess(pid)
            let onDisk = try version(in: dir, products: products)
            // The last version the writer reported saved (the starting version when it saved nothing yet).
            let logged = (try? String(contentsOf: log, encoding: .utf8))?.split(separator: "\n").last.flatMap { Int($0) } ?? previous
            // Every version reported as saved is there; at most the one being written when killed is newer.
            #expect(onDisk >= logged, "round \(round): saved v\(logged) but the file holds v\(onDisk)")
            #expect(onDisk <= logged + 1, "round \(round): the file holds v\(onDisk), beyond v\(logged)+1")
            #expect(onDisk >= previous, "round \(round): went back from v\(previous) to v\(onDisk)")
            previous = onDisk
            // The next writer continues from the file as it is now; its log starts afresh.
            try? FileManager.default.removeItem(at: log)
        }
        #expect(previous > Self.rounds / 2, "the writers saved only \(previous) versions in \(Self.rounds) rounds: the test did not exercise saving")
        // The next save sweeps the killed writers' temporary files; the dataset still loads.
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        try DatasetWriter.save(products ? .products : .tasks, of: ds, in: dir)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(DatasetLoader.load(directory: dir).errors.isEmpty)
    }

    @Test func aFailedWriteLeavesTheOldFileIntact() throws {
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let before = try Data(contentsOf: dir.appendingPathComponent("tasks.json"))
        // The target is replaced by a directory: the rename must fail, and nothing else may change.
        let blocked = RepoPaths.temporaryDirectory("blocked")
        defer { try? FileManager.default.removeItem(at: blocked) }
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("tasks.json"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("tasks.json/inner"), withIntermediateDirectories: true)
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        #expect(throws: SaveError.self) { try DatasetWriter.save(.tasks, of: ds, in: blocked) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: blocked.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        // A directory that does not exist: a clear error, no crash.
        #expect(throws: SaveError.self) { try DatasetWriter.save(.tasks, of: ds, in: dir.appendingPathComponent("nowhere")) }
        #expect(try Data(contentsOf: dir.appendingPathComponent("tasks.json")) == before)
    }

    @Test func staleTemporariesOfDeadWritersAreSweptButNotLiveOnes() throws {
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let dead = dir.appendingPathComponent(".tasks.json.999999.1.tmp")
        let live = dir.appendingPathComponent(".tasks.json.\(getpid()).2.tmp")
        try Data("partial".utf8).write(to: dead)
        try Data("in progress".utf8).write(to: live)
        DatasetWriter.sweepStaleTemporaries(for: "tasks.json", in: dir)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: live.path))
    }

    @Test func permissionsAreKeptAndABackupIsMade() throws {
        let dir = try RepoPaths.copyOfSample()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("tasks.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        let before = try Data(contentsOf: url)
        var ds = try #require(DatasetLoader.load(directory: dir).dataset)
        ds.tasks[0].progress = 71
        try DatasetWriter.save(.tasks, of: ds, in: dir)
        let mode = try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber
        #expect(mode?.intValue == 0o640)
        #expect(try Data(contentsOf: dir.appendingPathComponent("tasks.json.bak")) == before)
        #expect(DatasetLoader.load(directory: dir).dataset?.tasks[0].progress == 71)
    }

    /// A real full disk: the sample on a tmpfs just big enough for it (when this machine lets the tests mount one,
    /// as root in a container usually can), or the same failure injected into the writer otherwise.
    @Test func aFullDiskLeavesEveryFileIntact() throws {
        let mountPoint = RepoPaths.temporaryDirectory("tinyfs")
        defer { try? FileManager.default.removeItem(at: mountPoint) }
        let sample = try RepoPaths.copyOfSample("tiny-src")
        defer { try? FileManager.default.removeItem(at: sample) }
        let files = try FileManager.default.contentsOfDirectory(atPath: sample.path)
        let total = try files.reduce(0) { $0 + ((try FileManager.default.attributesOfItem(atPath: sample.appendingPathComponent($1).path)[.size] as? Int) ?? 0) }
        // Room for the files and a little more, not for a second copy of products.json.
        let mounted = geteuid() == 0 && (try? runProcess(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(total / 1024 + 24)k", "tmpfs", mountPoint.path]))?.status == 0
        defer { if mounted { _ = try? runProcess(URL(fileURLWithPath: "/bin/umount"), [mountPoint.path]) } }
        let dir = mounted ? mountPoint : sample
        print("full-disk test: \(mounted ? "a \(total / 1024 + 24) KiB tmpfs" : "injected ENOSPC (mounting is not allowed here)")")
        if mounted {
            for f in files { try FileManager.default.copyItem(at: sample.appendingPathComponent(f), to: mountPoint.appendingPathComponent(f)) }
        }
        let url = dir.appendingPathComponent("products.json")
        let before = try Data(contentsOf: url)
        let ds = try #require(DatasetLoader.load(directory: dir).dataset)
        var p = ds.products[0]
        p.name = String(repeating: "Mật ong hoa cà phê Cẩm Mỹ ", count: 20)
        let full: ([Data], URL) throws -> Void = mounted ? { try DatasetWriter.writeAtomically(parts: $0, to: $1) }
            : { _, u in throw SaveError(file: u.lastPathComponent, reason: String(cString: strerror(ENOSPC))) }
        do {
            try RecordCommitter.commit(RecordChange(before: ds.products[0], after: p), in: dir, user: "x", writer: full)
            Issue.record("the save did not fail on a full disk (mounted: \(mounted))")
        } catch let e as SaveError {
            // Said in the user's language: the disk is full (injected as text when the disk cannot be filled here).
            #expect(e.failure == .noSpace || e.reason.contains("No space left on device"), "\(e)")
            if mounted { #expect(e.description.contains("ổ đĩa đã đầy"), "\(e)") }
            #expect(e.file == "products.json")
        }
        #expect(try Data(contentsOf: url) == before, "the old file must be intact")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
        #expect(DatasetLoader.load(directory: dir).errors.isEmpty)
    }
}

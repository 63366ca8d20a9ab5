import Foundation
import OCOPModel
import OCOPPostgres
import Spawn
import TestSupport

/// `ocop-bench stores [N]`: both stores side by side at N products (default 100,000): load time and peak memory
/// (each in a fresh process), one edit saved (median and p95), a colleague's save reaching a second process, and
/// `ocop db import` / `export`. The PostgreSQL figures use a throwaway cluster with fsync on.
enum StoresBench {
    /// Opens the store a bench child names: a directory path or a postgresql:// address.
    static func store(_ location: String) throws -> any DatasetStore {
        location.hasPrefix("postgres") ? try PostgresStore(url: try DatabaseURL(location)) : DirectoryStore(directory: URL(fileURLWithPath: location))
    }

    /// Child: loads the store once and prints seconds and peak RSS (MB).
    static func load(_ location: String) throws {
        let t0 = now()
        let s = try store(location)
        let r = s.load()
        print(String(format: "%.4f %.1f %d", now() - t0, peakRSSMB(), r.dataset?.products.count ?? -1))
    }

    /// Child: follows the store and prints, for each reload, the monotonic time it arrived and the first product's name.
    static func listen(_ location: String) throws {
        let s = try store(location)
        _ = s.load()
        let watcher = DatasetWatcher<Int>(store: s, interval: 0.005)
        say("ready")
        while true {
            if case .reloaded(let r, _, _)? = watcher.poll(), let name = r.dataset?.products.first?.name {
                say(String(format: "%.6f %@", now(), name))
            }
            usleep(2_000)
        }
    }

    /// A line on stdout, written at once (the parent reads the file as it grows).
    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    static func p95(_ xs: [Double]) -> Double { xs.sorted()[min(xs.count - 1, Int(Double(xs.count) * 0.95))] }

    /// Saves `rounds` edits of one product; returns the times in ms.
    static func saves(_ s: any DatasetStore, rounds: Int) throws -> [Double] {
        guard var ds = s.load().dataset else { return [] }
        let i = ds.products.count / 2
        var out: [Double] = []
        for k in 0..<rounds {
            let before = ds.products[i]
            ds.products[i].name = "Sản phẩm thử \(k)"
            let t0 = now()
            try s.commit(RecordChange(before: before, after: ds.products[i]), user: "bench", action: nil)
            out.append((now() - t0) * 1000)
        }
        return out
    }

    /// A colleague's save (this process) reaching a listening second process: ms per save.
    static func reach(_ location: String, rounds: Int) throws -> [Double] {
        let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-listen-\(getpid()).txt")
        try? FileManager.default.removeItem(at: outFile)
        let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        let pid = try startProcess(me, ["listen", location], stdout: outFile.path, stderr: "/dev/null")
        defer { kill(pid, SIGKILL); _ = waitForProcess(pid); try? FileManager.default.removeItem(at: outFile) }
        func lines() -> [String] { ((try? String(contentsOf: outFile, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init) }
        let start = now()
        while !lines().contains("ready") && now() - start < 120 { usleep(10_000) }
        let s = try store(location)
        guard var ds = s.load().dataset else { return [] }
        var out: [Double] = []
        for k in 0..<rounds {
            let before = ds.products[0]
            ds.products[0].name = "Đồng nghiệp sửa \(k)"
            let t0 = now()
            try s.commit(RecordChange(before: before, after: ds.products[0]), user: "bench", action: nil)
            let want = "Đồng nghiệp sửa \(k)"
            var arrived: Double?
            while arrived == nil && now() - t0 < 30 {
                arrived = lines().last { $0.hasSuffix(" " + want) }.flatMap { Double($0.split(separator: " ")[0]) }
                usleep(1_000)
            }
            if let arrived { out.append((arrived - t0) * 1000) }
            usleep(200_000)
        }
        return out
    }

    /// Runs a command of the release `ocop` beside this binary; returns seconds.
    static func timed(_ args: [String]) throws -> Double {
        let ocop = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ocop")
        let t0 = now()
        let r = try runProcess(ocop, args)
        if r.status != 0 { print("  ocop \(args.first ?? "") failed: \(r.stderr.prefix(300))") }
        return now() - t0
    }

    static func run(products n: Int) throws {
        print("stores: \(n) products (release build; figures, not verdicts)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-stores-\(n)")
        if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("products.json").path) {
            try DatasetEncoder.write(DatasetGenerator.generate(products: n), to: dir)
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-stores-work")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.copyItem(at: dir, to: work)
        defer { try? FileManager.default.removeItem(at: work) }
        let cluster = try PostgresCluster(durable: true)
        let url = cluster.url(try cluster.createDatabase("bench"))
        _ = try timed(["db", "init", "--db", url])
        let importS = try timed(["db", "import", dir.path, "--db", url])
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-export-\(getpid())")
        try? FileManager.default.removeItem(at: out)
        let exportS = try timed(["db", "export", out.path, "--db", url])
        let same = DatasetFile.allCases.allSatisfy {
            (try? Data(contentsOf: dir.appendingPathComponent($0.rawValue))) == (try? Data(contentsOf: out.appendingPathComponent($0.rawValue)))
        }
        try? FileManager.default.removeItem(at: out)
        print(String(format: "  db import %.2f s, db export %.2f s (export byte-identical to the generated directory: %@)", importS, exportS, same ? "yes" : "NO"))
        for (name, location) in [("directory", work.path), ("postgresql", url)] {
            let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            let outFile = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-load-\(getpid()).txt")
            let pid = try startProcess(me, ["storeload", location], stdout: outFile.path, stderr: "/dev/null")
            _ = waitForProcess(pid)
            let f = ((try? String(contentsOf: outFile, encoding: .utf8)) ?? "").split(separator: " ")
            try? FileManager.default.removeItem(at: outFile)
            let s = try store(location)
            let saved = try saves(s, rounds: 40)
            let reached = try reach(location, rounds: 10)
            print(String(format: "  %@: load %@ s, peak %@ MB; save one edit median %.1f ms, p95 %.1f ms; a colleague's save seen by a second process median %.0f ms, max %.0f ms",
                         name, f.first.map(String.init) ?? "?", f.count > 1 ? String(f[1]) : "?", median(saved), p95(saved),
                         reached.isEmpty ? -1 : median(reached), reached.max() ?? -1))
        }
        try? cluster.stop()
    }
}

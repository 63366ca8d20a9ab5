import Foundation
import OCOPModel
import OCOPHistory
import TerminalCore
import Spawn
import OCOPApp

/// Release-build benchmarks for `make bench`. They print figures and assert nothing.
/// `ocop-bench` runs all; `ocop-bench load DIR` measures one load in a fresh process.

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

func peakRSSMB() -> Double {
    var u = rusage()
    getrusage(RUSAGE_SELF.rawValue, &u)
    return Double(u.ru_maxrss) / 1024
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let args = CommandLine.arguments
if args.count >= 3 && args[1] == "keys" {
    keysBench(URL(fileURLWithPath: args[2]))
    exit(0)
}
if args.count >= 3 && args[1] == "breakdown" {
    breakdown(URL(fileURLWithPath: args[2]), fastPath: !args.contains("--general"))
    exit(0)
}
if args.count >= 3 && args[1] == "load" {
    let dir = URL(fileURLWithPath: args[2])
    let t0 = now()
    let r = DatasetLoader.load(directory: dir)
    let t1 = now()
    print(String(format: "%.4f %.1f %d %d", t1 - t0, peakRSSMB(), r.dataset?.products.count ?? -1, r.problems.count))
    exit(0)
}
if args.count >= 3 && args[1] == "decode" {
    // JSONDecoder against the loader's path on products.json alone.
    let data = try Data(contentsOf: URL(fileURLWithPath: args[2]).appendingPathComponent("products.json"))
    let t0 = now()
    let a = try JSONDecoder().decode(ProductsFile.self, from: data)
    let t1 = now()
    let r = DatasetLoader.load(directory: URL(fileURLWithPath: args[2]))
    let t2 = now()
    print(String(format: "JSONDecoder products.json %.3f s (%d); full load %.3f s (%d)", t1 - t0, a.products.count, t2 - t1, r.dataset?.products.count ?? -1))
    exit(0)
}
struct ProductsFile: Decodable { var products: [Product] }
if args.count >= 3 && args[1] == "storeload" { try StoresBench.load(args[2]); exit(0) }
if args.count >= 3 && args[1] == "listen" { try StoresBench.listen(args[2]); exit(0) }
if args.count >= 2 && args[1] == "stores" {
    try StoresBench.run(products: args.count >= 3 ? Int(args[2]) ?? 100_000 : Int(ProcessInfo.processInfo.environment["OCOP_BENCH_PRODUCTS"] ?? "") ?? 100_000)
    exit(0)
}
if args.count >= 3 && args[1] == "parse" {
    let dir = URL(fileURLWithPath: args[2])
    let datas = DatasetFile.allCases.compactMap { try? Data(contentsOf: dir.appendingPathComponent($0.rawValue)) }
    let t0 = now()
    var n = 0
    for d in datas { if (try? JSONSerialization.jsonObject(with: d)) != nil { n += 1 } }
    let t1 = now()
    print(String(format: "%.4f %.1f %d", t1 - t0, peakRSSMB(), n))
    exit(0)
}

let me = URL(fileURLWithPath: args[0]).resolvingSymlinksInPath()
func child(_ mode: String, _ dir: String) -> [String] {
    let p = Process()
    p.executableURL = me
    p.arguments = [mode, dir]
    let out = Pipe()
    p.standardOutput = out
    try? p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
}

print("ocop-bench (release build; figures, not verdicts)")
let renderOnly = args.count >= 2 && args[1] == "render"
/// `ocop-bench save` runs only the saving figures.
let saveOnly = args.count >= 2 && args[1] == "save"
/// `ocop-bench history` runs only the history figures (snapshots, outside changes, `--as-of`).
let historyOnly = args.count >= 2 && args[1] == "history"
let products = Int(ProcessInfo.processInfo.environment["OCOP_BENCH_PRODUCTS"] ?? "") ?? 100_000
if renderOnly {
    print(String(format: "render 200×60 table frame: 100k rows %.3f ms, 1k rows %.3f ms", renderFrame(rows: 100_000, selected: 50_000) * 1000, renderFrame(rows: 1_000, selected: 500) * 1000))
    exit(0)
}
let dir = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-\(products)")
if !FileManager.default.fileExists(atPath: dir.appendingPathComponent("products.json").path) {
    let t0 = now()
    try DatasetEncoder.write(DatasetGenerator.generate(products: products, seed: 1), to: dir)
    print(String(format: "generated %d products in %.2f s into %@", products, now() - t0, dir.path))
}
let bytes = DatasetFile.allCases.reduce(0) { acc, f in
    acc + ((try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(f.rawValue).path)[.size] as? Int) ?? 0)
}
print(String(format: "dataset: %d products, %.1f MB of JSON", products, Double(bytes) / 1e6))

if historyOnly {
    try historyFigures()
    exit(0)
}

var loads: [Double] = [], parses: [Double] = [], rss: [Double] = [], parseRSS: [Double] = []
for _ in 0..<(saveOnly ? 0 : 5) {
    let l = child("load", dir.path)
    let p = child("parse", dir.path)
    if l.count >= 2, let t = Double(l[0]), let m = Double(l[1]) { loads.append(t); rss.append(m) }
    if p.count >= 2, let t = Double(p[0]), let m = Double(p[1]) { parses.append(t); parseRSS.append(m) }
}
if !loads.isEmpty && !parses.isEmpty {
    let l = median(loads), p = median(parses)
    print(String(format: "load (read + decode + validate): median %.3f s over %d runs", l, loads.count))
    print(String(format: "JSONSerialization parse of the same bytes: median %.3f s", p))
    print(String(format: "ratio load / bare parse: %.2f×  (floor: ≤ 1.5×)", l / p))
    print(String(format: "peak memory of a load: %.0f MB (bare parse process: %.0f MB; floor: < 400 MB)", rss.max() ?? 0, parseRSS.max() ?? 0))
}

// MARK: - Rendering: a 200×60 frame with a 100k-row table beside a 1k-row one (virtualised: should match).
func renderFrame(rows: Int, selected: Int) -> Double {
    let theme = Theme.plain
    var times: [Double] = []
    for i in 0..<200 {
        var buf = CellBuffer(width: 200, height: 60)
        var state = TableState(selected: (selected + i) % rows)
        let t0 = now()
        let inner = Block(title: "Sản phẩm", focused: true).render(in: buf.area, into: &buf, theme: theme)
        Table(columns: [TableColumn("Tên sản phẩm", .flex(3, min: 10)), TableColumn("Chủ thể", .flex(2, min: 8)),
                        TableColumn("Huyện", .fixed(12)), TableColumn("Sao", .fixed(4), align: .right)],
              rowCount: rows, sortColumn: 0) { r, c in
            switch c {
            case 0: return "Mật ong hoa cà phê Cẩm Mỹ \(r)"
            case 1: return "HTX Nông nghiệp Thành Đạt"
            case 2: return "Xuân Lộc"
            default: return "4★"
            }
        }.render(in: inner, into: &buf, state: &state, theme: theme)
        times.append(now() - t0)
    }
    return median(times)
}
if !saveOnly {
let big = renderFrame(rows: 100_000, selected: 50_000)
let small = renderFrame(rows: 1_000, selected: 500)
print(String(format: "render 200×60 table frame: 100k rows %.3f ms, 1k rows %.3f ms (floor: < 2 ms; equal when virtualised)", big * 1000, small * 1000))

// MARK: - The dashboard on 100k products: launch to first frame, key to finished frame, search and filter keystrokes.
func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int(Double(s.count - 1) * p))]
}
do {
    let t0 = now()
    guard let ds = DatasetLoader.load(directory: dir).dataset else { fatalError("generated dataset must load") }
    let t1 = now()
    var state = AppState(dataset: ds, asOf: CivilDate(year: 2026, month: 11, day: 29)!, themes: [.plain])
    state.size = (160, 48)
    var buf = CellBuffer(width: 160, height: 48)
    DashboardView.render(state, into: &buf)
    let t2 = now()
    print(String(format: "dashboard launch to first frame (load %.2f s + state and frame %.2f s): %.2f s", t1 - t0, t2 - t1, t2 - t0))
    func keyTimes(_ keys: [InputEvent], repeat n: Int) -> [Double] {
        var times: [Double] = []
        for i in 0..<n {
            let e = keys[i % keys.count]
            let a = now()
            _ = state.update(e)
            var b = CellBuffer(width: 160, height: 48)
            DashboardView.render(state, into: &b)
            times.append(now() - a)
        }
        return times
    }
    _ = state.update(.key(.char("3")))
    let rowMove = keyTimes([.key(.char("j"))], repeat: 300)
    let pageMove = keyTimes([.key(.pageDown), .key(.pageUp)], repeat: 200)
    let paneSwitch = keyTimes([.key(.char("5")), .key(.char("3")), .key(.char("2")), .key(.char("4")), .key(.char("6")), .key(.char("7")), .key(.char("1"))], repeat: 70)
    for (name, xs) in [("row move", rowMove), ("page move", pageMove), ("pane switch", paneSwitch)] {
        print(String(format: "key → finished frame, %@: median %.2f ms, p95 %.2f ms (floor: p95 < 5 ms)", name, median(xs) * 1000, percentile(xs, 0.95) * 1000))
    }
    _ = state.update(.key(.char("3")))
    _ = state.update(.key(.char("/")))
    let searchKeys = "mat ong hoa ca phe".map { InputEvent.key(.char($0)) }
    let search = keyTimes(searchKeys, repeat: searchKeys.count)
    _ = state.update(.key(.escape))
    print(String(format: "incremental search keystroke over %d products: median %.1f ms, p95 %.1f ms (floor: < 30 ms)", ds.products.count, median(search) * 1000, percentile(search, 0.95) * 1000))
    var filterTimes: [Double] = []
    for query in ["xuan loc", "long khanh", "thuc pham", "buoc: 5"] {
        _ = state.update(.key(.char("x")))
        _ = state.update(.key(.char("f")))
        filterTimes += keyTimes(query.map { InputEvent.key(.char($0)) }, repeat: query.count)
        filterTimes += keyTimes([.key(.enter)], repeat: 1)
    }
    _ = state.update(.key(.char("x")))
    let openStart = now()
    _ = state.update(.key(.char(":")))
    let openTime = now() - openStart
    let paletteTimes = keyTimes("bui tan".map { InputEvent.key(.char($0)) }, repeat: 7)
    _ = state.update(.key(.escape))
    print(String(format: "palette over every record (%d): open %.1f ms, keystroke median %.1f ms, max %.1f ms (floor: < 30 ms)",
                 ds.products.count + ds.producers.count, openTime * 1000, median(paletteTimes) * 1000, (paletteTimes.max() ?? 0) * 1000))
    print(String(format: "filter keystroke (typing in the picker and applying) over %d products: median %.1f ms, p95 %.1f ms, max %.1f ms (floor: < 30 ms)", ds.products.count, median(filterTimes) * 1000, percentile(filterTimes, 0.95) * 1000, (filterTimes.max() ?? 0) * 1000))
}
}

// MARK: - Saving one edit in the 100k dataset: the commit (lock, compare, splice, atomic write, journal), and the
// dashboard's whole path from Enter on a form to the change on screen (the save runs in the background).
do {
    let saveDir = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-save")
    try? FileManager.default.removeItem(at: saveDir)
    try FileManager.default.createDirectory(at: saveDir, withIntermediateDirectories: true)
    for f in DatasetFile.allCases {
        try FileManager.default.copyItem(at: dir.appendingPathComponent(f.rawValue), to: saveDir.appendingPathComponent(f.rawValue))
    }
    guard var ds = DatasetLoader.load(directory: saveDir).dataset else { fatalError("copy must load") }
    var commitTimes: [Double] = [], written: [Int] = []
    let journalURL = saveDir.appendingPathComponent(DatasetWriter.journalName)
    for k in 0..<15 {
        let i = (k * 6_421) % ds.products.count
        var p = ds.products[i]
        let old = p
        p.name += " (sửa \(k))"
        let change = RecordChange(before: old, after: p)
        let t0 = now()
        let r = try RecordCommitter.commit(change, in: saveDir, user: "bench")
        commitTimes.append(now() - t0)
        written.append(r.bytesWritten)
        ds.products[i] = p
    }
    let journalBytes = (try? FileManager.default.attributesOfItem(atPath: journalURL.path)[.size] as? Int) ?? 0
    print(String(format: "save one product edit in %d products (lock, compare, splice one line, atomic write + fsync, backup, journal): median %.0f ms, max %.0f ms (floor: < 300 ms)",
                 ds.products.count, median(commitTimes) * 1000, (commitTimes.max() ?? 0) * 1000))
    print(String(format: "bytes written per edit: %.1f MB data file (whole file, atomically) + %d bytes of journal", Double(median(written.map(Double.init))) / 1e6, journalBytes / 15))
    // The dashboard: Enter on an edit form returns at once; the change lands on a later tick.
    var s = AppState(dataset: ds, asOf: CivilDate(year: 2026, month: 11, day: 29)!, themes: [.plain])
    s.size = (160, 48)
    var screen = DashboardScreen(state: s, directory: saveDir, watch: false)
    var blocked: [Double] = [], landed: [Double] = [], landing: [Double] = []
    for k in 0..<5 {
        for e in [InputEvent.key(.char("3")), .key(.char("e")), .key(.end), .text(" \(k)")] { _ = screen.handle(e, size: (160, 48)) }
        let t0 = now()
        _ = screen.handle(.key(.enter), size: (160, 48))
        var b = CellBuffer(width: 160, height: 48)
        _ = screen.render(into: &b)
        blocked.append(now() - t0)
        screen.waitForSave()
        let t1 = now()
        _ = screen.handle(nil, size: (160, 48))
        var b2 = CellBuffer(width: 160, height: 48)
        _ = screen.render(into: &b2)
        landing.append(now() - t1)
        landed.append(now() - t0)
        if screen.state.form != nil { print("bench: the form did not save: \(screen.state.form?.error ?? screen.state.message ?? "?")"); break }
        _ = screen.handle(.key(.char("j")), size: (160, 48))
    }
    // Typing in a form at 100k: opening it, each key in a text field, and the producer picker (45k choices).
    var formKeys: [Double] = [], pickerKeys: [Double] = []
    func timed(_ e: InputEvent) -> Double {
        let t0 = now()
        _ = screen.handle(e, size: (160, 48))
        var b = CellBuffer(width: 160, height: 48)
        _ = screen.render(into: &b)
        return now() - t0
    }
    let openForm = timed(.key(.char("a")))
    for ch in "Mật ong hoa cà phê Cẩm Mỹ" { formKeys.append(timed(.key(.char(ch)))) }
    _ = timed(.key(.tab))
    for ch in "mat ong phuoc" { pickerKeys.append(timed(.key(.char(ch)))) }
    _ = timed(.key(.escape)); _ = timed(.key(.escape)); _ = timed(.key(.right)); _ = timed(.key(.enter))
    print(String(format: "product form at 100k: open %.1f ms; typing median %.2f ms, max %.2f ms; producer picker over %d producers: keystroke median %.1f ms, max %.1f ms (floor for keys: < 30 ms)",
                 openForm * 1000, median(formKeys) * 1000, (formKeys.max() ?? 0) * 1000, ds.producers.count, median(pickerKeys) * 1000, (pickerKeys.max() ?? 0) * 1000))
    print(String(format: "dashboard, Enter on a product form at 100k: screen free again after median %.1f ms (save and new lookups in the background, \"Đang lưu…\" shown); saved and on screen after median %.0f ms; taking the result in blocks the screen %.0f ms",
                 median(blocked) * 1000, median(landed) * 1000, median(landing) * 1000))
    try? FileManager.default.removeItem(at: saveDir)
}
if saveOnly { exit(0) }

// MARK: - Bytes on the wire when the selection moves one row in a 120×40 table, under tmux.
func tmux(_ args: [String]) -> Int32 {
    (try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", "ocop-bench"] + args))?.status ?? -1
}
let ocop = me.deletingLastPathComponent().appendingPathComponent("ocop").path
if FileManager.default.isExecutableFile(atPath: ocop), tmux(["-V"]) == 0 {
    let pipe = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-bytes.bin")
    _ = tmux(["new-session", "-d", "-s", "b", "-x", "120", "-y", "40", "env LANG=C.UTF-8 \(ocop) \(dir.path)"])
    usleep(8_000_000)
    _ = tmux(["send-keys", "-t", "b", "3"])
    usleep(500_000)
    var counts: [Int] = []
    for _ in 0..<10 {
        try? Data().write(to: pipe)
        _ = tmux(["pipe-pane", "-o", "-t", "b", "cat >> \(pipe.path)"])
        usleep(200_000)
        _ = tmux(["send-keys", "-t", "b", "j"])
        usleep(400_000)
        _ = tmux(["pipe-pane", "-t", "b"])
        counts.append(((try? FileManager.default.attributesOfItem(atPath: pipe.path)[.size]) as? Int) ?? 0)
    }
    _ = tmux(["kill-server"])
    let sorted = counts.sorted()
    print("bytes per one-row move in the 120×40 product table of the dashboard on 100k products (tmux pipe-pane, 10 moves): median \(sorted[sorted.count / 2]), max \(sorted.last ?? 0) (floor: ≤ 300)")
} else {
    print("bytes per row move: skipped (needs tmux and the release `ocop` beside ocop-bench)")
}

// MARK: - Idle cost of the dashboard with live reload on (sample data): CPU seconds over 10 s of doing nothing.
if FileManager.default.isExecutableFile(atPath: ocop), tmux(["-V"]) == 0 {
    _ = tmux(["kill-server"])
    let sample = me.deletingLastPathComponent().appendingPathComponent("../../../data/dong-nai").standardized.path
    let sampleDir = FileManager.default.fileExists(atPath: sample + "/dataset.json") ? sample : "data/dong-nai"
    _ = tmux(["new-session", "-d", "-s", "idle", "-x", "120", "-y", "40", "exec env LANG=C.UTF-8 \(ocop) \(sampleDir)"])
    usleep(2_000_000)
    let pidText = (try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", "ocop-bench", "display-message", "-p", "-t", "idle", "#{pane_pid}"]))?.stdout ?? ""
    func cpuTicks(_ pid: String) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let u = Double(fields[11]), let s = Double(fields[12]) else { return nil }
        return u + s
    }
    let pid = pidText.trimmingCharacters(in: .whitespacesAndNewlines)
    if let a = cpuTicks(pid) {
        usleep(10_000_000)
        if let b = cpuTicks(pid) {
            let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
            print(String(format: "idle dashboard with live reload: %.2f CPU seconds over 10 s (%.2f%%)", (b - a) / hz, (b - a) / hz * 10))
        }
    }
    _ = tmux(["kill-server"])
}

// MARK: - visidata opening the same products (a compact JSON array), when `vd` is installed (pip install visidata).
if tmux(["-V"]) == 0, let vd = ["/usr/local/bin/vd", "/usr/bin/vd", NSHomeDirectory() + "/.local/bin/vd", "/root/.pyenv/shims/vd"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
    let arrayFile = dir.appendingPathComponent("products-array.json")
    if !FileManager.default.fileExists(atPath: arrayFile.path), let ds = DatasetLoader.load(directory: dir).dataset {
        try? JSONEncoder().encode(ds.products).write(to: arrayFile)
    }
    func timeToScreen(_ command: String, until marker: String) -> Double? {
        _ = tmux(["kill-server"])
        let t0 = now()
        _ = tmux(["new-session", "-d", "-s", "v", "-x", "120", "-y", "40", command])
        while now() - t0 < 60 {
            let r = try? runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["tmux", "-L", "ocop-bench", "capture-pane", "-p", "-t", "v"])
            if let out = r?.stdout, out.contains(marker) { _ = tmux(["kill-server"]); return now() - t0 }
            usleep(20_000)
        }
        _ = tmux(["kill-server"])
        return nil
    }
    let vdTime = timeToScreen("\(vd) \(arrayFile.path)", until: "\(products) rows")
    let ocopTime = timeToScreen("env LANG=C.UTF-8 \(ocop) \(dir.path)", until: "Sản phẩm theo hạng sao")
    print(String(format: "launch to a screen with all products under tmux: ocop %.2f s (all nine files, %.0f MB), visidata %.2f s (products only, compact)",
                 ocopTime ?? -1, Double(bytes) / 1e6, vdTime ?? -1))
} else {
    print("visidata comparison: skipped (pip install visidata to run it)")
}

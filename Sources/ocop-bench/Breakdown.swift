import Foundation
import OCOPModel
import OCOPText
import TerminalCore
import OCOPApp

/// The peak resident memory of this process (VmHWM), in MiB.
func vmHWM() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
        return kb / 1024
    }
    return 0
}

/// `ocop-bench breakdown DIR`: the launch's phases in one process, as the dashboard runs them (load, dashboard
/// state, first frame), then the phases the state builds measured one by one, and the peak memory. `--general`
/// reads every file the general way (no fast path), as before it existed.
func breakdown(_ dir: URL, fastPath: Bool) {
    let timings = LoadTimings()
    let t0 = LoadTimings.now()
    let day = CivilDate(year: 2026, month: 11, day: 29)!
    let r = DatasetLoader.load(directory: dir, fastPath: fastPath, statisticsOn: fastPath ? day : nil, timings: timings)
    let t1 = LoadTimings.now()
    guard let ds = r.dataset else {
        print("breakdown: the dataset does not load (\(r.errors.count) errors)")
        return
    }
    var state = AppState(dataset: ds, warnings: r.warnings, asOf: day, index: r.index, statistics: r.statistics)
    state.size = (120, 40)
    let t2 = LoadTimings.now()
    var buf = CellBuffer(width: 120, height: 40)
    DashboardView.render(state, into: &buf)
    let t3 = LoadTimings.now()
    let launchPeak = vmHWM()
    state.cache.startBackgroundWork()
    // The search folds: ready in the background after the first frame (the wait is what is left of them).
    state.cache.waitForFolds()
    let t4 = LoadTimings.now()
    let peak = vmHWM()
    func ms(_ s: Double) -> String { String(format: "%7.0f ms", s * 1000) }
    print("breakdown of a launch on \(ds.products.count) products (\(dir.path)), one process:")
    for (name, s) in timings.phases { print("  load: \(name.padding(toLength: 54, withPad: " ", startingAt: 0))\(ms(s))") }
    print("  load, wall                                \(ms(t1 - t0))")
    print("  dashboard state (cache, rows)             \(ms(t2 - t1))")
    print("  first frame                               \(ms(t3 - t2))")
    print("  launch to first frame                     \(ms(t3 - t0))")
    print("  search folds ready after the first frame  \(ms(t4 - t3))")
    print(String(format: "  peak memory (VmHWM): %.0f MiB at the first frame, %.0f MiB with the folds", launchPeak, peak))
    // The same work measured alone, one phase at a time (single thread), to see what each costs.
    let a = LoadTimings.now()
    let index = DatasetIndex(ds)
    let b = LoadTimings.now()
    let stats = Statistics(index, on: CivilDate(year: 2026, month: 11, day: 29)!)
    let c = LoadTimings.now()
    var folded = 0
    for p in ds.products { folded &+= TextFolding.fold(p.name).utf8.count }
    for p in ds.producers { folded &+= TextFolding.fold(p.name).utf8.count }
    let d = LoadTimings.now()
    _ = DatasetValidator.validate(ds)
    let e = LoadTimings.now()
    let f = LoadTimings.now()
    _ = DataCache(ds, asOf: day, index: index, statistics: stats)
    let g = LoadTimings.now()
    print("alone: the dashboard's cache over the loader's index and figures \(ms(g - f))")
    print("alone: validation \(ms(e - d)), index \(ms(b - a)), statistics \(ms(c - b)) (\(stats.productCount)), search folds \(ms(d - c)) (\(folded) bytes)")
}

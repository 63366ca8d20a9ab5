import Foundation
import OCOPModel
import OCOPText
import TerminalCore
import OCOPApp

/// `ocop-bench keys DIR`: the dashboard in one process on a dataset of any size (the README's million-product
/// table): load, launch to first frame, peak memory, key → finished frame (row, page, pane; median and p95),
/// overview frame, search keystrokes, filter, palette, sort, and one save from Enter to the change on screen.
/// Figures, not verdicts.
func keysBench(_ dir: URL) {
    func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }
    func pct(_ xs: [Double], _ p: Double) -> Double {
        let s = xs.sorted()
        return s.isEmpty ? 0 : s[min(s.count - 1, Int(Double(s.count - 1) * p))]
    }
    let size = (width: 160, height: 48)
    let day = CivilDate(year: 2026, month: 11, day: 29)!
    let t0 = LoadTimings.now()
    let r = DatasetLoader.load(directory: dir, statisticsOn: day)
    let t1 = LoadTimings.now()
    guard let ds = r.dataset else { print("keys: the dataset does not load"); return }
    var s = AppState(dataset: ds, warnings: r.warnings, asOf: day, themes: [.plain], index: r.index, statistics: r.statistics)
    s.size = size
    var screen = DashboardScreen(state: s, directory: dir, watch: false)
    var buf = CellBuffer(width: size.width, height: size.height)
    _ = screen.render(into: &buf)
    let t2 = LoadTimings.now()
    print("\(ds.products.count) products, \(ds.producers.count) producers (\(dir.path))")
    print("load \(ms(t1 - t0)); launch to first frame \(ms(t2 - t0)); peak memory at the first frame \(String(format: "%.0f", vmHWM())) MiB")
    let f0 = LoadTimings.now()
    screen.state.cache.waitForFolds()
    print("search folds ready \(ms(LoadTimings.now() - f0)) after the first frame")
    func timed(_ e: InputEvent?) -> Double {
        let a = LoadTimings.now()
        _ = screen.handle(e, size: size)
        var b = CellBuffer(width: size.width, height: size.height)
        _ = screen.render(into: &b)
        return LoadTimings.now() - a
    }
    func keys(_ events: [InputEvent], _ n: Int) -> [Double] { (0..<n).map { timed(events[$0 % events.count]) } }
    func report(_ name: String, _ xs: [Double]) {
        print("\(name): median \(ms(pct(xs, 0.5))), p95 \(ms(pct(xs, 0.95))), max \(ms(xs.max() ?? 0))")
    }
    report("overview frame (key 1)", keys([.key(.char("1")), .key(.char("j")), .key(.char("k"))], 30))
    _ = timed(.key(.char("3")))
    report("row move", keys([.key(.char("j"))], 200))
    report("page move", keys([.key(.pageDown), .key(.pageUp)], 100))
    report("pane switch", keys("5324671".map { .key(.char($0)) }, 70))
    _ = timed(.key(.char("3")))
    _ = timed(.key(.char("/")))
    report("search keystroke (\"mat ong hoa ca phe\")", keys("mat ong hoa ca phe".map { .key(.char($0)) }, 18))
    _ = timed(.key(.escape))
    var filter: [Double] = []
    var applying: [Double] = []
    for q in ["xuan loc", "thuc pham"] {
        _ = timed(.key(.char("x")))
        _ = timed(.key(.char("f")))
        filter += keys(q.map { .key(.char($0)) }, q.count)
        applying.append(timed(.key(.enter)))
    }
    report("filter picker keystroke", filter)
    report("applying a filter", applying)
    _ = timed(.key(.char("x")))
    let open = timed(.key(.char(":")))
    let palette = keys("bui tan".map { .key(.char($0)) }, 7)
    _ = timed(.key(.escape))
    print("palette: open \(ms(open)); keystroke median \(ms(pct(palette, 0.5))), max \(ms(palette.max() ?? 0))")
    // One save: Enter on an edit form, the screen free again, then the result taken in.
    if ProcessInfo.processInfo.environment["OCOP_BENCH_SAVE"] == "1" {
        for e in [InputEvent.key(.char("3")), .key(.char("e")), .key(.end), .text(" (bench)")] { _ = screen.handle(e, size: size) }
        let enter = timed(.key(.enter))
        let w0 = LoadTimings.now()
        screen.waitForSave(timeout: 300)
        let saved = LoadTimings.now() - w0
        let landing = timed(nil)
        print("save one product edit: Enter \(ms(enter)) (screen free), written and prepared \(ms(saved)) later in the background, taking it in \(ms(landing))")
    }
    let k0 = LoadTimings.now()
    let keysWait = screen.state.cache.nameKeys.isReady ? 0 : { _ = screen.state.cache.nameKeys.product(0); return LoadTimings.now() - k0 }()
    print("name sort keys (built after the folds): waited \(ms(keysWait)) more for them before sorting")
    let sortTime = timed(.key(.char("s")))
    let reverse = timed(.key(.char("S")))
    print("sort the product table by name: \(ms(sortTime)); reverse \(ms(reverse))")
    let byProducer = timed(.key(.char("l"))), byPlace = timed(.key(.char("l"))), byGroup = timed(.key(.char("l")))
    print("sort by the next columns: producer \(ms(byProducer)), place \(ms(byPlace)), group \(ms(byGroup))")
    _ = timed(.key(.char("s")))
    print("peak memory (VmHWM) at the end: \(String(format: "%.0f", vmHWM())) MiB")
}

import Foundation
import OCOPApp
import OCOPModel
import OCOPText

/// What `ocop validate` prints, as text grouped by file or as JSON, and the exit status it returns.
struct ValidationReport {
    let directory: String
    let result: LoadResult
    let lang: Language

    func exitCode(strict: Bool) -> Int32 {
        if !result.errors.isEmpty { return 2 }
        if strict && !result.warnings.isEmpty { return 1 }
        return 0
    }

    func text() -> String {
        var out = Msg.validateHeading.text(lang, SafeText.field(directory)) + "\n"
        var currentFile = ""
        for p in result.problems {
            if p.file != currentFile {
                currentFile = p.file
                out += "\n" + SafeText.field(p.file) + "\n"
            }
            // One line per problem: data quoted in a message (ids, dates, names) cannot break it or reach the terminal.
            out += "  " + SafeText.field(p.message(lang)) + "\n"
        }
        let e = result.errors.count, w = result.warnings.count
        out += "\n" + Msg.validateCounts.text(lang, e, w) + "\n"
        if let ds = result.dataset {
            out += summary(ds).split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.field(String($0)) }.joined(separator: "\n")
        } else if e > 0 {
            out += Msg.validateNotLoaded.text(lang) + "\n"
        }
        return out
    }

    func summary(_ ds: Dataset) -> String {
        let index = DatasetIndex(ds)
        let t = { (m: Msg) in m.text(lang) }
        let stats = Statistics(index, on: .today())
        let stars = (3...5).map { "\(stats.byStars[$0] ?? 0)×\($0)★" }.joined(separator: ", ")
        var s = "\(ds.info.province) — \(ds.info.programme), \(ds.info.period)\n"
        if ds.info.illustrative { s += "(" + t(.illustrativeNotOfficial) + ")\n" }
        s += Msg.validateUnits.text(lang, ds.units.count, index.districts.count) + "\n"
        s += Msg.validateTasks.text(lang, ds.tasks.count) + "\n"
        s += Msg.validateProducers.text(lang, ds.producers.count) + "\n"
        s += Msg.validateProducts.text(lang, ds.products.count, stars) + "\n"
        s += Msg.validateZones.text(lang, ds.zones.count, stats.chainCount) + "\n"
        s += Msg.validateVillages.text(lang, ds.craftVillages.count, ds.tourismModels.count) + "\n"
        return s
    }

    func json() -> String {
        var problems: [[String: Any]] = []
        for p in result.problems {
            var d: [String: Any] = ["severity": p.severity.rawValue, "file": p.file, "field": p.fieldPath,
                                    "message": p.explanation(lang)]
            if let l = p.line { d["line"] = l }
            if let c = p.column { d["column"] = c }
            if let r = p.recordId { d["recordId"] = r }
            problems.append(d)
        }
        let root: [String: Any] = ["directory": directory, "errors": result.errors.count, "warnings": result.warnings.count,
                                   "loaded": result.dataset != nil, "problems": problems]
        let data = (try? JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

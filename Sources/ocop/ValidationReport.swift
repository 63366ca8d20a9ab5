import Foundation
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
        let vi = lang == .vi
        var out = (vi ? "Kiểm tra dữ liệu: " : "Validating: ") + SafeText.field(directory) + "\n"
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
        out += "\n" + (vi ? "\(e) lỗi, \(w) cảnh báo." : "\(e) errors, \(w) warnings.") + "\n"
        if let ds = result.dataset {
            out += summary(ds).split(separator: "\n", omittingEmptySubsequences: false).map { SafeText.field(String($0)) }.joined(separator: "\n")
        } else if e > 0 {
            out += vi ? "Dữ liệu có lỗi nên không được nạp; sửa các lỗi trên rồi chạy lại.\n"
                : "The dataset has errors and was not loaded; fix them and run again.\n"
        }
        return out
    }

    func summary(_ ds: Dataset) -> String {
        let vi = lang == .vi
        let index = DatasetIndex(ds)
        let stats = Statistics(index, on: .today())
        let stars = (3...5).map { "\(stats.byStars[$0] ?? 0)×\($0)★" }.joined(separator: ", ")
        var s = vi ? "\(ds.info.province) — \(ds.info.programme), \(ds.info.period)\n" : "\(ds.info.province) — \(ds.info.programme), \(ds.info.period)\n"
        if ds.info.illustrative { s += vi ? "(dữ liệu minh hoạ, không phải số liệu chính thức)\n" : "(illustrative data, not official records)\n" }
        s += (vi ? "Đơn vị hành chính: " : "Administrative units: ") + "\(ds.units.count) (\(index.districts.count) " + (vi ? "cấp huyện)" : "district-level)") + "\n"
        s += (vi ? "Nhiệm vụ: " : "Tasks: ") + "\(ds.tasks.count)\n"
        s += (vi ? "Chủ thể: " : "Producers: ") + "\(ds.producers.count)\n"
        s += (vi ? "Sản phẩm: " : "Products: ") + "\(ds.products.count); " + (vi ? "còn hiệu lực: " : "certified: ") + stars + "\n"
        s += (vi ? "Vùng nguyên liệu: " : "Raw-material zones: ") + "\(ds.zones.count), \(stats.chainCount) " + (vi ? "chuỗi liên kết" : "linkage chains") + "\n"
        s += (vi ? "Làng nghề: " : "Craft villages: ") + "\(ds.craftVillages.count); " + (vi ? "mô hình du lịch: " : "tourism models: ") + "\(ds.tourismModels.count)\n"
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

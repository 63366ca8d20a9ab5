import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
@testable import OCOPText

/// One string mechanism: every message in both languages, with the same placeholders, and no language pairs in code.
@Suite struct CatalogTests {
    @Test func everyMessageHasVietnameseAndEnglish() {
        for m in Msg.allCases {
            let vi = Vietnamese.table[m], en = English.table[m]
            #expect(vi != nil && !(vi ?? "").isEmpty, "no Vietnamese text for \(m)")
            #expect(en != nil && !(en ?? "").isEmpty, "no English text for \(m)")
        }
        #expect(Vietnamese.table.count == Msg.allCases.count && English.table.count == Msg.allCases.count)
    }

    @Test func placeholdersAgreeBetweenLanguages() throws {
        let regex = try NSRegularExpression(pattern: "\\{[0-9]+\\}")
        func holes(_ s: String) -> Set<String> {
            Set(regex.matches(in: s, range: NSRange(s.startIndex..., in: s)).compactMap { Range($0.range, in: s).map { String(s[$0]) } })
        }
        for m in Msg.allCases {
            #expect(holes(m.text(.vi)) == holes(m.text(.en)), "\(m): \(m.text(.vi)) / \(m.text(.en))")
        }
        #expect(Msg.cannotDeleteReferenced.text(.vi, 3, "a; b") == "Không xóa được: 3 bản ghi còn trỏ tới — a; b")
    }

    /// The sources outside the catalog hold no inline "Vietnamese or English" pairs: the model's problems, save
    /// errors and the command line's messages are in the catalog too.
    /// Words officials use (DOMAIN.md, and the notice's spelling style "hóa, Hòa, thủy, Ủy"): forms to avoid in
    /// the Vietnamese catalog, each with the form to use.
    @Test func vietnameseCatalogAvoidsWordsOfficialsDoNotUse() throws {
        let avoid: [(String, String)] = [
            ("Kanban", "Bảng theo bước"), ("Hành động", "Công việc"), ("hành động", "công việc"), ("Xong", "Hoàn thành"),
            ("xong", "hoàn thành"), ("Chấm điểm", "Đánh giá, phân hạng"), ("Trung ương", "cấp trung ương"),
            ("Đạt OCOP 1", "Diện tích được chứng nhận"), ("Dashboard", "Bảng điều khiển"), ("Board", "Bảng theo bước"),
        ]
        // Old-style tone placement on open syllables (hoá, thuỷ, khoẻ), except "qu" (quý).
        let oldStyle = try NSRegularExpression(pattern: "(?:[oO][áàảãạéèẻẽẹ]|(?<![qQ])[uU][ýỳỷỹỵ])(?![a-zA-Zà-ỹÀ-Ỹđ])")
        var found: [String] = []
        for (m, text) in Vietnamese.table {
            for (bad, good) in avoid where text.contains(bad) { found.append("\(m): \"\(bad)\" → \"\(good)\" in \(text)") }
            if oldStyle.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil { found.append("\(m): old-style tone mark in \(text)") }
        }
        #expect(found.isEmpty, "\(found.sorted().joined(separator: "\n"))")
    }

    /// Every value of every closed set the UI labels has its words in both languages (the cycle's short step names
    /// and the figures' definitions too), and the catalog holds no words for values that do not exist.
    @Test func everyTermHasBothLanguagesAndNoneIsDead() {
        var keys: [String] = []
        func add<E: Labelled & CaseIterable>(_ t: E.Type) { keys += E.allCases.map(\.termKey) }
        add(UnitLevel.self); add(AgencyLevel.self); add(ProducerType.self); add(CriteriaSet.self); add(ProductGroup.self)
        add(CycleStep.self); add(CouncilLevel.self); add(EvaluationKind.self); add(Standard.self); add(MarkKind.self)
        add(JournalAction.self); add(Figure.self); add(MeetingKind.self); add(MeetingStatus.self); add(ZoneKind.self)
        add(Assessment.self); add(CraftRecognition.self); add(TourismType.self); add(NoteKind.self); add(ReportPeriodKind.self)
        add(TaskStatus.self)
        keys += CycleStep.allCases.map { "CycleStep.short.\($0.rawValue)" } + Figure.allCases.map { "Figure.definition.\($0.rawValue)" }
        for lang in [Language.vi, .en] {
            let missing = keys.filter { !Terms.has($0, lang) }
            #expect(missing.isEmpty, "\(lang): no words for \(missing)")
            let dead = Terms.keys(lang).subtracting(keys)
            #expect(dead.isEmpty, "\(lang): words for nothing: \(dead.sorted())")
        }
        #expect(ProductGroup.food.label(.vi) == "Thực phẩm" && ProductGroup.food.label(.en) == "Food")
        #expect(CycleStep.evaluation.shortLabel(.vi) == "Đánh giá" && Figure.expiring.definition(.en).contains("90 days"))
    }

    @Test func noInlineLanguagePairsAnywhere() throws {
        let root = RepoPaths.root.appendingPathComponent("Sources")
        // A text chosen by language in code (`lang == .vi ? a : b`, `vi ? "…"`): texts belong in the catalog.
        let pattern = try NSRegularExpression(pattern: #"(lang == \.(vi|en)|\bvi|\ben) \?"#)
        var found: [String] = []
        let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") && !$0.hasPrefix("OCOPText/Catalog/") } ?? []
        #expect(files.count > 100)
        for f in files {
            let text = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
            for (n, line) in text.components(separatedBy: "\n").enumerated()
            where pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                found.append("\(f):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
    }

    /// Every message the catalog holds is used somewhere (dead messages are deleted).
    @Test func noDeadMessages() throws {
        let root = RepoPaths.root.appendingPathComponent("Sources")
        var code = ""
        for f in FileManager.default.enumerator(atPath: root.path)?.compactMap({ $0 as? String }) ?? []
        where f.hasSuffix(".swift") && !f.hasPrefix("OCOPText/Catalog/") {
            code += try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8)
        }
        let dead = Msg.allCases.filter { !code.contains(".\($0.rawValue)") }
        #expect(dead.isEmpty, "unused messages: \(dead)")
    }

    /// No source file grows past 400 lines.
    @Test func sourceFilesStaySmall() throws {
        let root = RepoPaths.root.appendingPathComponent("Sources")
        for f in FileManager.default.enumerator(atPath: root.path)?.compactMap({ $0 as? String }) ?? [] where f.hasSuffix(".swift") {
            let lines = try String(contentsOf: root.appendingPathComponent(f), encoding: .utf8).components(separatedBy: "\n").count
            #expect(lines <= 400, "\(f) has \(lines) lines")
        }
    }
}

import CSV
import Foundation
import Testing
import TestSupport
import OCOPModel
@testable import OCOPApp
import OCOPText

@Suite struct ReportTests {
    static let report = Report(Fixture.dataset, asOf: Fixture.asOf, lang: .vi)

    @Test(arguments: ReportFormat.allCases)
    func goldenInEachFormat(format: ReportFormat) throws {
        let text = try Self.report.render(format, lang: .vi)
        Golden.assert(text, named: "report-\(format.rawValue)")
    }

    @Test func englishMarkdown() throws {
        let r = Report(Fixture.dataset, asOf: Fixture.asOf, lang: .en)
        Golden.assert(try r.render(.markdown, lang: .en), named: "report-markdown-en")
    }

    @Test func deterministicForTheSameDataAndDate() throws {
        for f in ReportFormat.allCases {
            let a = try Report(Fixture.dataset, asOf: Fixture.asOf, lang: .vi).render(f, lang: .vi)
            let b = try Report(Fixture.dataset, asOf: Fixture.asOf, lang: .vi).render(f, lang: .vi)
            #expect(a == b)
        }
        let later = Report(Fixture.dataset, asOf: Fixture.asOf.adding(days: 400), lang: .vi)
        #expect(later != Self.report, "the as-of date changes the figures")
    }

    @Test func csvIsValidForSpreadsheetsWithVietnameseIntact() throws {
        let text = try Self.report.render(.csv, lang: .vi)
        #expect(text.hasPrefix("\u{FEFF}section,item,metric,value\r\n"))
        let reader = try CSVReader(string: String(text.dropFirst()), hasHeaderRow: true)
        var rows: [[String]] = []
        while let r = reader.next() { rows.append(r) }
        #expect(rows.allSatisfy { $0.count == 4 })
        #expect(rows.contains { $0[0] == "districts" && $0[1] == "khu vực Xuân Lộc (cũ)" && $0[2] == "products" })
        #expect(rows.contains { $0[0] == "tasks" && $0[1].contains("Khoa học công nghệ") && $0[3] == "quá hạn" })
        // Fields with commas are quoted and read back whole.
        #expect(rows.contains { $0[3] == "đang thực hiện, trong hạn" })
    }

    @Test func figuresMatchTheModel() {
        let r = Self.report
        let stats = Statistics(DatasetIndex(Fixture.dataset), on: Fixture.asOf)
        #expect(r.figures.first { $0.key == "products" }?.value == Double(Fixture.dataset.products.count))
        #expect(r.figures.first { $0.key == "certified" }?.value == Double(stats.certifiedCount))
        #expect(r.figures.first { $0.key == "overdueTasks" }?.value == 1)
        #expect(r.tasks.count == 6)
        #expect(r.overdue.contains { $0.task == 2 && $0.daysOverdue == 333 })
        #expect(r.expiring.count == stats.expiringWithin90 && r.expiring.count > 5)
        #expect(r.expiring.map(\.daysLeft) == r.expiring.map(\.daysLeft).sorted())
        #expect(r.districts.count == 11 && r.districts.allSatisfy { !$0.current })
        // The notice, the definitions, the years and the targets travel with the report.
        #expect(r.notice.dateLabel == "14/01/2021" && r.notice.venue == "Khách sạn Đồng Nai")
        #expect(r.definitions.count == Figure.allCases.count)
        #expect(r.years.first { $0.year == 2021 }?.newlyCertified == 55 && r.years.first { $0.year == 2020 }?.cumulative == 46)
        #expect(r.targets.first { $0.measure == "everCertified" }?.met == true)
        #expect(r.districts.map(\.communes).reduce(0, +) == 55)
    }
}

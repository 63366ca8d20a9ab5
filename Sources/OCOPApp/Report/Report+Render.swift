import CSV
import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// The output formats of `ocop report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json
}

extension Report {
    /// The report in a format, as UTF-8 text (CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8).
    public func render(_ format: ReportFormat, lang: Language) throws -> String {
        switch format {
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try enc.encode(self), as: UTF8.self) + "\n"
        case .csv: return try csv(lang)
        case .markdown: return table(lang, markdown: true) + (since.map { SinceText.render(title: $0.title, $0.sections, lang, markdown: true) } ?? "")
        case .text: return table(lang, markdown: false) + (since.map { SinceText.render(title: $0.title, $0.sections, lang, markdown: false) } ?? "")
        }
    }

    func num(_ v: Double, _ lang: Language) -> String {
        v == v.rounded() ? Format.number(v, lang) : Format.number(v, decimals: 1, lang)
    }

    func table(_ lang: Language, markdown md: Bool) -> String {
        let t = { (m: Msg) in m.text(lang) }
        var out = ""
        func heading(_ s: String, level: Int = 2) {
            out += md ? String(repeating: "#", count: level) + " " + s + "\n\n" : s + "\n" + String(repeating: level == 1 ? "=" : "-", count: TextWidth.width(of: s)) + "\n"
        }
        func grid(_ header: [String], _ rows: [[String]], right: Set<Int> = []) {
            if md {
                out += "| " + header.joined(separator: " | ") + " |\n"
                out += "|" + header.indices.map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
                for r in rows { out += "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
            } else {
                var widths = header.map { TextWidth.width(of: $0) }
                for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], TextWidth.width(of: c)) } }
                func line(_ cells: [String]) -> String {
                    cells.enumerated().map { i, c in
                        let pad = String(repeating: " ", count: max(0, widths[i] - TextWidth.width(of: c)))
                        return right.contains(i) ? pad + c : c + pad
                    }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                }
                out += line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
                for r in rows { out += line(r) + "\n" }
            }
            out += "\n"
        }
        heading(Msg.reportTitle.text(lang, province, asOfLabel), level: 1)
        if !md { out += "\n" }
        out += programme + (illustrative ? t(.reportIllustrative) : "") + "\n\n"
        out += noticeText(lang).map { md ? $0 + "  \n" : $0 + "\n" }.joined() + "\n"
        heading(t(.reportHeadline))
        grid([t(.reportFigure), t(.reportValue)], figures.map { [$0.label, num($0.value, lang)] }, right: [1])
        if !baseline.isEmpty || !targets.isEmpty {
            heading(t(.slideProgramme))
            if !baseline.isEmpty { grid([t(.baselineHeading), t(.reportValue)], baseline.map { [$0.label, num($0.value, lang)] }, right: [1]) }
            if !targets.isEmpty {
                grid([t(.reportTarget), t(.reportTargetValue), t(.reportReached), "%", ""],
                     targets.map { [$0.label + ($0.illustrative ? " *" : ""), num($0.target, lang), num($0.value, lang), num($0.percent, lang), $0.met ? "✔" : "◐"] },
                     right: [1, 2, 3])
                if targets.contains(where: \.illustrative) { out += "* " + t(.targetsIllustrative) + "\n\n" }
            }
        }
        if !years.isEmpty {
            heading(t(.certificationsByYear))
            grid([t(.reportYear), t(.reportNewlyCertified), t(.reportCumulative)], years.map { ["\($0.year)", "\($0.newlyCertified)", "\($0.cumulative)"] }, right: [1, 2])
        }
        heading(t(.reportByStep))
        grid([t(.step), t(.reportProductCount)], pipeline.map { [$0.label, num($0.value, lang)] }, right: [1])
        heading(t(.reportSixTasks))
        grid(["#", t(.reportTask), t(.status), t(.progress), t(.lead), t(.deadline), t(.latestReport)],
             tasks.map { ["\($0.ordinal)", $0.title, $0.statusLabel, "\($0.progress)%", $0.lead, $0.deadlineLabel, $0.latestReportLabel] }, right: [0, 3])
        heading(t(.reportOverdue))
        if overdue.isEmpty { out += t(.noneFullStop) + "\n\n" } else {
            grid([t(.reportTask), t(.reportItem), t(.owner), t(.due), t(.reportDaysOverdue)],
                 overdue.map { ["\($0.task)", $0.item, $0.owner, $0.dueLabel, "\($0.daysOverdue)"] }, right: [0, 4])
        }
        heading(t(.expiring90))
        if expiring.isEmpty { out += t(.noneFullStop) + "\n\n" } else {
            grid([t(.reportProduct), t(.producer), (districts.first?.current ?? true) ? t(.district) : t(.areaColumn), t(.stars), t(.expires), t(.reportDaysLeft)],
                 expiring.map { [$0.product, $0.producer, $0.district, "\($0.stars)★", $0.expiresLabel, "\($0.daysLeft)"] }, right: [5])
        }
        let current = districts.first?.current ?? true
        heading(current ? t(.reportByDistrict) : t(.productsByArea))
        grid([current ? t(.district) : t(.areaColumn), t(.products), t(.certified), "3★", "4★", "5★", t(.producers), t(.reportZonesShort),
              t(.reportCommunes), t(.communesWithProductShort), t(.reportCommunesWithIdea)],
             districts.map { [$0.district, "\($0.products)", "\($0.certified)", "\($0.threeStars)", "\($0.fourStars)", "\($0.fiveStars)", "\($0.producers)", "\($0.zones)",
                              "\($0.communes)", "\($0.communesWithProduct)", "\($0.communesWithIdea)"] },
             right: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        heading(t(.zones))
        grid([t(.reportZone), t(.lblAreaHa), t(.reportCertifiedHa), t(.reportChains), t(.products)],
             zones.map { [$0.zone, num($0.areaHa, lang), num($0.certifiedHa, lang), "\($0.chains)", "\($0.products)"] }, right: [1, 2, 3, 4])
        heading(t(.figureDefinitions))
        for d in definitions { out += (md ? "- **" + d.label + "**: " : "- " + d.label + ": ") + d.definition + "\n" }
        return out
    }

    /// One long table (section, item, metric, value) that spreadsheets can filter and pivot.
    func csv(_ lang: Language) throws -> String {
        let w = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try w.write(row: ["section", "item", "metric", "value"])
        func row(_ a: String, _ b: String, _ c: String, _ d: String) throws { try w.write(row: [a, b, c, d]) }
        func n(_ v: Double) -> String { v == v.rounded() && abs(v) < 9e15 ? String(Int(v)) : String(format: "%.1f", v) }
        try row("report", province, "asOf", asOfLabel)
        for f in figures { try row("figures", f.label, f.key, n(f.value)) }
        for f in pipeline { try row("pipeline", f.label, f.key, n(f.value)) }
        for t in tasks {
            try row("tasks", "\(t.ordinal). \(t.title)", "status", t.statusLabel)
            try row("tasks", "\(t.ordinal). \(t.title)", "progress", "\(t.progress)")
            try row("tasks", "\(t.ordinal). \(t.title)", "deadline", t.deadlineLabel)
            try row("tasks", "\(t.ordinal). \(t.title)", "lead", t.lead)
        }
        for o in overdue { try row("overdue", "\(o.task): \(o.item)", "daysOverdue", "\(o.daysOverdue)") }
        for e in expiring { try row("expiring", e.product, "expires", e.expiresLabel) }
        for d in districts {
            for (k, v) in [("products", d.products), ("certified", d.certified), ("stars3", d.threeStars), ("stars4", d.fourStars),
                           ("stars5", d.fiveStars), ("producers", d.producers), ("zones", d.zones), ("communes", d.communes),
                           ("communesWithProduct", d.communesWithProduct), ("communesWithIdea", d.communesWithIdea)] {
                try row("districts", d.district, k, "\(v)")
            }
        }
        for f in baseline { try row("baseline", f.label, f.key, n(f.value)) }
        for g in targets {
            try row("targets", g.label, "target", n(g.target))
            try row("targets", g.label, "reached", n(g.value))
        }
        for y in years {
            try row("years", "\(y.year)", "newlyCertified", "\(y.newlyCertified)")
            try row("years", "\(y.year)", "cumulative", "\(y.cumulative)")
        }
        for z in zones {
            try row("zones", z.zone, "areaHa", n(z.areaHa))
            try row("zones", z.zone, "certifiedHa", n(z.certifiedHa))
            try row("zones", z.zone, "chains", "\(z.chains)")
        }
        for d in definitions { try row("definitions", d.label, d.key, d.definition) }
        if let since {
            try row("since", since.title, "title", since.title)
            for s in since.sections { for (i, l) in s.lines.enumerated() { try row("since", s.heading, "\(i + 1)", l.trimmingCharacters(in: .whitespaces)) } }
        }
        w.stream.close()
        let data = w.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    }
}

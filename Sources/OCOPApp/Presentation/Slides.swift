import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// The body of each slide kind.
enum Slides {
    static func agenda(_ s: AppState, _ slides: [Slide], in body: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        var lines: [[Span]] = [[Span(s.dataset.info.programme + " — " + s.dataset.info.province, Style(.title, bold: true))],
                               [Span(Msg.asOfLine.text(lang, s.asOf.display) + (s.dataset.info.illustrative ? " · " + Msg.illustrative.text(lang) : ""),
                                     Style(.muted))], [Span("")]]
        for (i, sl) in slides.enumerated() where i > 0 {
            lines.append([Span(String(format: "%2d  ", i + 1), Style(.accent, bold: true)), Span(sl.title(s), Style(.text, bold: true))])
        }
        Paragraph(lines: lines).render(in: body, into: &buf, theme: s.theme)
    }

    static func overview(_ s: AppState, in body: Rect, into buf: inout CellBuffer) {
        let st = s.cache.stats
        let t = { (m: Msg) in m.text(s.lang) }
        let figs: [(String, String, Role)] = [
            (t(.products), "\(st.productCount)", .accent),
            (t(.certified), "\(st.certifiedCount)", .accent),
            ("3★", "\(st.byStars[3] ?? 0)", .star), ("4★", "\(st.byStars[4] ?? 0)", .star), ("5★", "\(st.byStars[5] ?? 0)", .star),
            (Msg.newInYear.text(s.lang, s.asOf.year), "\(st.newThisYear)", .success),
            (t(.expiringShort), "\(st.expiringWithin90)", .warning),
            (t(.overdueTasks), "\(st.overdueTasks)", st.overdueTasks > 0 ? .danger : .success),
        ]
        let rows = Layout(.vertical, [.fill(1), .fill(1)]).split(body)
        for r in 0..<2 {
            let cells = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1)]).split(rows[r])
            for c in 0..<4 {
                let f = figs[r * 4 + c]
                let inner = Block(title: "").render(in: cells[c], into: &buf, theme: s.theme)
                let areas = Layout(.vertical, [.fill(1), .length(1)]).split(inner)
                BigText(f.1, role: f.2).render(in: areas[0], into: &buf, theme: s.theme)
                let label = (f.2 == .danger ? "⚠ " : "") + f.0
                buf.put(label, x: areas[1].x, y: areas[1].y, width: areas[1].width, style: Style(f.2 == .star ? .star : .text, bold: true), align: .center)
            }
        }
    }

    static func pipeline(_ s: AppState, in body: Rect, into buf: inout CellBuffer) {
        let st = s.cache.stats
        let maxV = Double(CycleStep.allCases.map { st.byStep[$0] ?? 0 }.max() ?? 1)
        let rowH = max(1, body.height / 6)
        for (k, step) in CycleStep.allCases.enumerated() {
            let n = st.byStep[step] ?? 0
            let label = step.numbered(s.lang) + " — \(n)"
            let y = body.y + k * rowH
            let w = max(1, Int(Double(body.width - 4) * Double(n) / max(1, maxV)))
            buf.put(String(repeating: "█", count: w), x: body.x + (body.width - w) / 2, y: y, style: Style(.chart), clip: body)
            if rowH > 1 {
                buf.put(label, x: body.x, y: y + 1, width: body.width, style: Style(.text, bold: true), align: .center)
            } else {
                buf.put(" " + label + " ", x: body.x + 1, y: y, style: Style(.text, bold: true, reverse: true), clip: body)
            }
        }
        if st.rejected > 0 {
            buf.put(Msg.rejected.text(s.lang) + ": \(st.rejected)", x: body.x, y: body.maxY - 1, style: Style(.danger, bold: true), clip: body)
        }
    }

    static func districts(_ s: AppState, in body: Rect, into buf: inout CellBuffer) {
        let st = s.cache.stats
        let items = s.cache.index.districts.map { d in
            (label: d.name, value: Double(st.byDistrict[d.id] ?? 0), valueText: "\(st.byDistrict[d.id] ?? 0) · \(st.certifiedByDistrict[d.id] ?? 0)★")
        }.sorted { $0.value > $1.value }
        BarChart(items: items).render(in: body, into: &buf, theme: s.theme)
    }

    static func zones(_ s: AppState, in body: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        let items = s.dataset.zones.map { z in
            (label: z.name, value: z.areaHa,
             valueText: Format.hectares(z.areaHa, lang) + Msg.certifiedAbbr.text(lang) + Format.hectares(z.certifiedAreas.map(\.areaHa).max() ?? 0, lang))
        }.sorted { $0.value > $1.value }
        BarChart(items: items).render(in: body, into: &buf, theme: s.theme)
    }

    static func expiring(_ s: AppState, in body: Rect, into buf: inout CellBuffer) {
        var lines: [[Span]] = []
        for i in s.cache.expiring {
            let pr = s.dataset.products[i]
            guard let c = pr.certificate else { continue }
            let days = s.asOf.days(to: c.expiresOn)
            lines.append([Span(c.expiresOn.display + "  ", Style(.warning, bold: true)), Span(Format.stars(c.stars) + "  ", Style(.star)),
                          Span(pr.name, Style(.text, bold: true)),
                          Span(" — " + s.cache.index.districtName(ofCommune: pr.communeId) + Msg.daysLeft.text(s.lang, days), Style(.muted))])
        }
        if lines.isEmpty { lines = [[Span(Msg.noneFullStop.text(s.lang), Style(.muted))]] }
        Paragraph(lines: lines).render(in: body, into: &buf, theme: s.theme)
    }

    static func taskLines(_ s: AppState, _ id: String) -> [[Span]] {
        guard let task = s.cache.index.task(id) else { return [] }
        let lang = s.lang
        let idx = s.cache.index
        let status = Rules.status(of: task, on: s.asOf)
        let glyph: String
        switch status {
        case .overdue: glyph = "⚠ "
        case .doneOnTime, .doneLate: glyph = "✔ "
        case .notStarted: glyph = "○ "
        default: glyph = "◐ "
        }
        let role: Role = status == .overdue ? .danger : (status == .doneOnTime || status == .doneLate ? .success : (status == .notStarted ? .warning : .accent))
        var out: [[Span]] = []
        out.append([Span(glyph + status.label(lang).uppercased(), Style(role, bold: true)),
                    Span("   " + Msg.deadline.text(lang) + ": " + (task.ongoing ? Msg.ongoing.text(lang) : Format.date(task.deadline)), Style(.text, bold: true))])
        let bar = ProgressBar(fraction: Double(task.progress) / 100).text(width: 50)
        out.append([Span(String(bar.bar.prefix(bar.filled)), Style(.progress)), Span(String(bar.bar.dropFirst(bar.filled)), Style(.progressEmpty)),
                    Span(bar.percent, Style(.text, bold: true))])
        out.append([Span(Msg.lead.text(lang) + ": ", Style(.muted)), Span(idx.agencyById[task.leadAgencyId]?.name ?? task.leadAgencyId, Style(.text, bold: true))])
        out.append([Span(Msg.coordinating.text(lang) + ": ", Style(.muted)), Span(task.coordinatingAgencyIds.map { idx.agencyShortName($0) }.joined(separator: ", "))])
        if let r = DatasetIndex.latestReport(task) {
            out.append([Span("")])
            out.append([Span("▌" + Msg.latestReport.text(lang) + " — " + r.period + " (" + r.date.display + ")", Style(.header))])
            out.append([Span(r.narrative)])
        }
        let overdue = task.actions.filter { Rules.isOverdue($0, on: s.asOf) }
        if !overdue.isEmpty {
            out.append([Span("")])
            out.append([Span("▌" + Msg.overdueActions.text(lang), Style(.header))])
            for a in overdue {
                out.append([Span("⚠ ", Style(.danger, bold: true)), Span(a.title + " — " + idx.agencyShortName(a.ownerAgencyId) + ", " + Format.date(a.dueDate), Style(.danger))])
            }
        }
        out.append([Span("")])
        out.append([Span("▌" + Msg.notes.text(lang), Style(.header))])
        if task.notes.isEmpty { out.append([Span(Msg.none.text(lang), Style(.muted))]) }
        for n in task.notes.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            out.append([Span(n.date.display + " ", Style(.accent)), Span("[" + n.kind.label(lang) + "] ", Style(.text, bold: true)), Span(n.text + " — " + n.author)])
        }
        return out
    }
}

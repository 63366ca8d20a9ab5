import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// The body of each slide kind.
enum Slides {
    static func agenda(_ s: AppState, _ slides: [Slide], _ scroll: Int, in body: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        var lines: [[Span]] = [[Span(s.dataset.info.programme + " — " + s.dataset.info.province, Style(.title, bold: true))],
                               [Span(Msg.asOfLine.text(lang, s.asOf.display) + (s.dataset.info.illustrative ? " · " + Msg.illustrative.text(lang) : ""),
                                     Style(.muted))]]
        lines += noticeLines(s)
        lines.append([Span("")])
        for (i, sl) in slides.enumerated() where i > 0 {
            lines.append([Span(String(format: "%2d  ", i + 1), Style(.accent, bold: true)), Span(sl.title(s), Style(.text, bold: true))])
        }
        scrolled(lines, scroll, in: body, into: &buf, s)
    }

    /// The notice the deck follows: its date and title, the conference (date, place, who chaired) and who signed.
    static func noticeLines(_ s: AppState) -> [[Span]] {
        let n = s.dataset.info.notice, lang = s.lang
        return [[Span("")],
                [Span(Report.noticeHeading(n.number, n.date.display, lang), Style(.header, bold: true))],
                [Span(n.title, Style(.text))],
                [Span(Msg.noticeConference.text(lang, n.conferenceDate.display, n.venue, n.chairedBy), Style(.muted))],
                [Span(Msg.noticeSigned.text(lang, n.signerRole, n.signer), Style(.muted))]]
    }

    /// Lines drawn from a scroll offset, with a marker when more lies below (↓ scrolls).
    static func scrolled(_ lines: [[Span]], _ scroll: Int, in body: Rect, into buf: inout CellBuffer, _ s: AppState) {
        let total = Paragraph(lines: lines).rows(width: body.width).count
        let top = max(0, min(scroll, total - body.height))
        let more = total - top > body.height
        let area = more ? Rect(x: body.x, y: body.y, width: body.width, height: body.height - 1) : body
        Paragraph(lines: lines, scroll: top).render(in: area, into: &buf, theme: s.theme)
        if more { buf.put(Msg.moreBelow.text(s.lang), x: body.x, y: body.maxY - 1, width: body.width, style: Style(.muted), align: .right) }
    }

    /// The programme against its plan: certifications per year with the running total, the 2018–2020 baseline and
    /// progress towards each target.
    static func programme(_ s: AppState, _ scroll: Int, in body: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        let cols = Layout(.horizontal, [.fill(1), .fill(1)]).split(body)
        let left = Block(title: Msg.certificationsByYear.text(lang)).render(in: cols[0], into: &buf, theme: s.theme)
        let years = s.cache.stats.certificationsByYear().map {
            (label: "\($0.year)", value: Double($0.count), total: Double($0.cumulative), valueText: "\($0.count) Σ\($0.cumulative)")
        }
        BarLineChart(items: years).render(in: left, into: &buf, theme: s.theme)
        let right = Block(title: Msg.targetsTitle.text(lang)).render(in: cols[1], into: &buf, theme: s.theme)
        var lines: [[Span]] = []
        if let base = s.dataset.info.baseline, !base.isEmpty {
            lines.append([Span(Msg.baselineHeading.text(lang), Style(.header, bold: true))])
            for f in base { lines.append([Span("  " + f.label + ": ", Style(.muted)), Span(Format.number(f.value, lang), Style(.text, bold: true))]) }
            lines.append([Span("")])
        }
        for (text, role) in OverviewPane.targetLines(s) { lines.append([Span(text, Style(role, bold: role != .text))]) }
        if s.cache.targets.contains(where: { $0.target.illustrative == true }) {
            lines.append([Span(Msg.targetsIllustrative.text(lang), Style(.muted))])
        }
        scrolled(lines, scroll, in: right, into: &buf, s)
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
        let coverage = s.cache.places.coverage(st)
        let items = s.cache.places.areas.map { d in
            let c = coverage[d.id] ?? Coverage(communes: 0, withProduct: 0, withIdea: 0)
            let n = s.cache.productsByArea[d.id] ?? 0
            return (label: d.name, value: Double(n),
                    valueText: Msg.productsAndCertified.text(s.lang, n, s.cache.certifiedByArea[d.id] ?? 0)
                        + " · " + Msg.communesCovered.text(s.lang, c.withProduct, c.communes))
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
            guard let c = Rules.certificate(of: pr, on: s.asOf) else { continue }
            let days = s.asOf.days(to: c.expiresOn)
            lines.append([Span(c.expiresOn.display + "  ", Style(.warning, bold: true)), Span(Format.stars(c.stars) + "  ", Style(.star)),
                          Span(pr.name, Style(.text, bold: true)),
                          Span(" — " + s.placeName(ofCommune: pr.communeId) + Msg.daysLeft.text(s.lang, days), Style(.muted))])
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
        out.append([Span(Msg.lead.text(lang) + ": ", Style(.muted)), Span(s.agencyAssignment(task, task.leadAgencyId, long: true), Style(.text, bold: true))])
        out.append([Span(Msg.coordinating.text(lang) + ": ", Style(.muted)),
                    Span(task.coordinatingAgencyIds.map { s.agencyAssignment(task, $0, long: false) }.joined(separator: ", "))])
        if s.hasPlanAssignments(task) { out.append([Span(Msg.planMarkLegend.text(lang), Style(.muted))]) }
        out.append([Span("")])
        out.append([Span("▌" + Msg.noticeTaskText.text(lang), Style(.header))])
        out.append([Span(task.text, Style(.text))])
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

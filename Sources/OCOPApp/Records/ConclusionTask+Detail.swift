import OCOPModel
import TerminalCore
import OCOPText

extension ConclusionTask: RecordDetail {
    func detailTitle(_ s: AppState) -> String { Msg.taskTitle.text(s.lang, ordinal, title(s.lang)) }

    /// The task's short title in a language: both are data (tasks.json words each task in both languages).
    func title(_ lang: Language) -> String {
        switch lang {
        case .vi: shortTitle
        case .en: shortTitleEn
        }
    }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        let lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        var out: [[Span]] = []
        let status = Rules.status(of: self, on: s.asOf)
        out.append(DetailView.kv(s, .status, status.label(lang), status == .overdue ? Style(.danger) : Style(.text, bold: true)))
        let bar = ProgressBar(fraction: Double(progress) / 100).text(width: 24)
        out.append([Span(t(.progress) + ": ", Style(.muted)), Span(String(bar.bar.prefix(bar.filled)), Style(.progress)),
                    Span(String(bar.bar.dropFirst(bar.filled)), Style(.progressEmpty)), Span(bar.percent, Style(.text, bold: true))])
        out.append(DetailView.kv(s, .lead, s.agencyAssignment(self, leadAgencyId, long: true)))
        out.append(DetailView.kv(s, .coordinating, coordinatingAgencyIds.map { s.agencyAssignment(self, $0, long: false) }.joined(separator: ", ")))
        if s.hasPlanAssignments(self) { out.append([Span(Msg.planMarkLegend.text(lang), Style(.muted))]) }
        out.append(DetailView.kv(s, .deadline, ongoing ? t(.ongoing) : Format.date(deadline)))
        out.append(DetailView.heading(s, .fullText))
        out.append([Span(text)])
        out.append(DetailView.heading(s, .actions))
        for a in actions {
            let overdue = Rules.isOverdue(a, on: s.asOf)
            let mark = a.doneDate != nil ? "✔" : (overdue ? "⚠" : "•")
            let when = a.doneDate.map { t(.done) + " " + $0.display } ?? (t(.due) + " " + Format.date(a.dueDate))
            out.append([Span(mark + " ", Style(overdue ? .danger : (a.doneDate != nil ? .success : .text))),
                        Span("\(a.title) — \(idx.agencyShortName(a.ownerAgencyId)), \(when), \(a.progress)%", overdue ? Style(.danger) : .text)])
        }
        out.append(DetailView.heading(s, .reports))
        for r in reports.sorted(by: { $0.date > $1.date }) {
            out.append([Span(r.date.display + "  ", Style(.accent)), Span(r.period + " — " + idx.agencyShortName(r.agencyId), Style(.text, bold: true))])
            out.append([Span("   " + r.narrative)])
            if let figs = r.figures, !figs.isEmpty {
                out.append([Span("   " + figs.map { "\($0.label): \(Format.number($0.value, decimals: 1, lang))\($0.unit.map { " " + $0 } ?? "")" }
                    .joined(separator: "; "), Style(.muted))])
            }
        }
        out.append(DetailView.heading(s, .notes))
        if notes.isEmpty { out.append([Span(t(.none), Style(.muted))]) }
        for n in notes.sorted(by: { $0.date > $1.date }) {
            out.append([Span(n.date.display + "  ", Style(.accent)), Span("[" + n.kind.label(lang) + "] ", Style(.text, bold: true)), Span(n.text + " — " + n.author)])
        }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] { [] }
}

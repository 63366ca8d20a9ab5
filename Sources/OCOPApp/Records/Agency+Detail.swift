import OCOPModel
import TerminalCore
import OCOPText

/// An agency: its level and validity, what it came from and became, and the work the notice's tasks give it.
extension Agency: RecordDetail {
    func detailTitle(_ s: AppState) -> String { shortName + " — " + name }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        var out: [[Span]] = [DetailView.kv(s, .lblLevel, level.label(s.lang))]
        if let from = validFrom { out.append([Span(Msg.unitBegan.text(s.lang, from.display), Style(.muted))]) }
        if let to = validTo { out.append([Span(Msg.unitEnded.text(s.lang, to.display), Style(.muted))]) }
        let before = s.dataset.agencies.filter { $0.successorIds?.contains(id) ?? false }.map(\.shortName)
        if !before.isEmpty { out.append(DetailView.kv(s, .lblPredecessors, before.joined(separator: ", "))) }
        if let after = successorIds, !after.isEmpty {
            out.append(DetailView.kv(s, .lblSuccessors, after.map { idx.agencyShortName($0) }.joined(separator: ", ")))
        }
        // The actions this body owns, open ones first.
        var owned: [(ConclusionTask, TaskAction)] = []
        for t in s.dataset.tasks {
            for a in t.actions where a.ownerAgencyId == id { owned.append((t, a)) }
        }
        owned.sort { x, y in
            let dx = x.1.doneDate != nil, dy = y.1.doneDate != nil
            if dx != dy { return !dx }
            return (x.1.dueDate?.dayNumber ?? Int.max) < (y.1.dueDate?.dayNumber ?? Int.max)
        }
        if !owned.isEmpty {
            out.append(DetailView.heading(s, .actions))
            for (t, a) in owned {
                let overdue = Rules.isOverdue(a, on: s.asOf)
                let mark = a.doneDate != nil ? "✔" : (overdue ? "⚠" : "•")
                out.append([Span(mark + " ", Style(overdue ? .danger : .text)), Span("\(t.ordinal): " + a.title + " — " + Format.date(a.dueDate))])
            }
        }
        return out
    }

    /// The tasks it leads, then those it coordinates — its own and those of the bodies it took over.
    func detailLinks(_ s: AppState) -> [DetailLink] {
        let bodies = Set([id] + s.dataset.agencies.filter { $0.successorIds?.contains(id) ?? false }.map(\.id))
        let tasks = s.dataset.tasks.sorted { $0.ordinal < $1.ordinal }
        let led = tasks.filter { bodies.contains($0.leadAgencyId) }
        let coordinated = tasks.filter { t in !bodies.contains(t.leadAgencyId) && t.coordinatingAgencyIds.contains(where: bodies.contains) }
        return (led + coordinated).map { t in
            let lead = bodies.contains(t.leadAgencyId)
            return DetailLink(label: "☰ " + Msg.taskTitle.text(s.lang, t.ordinal, t.title(s.lang)) + (lead ? " · " + Msg.lead.text(s.lang) : ""),
                              route: .task(t.id))
        }
    }
}

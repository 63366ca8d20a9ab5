import OCOPModel
import OCOPText
import TerminalCore

extension Meeting: RecordDetail {
    func detailTitle(_ s: AppState) -> String { date.display + " · " + title }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        func agency(_ id: String?) -> String { id.flatMap { a in s.dataset.agencies.first { $0.id == a }?.shortName } ?? "" }
        var out: [[Span]] = [
            DetailView.kv(s, .lblKind, kind.label(s.lang)),
            DetailView.kv(s, .status, status.label(s.lang)),
        ]
        if let place { out.append(DetailView.kv(s, .lblPlace, place)) }
        if let chair { out.append(DetailView.kv(s, .lblChair, chair)) }
        if let secretary { out.append(DetailView.kv(s, .lblSecretary, secretary)) }
        if let o = openedAt.flatMap(MeetingTime.clock) { out.append(DetailView.kv(s, .lblOpenedAt, o)) }
        if let c = closedAt.flatMap(MeetingTime.clock) { out.append(DetailView.kv(s, .lblClosedAt, c)) }
        if !attendees.isEmpty {
            out.append(DetailView.heading(s, .lblAttendees))
            for a in attendees {
                let ag = agency(a.agencyId)
                out.append([Span("• " + a.name + (ag.isEmpty ? "" : " (" + ag + ")"))])
            }
        }
        if !agenda.isEmpty {
            out.append(DetailView.heading(s, .lblAgenda))
            for (i, item) in agenda.enumerated() { out.append([Span("\(i + 1). " + item.title)]) }
        }
        if !decisions.isEmpty {
            out.append(DetailView.heading(s, .lblDecisions))
            for d in decisions {
                var tail: [String] = []
                if let o = d.ownerAgencyId { tail.append(agency(o)) }
                if let due = d.dueDate { tail.append(due.display) }
                out.append([Span("• " + d.text), Span(tail.isEmpty ? "" : "  (" + tail.joined(separator: ", ") + ")", Style(.muted))])
            }
        }
        if !notes.isEmpty {
            out.append(DetailView.heading(s, .meetingNoteLinks))
            for n in notes {
                if let note = idx.task(n.taskId)?.notes.first(where: { $0.id == n.noteId }) {
                    out.append([Span("• " + note.text)])
                }
            }
        }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        var ids: [String] = []
        for t in agenda.compactMap(\.taskId) + notes.map(\.taskId) + decisions.compactMap(\.taskId) where !ids.contains(t) { ids.append(t) }
        return ids.compactMap { s.cache.index.task($0) }.map { DetailLink(label: "▸ " + $0.shortTitle, route: .task($0.id)) }
    }
}

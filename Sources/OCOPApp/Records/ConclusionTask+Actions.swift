import OCOPModel
import OCOPText

extension AppState {
    /// A task's quick actions: progress report, meeting note, their lists, actions and marking one done.
    mutating func taskAction(_ action: Action, _ t: ConclusionTask) -> [Effect] {
        switch action {
        case .report: openForm(.report(taskId: t.id, reportId: nil))
        case .note: openForm(.note(taskId: t.id, noteId: nil))
        case .manageReports:
            guard !t.reports.isEmpty else { message = Msg.noReportsYet.text(lang); return [] }
            openChooser(Msg.whichReport.text(lang), t.reports.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map { rep in
                ("\(rep.date.display) · \(rep.period) · \(rep.narrative)", .form(.report(taskId: t.id, reportId: rep.id)))
            })
        case .manageNotes:
            guard !t.notes.isEmpty else { message = Msg.noNotesYet.text(lang); return [] }
            openChooser(Msg.whichNote.text(lang), t.notes.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map { n in
                ("\(n.date.display) · \(n.kind.label(lang)) · \(n.text)", .form(.note(taskId: t.id, noteId: n.id)))
            })
        case .updateAction:
            openChooser(Msg.whichAction.text(lang), [(Msg.newActionEntry.text(lang), .form(.action(taskId: t.id, actionId: nil)))]
                + t.actions.map { a in ("\(a.title) — \(a.progress)%" + (a.doneDate != nil ? " ✔" : ""), .form(.action(taskId: t.id, actionId: a.id))) })
        case .actionDone:
            let open = t.actions.filter { $0.doneDate == nil }
            if open.isEmpty {
                message = Msg.everyActionDone.text(lang)
                return []
            }
            openChooser(Msg.markWhichActionDone.text(lang), open.map { a in
                var done = t
                if let j = done.actions.firstIndex(where: { $0.id == a.id }) {
                    done.actions[j].doneDate = asOf
                    done.actions[j].progress = 100
                }
                return ("\(a.title) — \(a.progress)%", .commit(RecordChange(before: t, after: done), .actionDone))
            })
        default: break
        }
        return []
    }
}

import Foundation
import OCOPModel
import OCOPText

/// The form of an action under a task (added or updated).
enum TaskActionForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .action(let taskId, let actionId) = target, let t = s.cache.index.task(taskId) else { return nil }
        let a = actionId.flatMap { id in t.actions.first { $0.id == id } }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(a == nil ? .formNewAction : .formEditAction) + " \(t.ordinal)", fields: [
            FormField(.title, L(.lblAction), .text(required: true), text: a?.title ?? ""),
            FormField(.ownerAgencyId, L(.lblOwner), .reference(.agency, required: true), values: [a?.ownerAgencyId ?? t.leadAgencyId]),
            FormField(.dueDate, L(.due), .date(required: false), text: a?.dueDate?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.progress, L(.lblProgressPercent), .integer(min: 0, max: 100), text: "\(a?.progress ?? 0)"),
            FormField(.doneDate, L(.lblDoneOn), .date(required: false), text: a?.doneDate?.display ?? "", hint: L(.hintEmptyIfNotDone)),
        ], base: RecordCodec.canonical(t))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard case .action(_, let actionId) = form.target, let o = FormBuilder.base(form, ConclusionTask.self) else { return nil }
        var t = o
        var a = actionId.flatMap { id in t.actions.first { $0.id == id } }
            ?? TaskAction(id: IdScheme.next(after: t.actions.map(\.id), fallback: t.id + ".hd-"),
                          title: "", ownerAgencyId: "", progress: 0)
        a.title = r.text(.title)
        a.ownerAgencyId = r.ref(.ownerAgencyId) ?? ""
        a.dueDate = r.date(.dueDate)
        a.progress = r.int(.progress)
        a.doneDate = r.date(.doneDate)
        if a.doneDate != nil && a.progress < 100 { r.fail(.progress, .fieldDoneAt100) }
        if let i = t.actions.firstIndex(where: { $0.id == a.id }) { t.actions[i] = a } else { t.actions.append(a) }
        return (RecordChange(before: o, after: t), actionId == nil ? .addAction : .updateAction)
    }
}

/// The form of a progress report on a task (added or corrected); it also sets the task's progress.
enum ProgressReportForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .report(let taskId, let reportId) = target, let t = s.cache.index.task(taskId) else { return nil }
        let rep = reportId.flatMap { id in t.reports.first { $0.id == id } }
        if reportId != nil && rep == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        let today = s.asOf
        let kind = rep?.periodKind ?? .quarter
        return FormState(target: target, title: L(rep == nil ? .formNewReport : .formEditReport) + " \(t.ordinal)", fields: [
            FormField(.date, L(.lblReportDate), .date(required: true), text: (rep?.date ?? today).display, hint: "dd/mm/yyyy"),
            FormField(.agencyId, L(.lblReportingAgency), .reference(.agency, required: true), values: [rep?.agencyId ?? t.leadAgencyId]),
            FormField(.periodKind, L(.lblPeriodKind), .choice(FormBuilder.enumOptions(ReportPeriodKind.self, s.lang)), values: [kind.rawValue]),
            FormField(.period, L(.lblPeriod), .text(required: true), text: rep?.period ?? ReportPeriod.name(kind, on: today, examples: Self.examples(s))),
            FormField(.narrative, L(.lblNarrative), .longText(required: true), text: rep?.narrative ?? ""),
            FormField(.progress, L(.lblTaskProgress), .integer(min: 0, max: 100), text: "\(t.progress)"),
        ], base: RecordCodec.canonical(t))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard case .report(_, let reportId) = form.target, let o = FormBuilder.base(form, ConclusionTask.self) else { return nil }
        var t = o
        let id = reportId ?? IdScheme.next(after: t.reports.map(\.id), fallback: t.id + ".bc-")
        let rep = ProgressReport(id: id, date: r.date(.date) ?? s.asOf, agencyId: r.ref(.agencyId) ?? "",
                                 periodKind: r.choice(.periodKind, ReportPeriodKind.self) ?? .quarter, period: r.text(.period),
                                 narrative: r.text(.narrative), figures: t.reports.first { $0.id == reportId }?.figures)
        if let i = t.reports.firstIndex(where: { $0.id == rep.id }) { t.reports[i] = rep } else { t.reports.append(rep) }
        t.progress = r.int(.progress)
        return (RecordChange(before: o, after: t), reportId == nil ? .report : .editReport)
    }

    /// The periods the dataset already names, for writing a new one the same way.
    static func examples(_ s: AppState) -> [String] { s.dataset.tasks.flatMap { $0.reports.map(\.period) } }

    /// A period still as suggested follows the kind chosen ("Quý IV/2026" → "Năm 2026").
    static func refreshDependents(_ form: inout FormState, _ s: AppState) {
        guard let i = form.index(of: .period), let k = form.field(.periodKind)?.values.first.flatMap(ReportPeriodKind.init(rawValue:)) else { return }
        let date = form.field(.date).flatMap { CivilDate.parse($0.input.text) } ?? s.asOf
        let examples = examples(s)
        let text = form.fields[i].input.text
        if text.isEmpty || ReportPeriod.isSuggestion(text, on: date, examples: examples) || ReportPeriod.isSuggestion(text, on: s.asOf, examples: examples) {
            form.fields[i].input.set(ReportPeriod.name(k, on: date, examples: examples))
        }
    }
}

/// The form of a meeting note or decision on a task.
enum MeetingNoteForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .note(let taskId, let noteId) = target, let t = s.cache.index.task(taskId) else { return nil }
        let n = noteId.flatMap { id in t.notes.first { $0.id == id } }
        if noteId != nil && n == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(n == nil ? .formNewNote : .formEditNote) + " \(t.ordinal)", fields: [
            FormField(.date, L(.lblMeetingDate), .date(required: true), text: (n?.date ?? s.asOf).display, hint: "dd/mm/yyyy"),
            FormField(.kind, L(.lblKind), .choice(FormBuilder.enumOptions(NoteKind.self, s.lang)), values: [(n?.kind ?? .decision).rawValue]),
            FormField(.text, L(.lblFullText), .longText(required: true), text: n?.text ?? ""),
            FormField(.author, L(.lblAuthor), .text(required: true), text: n?.author ?? s.editor),
        ], base: RecordCodec.canonical(t))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard case .note(_, let noteId) = form.target, let o = FormBuilder.base(form, ConclusionTask.self) else { return nil }
        var t = o
        let id = noteId ?? IdScheme.next(after: t.notes.map(\.id), fallback: t.id + ".gc-")
        let n = MeetingNote(id: id, date: r.date(.date) ?? s.asOf, kind: r.choice(.kind, NoteKind.self) ?? .decision,
                            text: r.text(.text), author: r.text(.author))
        if let i = t.notes.firstIndex(where: { $0.id == n.id }) { t.notes[i] = n } else { t.notes.append(n) }
        return (RecordChange(before: o, after: t), noteId == nil ? .note : .editNote)
    }
}

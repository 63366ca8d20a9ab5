import Foundation
import OCOPModel
import OCOPText

/// The form of a conclusion task.
enum TaskForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .task(let id) = target else { return nil }
        let t = id.flatMap { s.cache.index.task($0) }
        if id != nil && t == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        let title = t.map { L(.formEditTask) + " \($0.ordinal)" } ?? L(.formNewTask)
        return FormState(target: target, title: title, fields: [
            FormField(.ordinal, L(.lblNumber), .integer(min: 1, max: 99), text: "\(t?.ordinal ?? s.dataset.tasks.count + 1)"),
            FormField(.shortTitle, L(.lblShortTitle), .text(required: true), text: t?.shortTitle ?? ""),
            FormField(.shortTitleEn, L(.lblEnglishTitle), .text(required: false), text: t?.shortTitleEn ?? ""),
            FormField(.text, L(.lblFullText), .longText(required: true), text: t?.text ?? ""),
            FormField(.leadAgencyId, L(.lblLeadAgency), .reference(.agency, required: true), values: t.map { [$0.leadAgencyId] } ?? []),
            FormField(.coordinatingAgencyIds, L(.lblCoordinatingAgencies), .references(.agency), values: t?.coordinatingAgencyIds ?? []),
            FormField(.deadline, L(.deadline), .date(required: false), text: t?.deadline?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.ongoing, L(.lblOngoing), .flag, values: t?.ongoing == true ? ["1"] : []),
            FormField(.completedOn, L(.lblCompletedOn), .date(required: false), text: t?.completedOn?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.progress, L(.lblProgressPercent), .integer(min: 0, max: 100), text: "\(t?.progress ?? 0)"),
        ], base: t.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let ds = s.dataset
        let o = FormBuilder.base(form, ConclusionTask.self)
        var t = o ?? ConclusionTask(id: IdScheme.next(after: ds.tasks.map(\.id), fallback: "nv-"),
                                    ordinal: 0, shortTitle: "", shortTitleEn: "", text: "", leadAgencyId: "", coordinatingAgencyIds: [],
                                    deadline: nil, ongoing: false, completedOn: nil, progress: 0, actions: [], reports: [], notes: [])
        t.ordinal = r.int(.ordinal)
        t.shortTitle = r.text(.shortTitle)
        t.shortTitleEn = r.text(.shortTitleEn)
        t.text = r.text(.text)
        t.leadAgencyId = r.ref(.leadAgencyId) ?? ""
        t.coordinatingAgencyIds = r.refs(.coordinatingAgencyIds)
        t.deadline = r.date(.deadline)
        t.ongoing = r.flag(.ongoing)
        t.completedOn = r.date(.completedOn)
        t.progress = r.int(.progress)
        return (RecordChange(before: o, after: t), o == nil ? .add : .edit)
    }
}

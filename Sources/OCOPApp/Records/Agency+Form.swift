import Foundation
import OCOPModel
import OCOPText

/// The form of an agency (agencies have no pane: the palette opens it).
enum AgencyForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .agency(let id) = target else { return nil }
        let a = id.flatMap { s.cache.index.agencyById[$0] }
        if id != nil && a == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(a == nil ? .formNewAgency : .formEditAgency), fields: [
            FormField(.name, L(.lblAgencyName), .text(required: true), text: a?.name ?? ""),
            FormField(.shortName, L(.lblShortName), .text(required: true), text: a?.shortName ?? "", hint: L(.hintShortName)),
            FormField(.level, L(.lblLevel), .choice(FormBuilder.enumOptions(AgencyLevel.self, s.lang)), values: [(a?.level ?? .province).rawValue]),
            FormField(.validFrom, L(.lblValidFrom), .date(required: false), text: a?.validFrom?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.validTo, L(.lblValidTo), .date(required: false), text: a?.validTo?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.successorIds, L(.lblSuccessors), .references(.agency), values: a?.successorIds ?? [], hint: L(.hintSuccessors)),
        ], base: a.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, Agency.self)
        var a = o ?? Agency(id: IdScheme.next(after: s.dataset.agencies.map(\.id), fallback: "cq-"),
                            name: "", shortName: "", level: .province)
        a.name = r.text(.name)
        a.shortName = r.text(.shortName)
        if o == nil { a.id = IdScheme.next(after: s.dataset.agencies.map(\.id), fallback: "cq-", slug: TextFoldingSlug.slug(a.shortName)) }
        a.level = r.choice(.level, AgencyLevel.self) ?? a.level
        a.validFrom = r.date(.validFrom)
        a.validTo = r.date(.validTo)
        let successors = r.refs(.successorIds)
        a.successorIds = successors.isEmpty ? nil : successors
        return (RecordChange(before: o, after: a), o == nil ? .add : .edit)
    }
}

import Foundation
import OCOPModel
import OCOPText

/// The form of a craft village.
enum CraftVillageForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .craftVillage(let id) = target else { return nil }
        let c = id.flatMap { s.cache.index.village($0) }
        if id != nil && c == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(c == nil ? .formNewVillage : .formEditVillage), fields: [
            FormField(.name, L(.lblVillageName), .text(required: true), text: c?.name ?? ""),
            FormField(.craft, L(.lblCraft), .text(required: true), text: c?.craft ?? ""),
            FormField(.communeId, L(.commune), .reference(.commune, required: true), values: c.map { [$0.communeId] } ?? []),
            FormField(.recognition, L(.recognition), .choice(FormBuilder.enumOptions(CraftRecognition.self, s.lang)),
                      values: [(c?.recognition ?? CraftRecognition.allCases[0]).rawValue]),
            FormField(.recognizedOn, L(.lblRecognizedOn), .date(required: false), text: c?.recognizedOn?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.households, L(.lblHouseholdCount), .integer(min: 0, max: 1_000_000), text: "\(c?.households ?? 0)"),
            FormField(.productIds, L(.products), .references(.product), values: c?.productIds ?? []),
        ], base: c.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, CraftVillage.self)
        var c = o ?? CraftVillage(id: IdScheme.next(after: s.dataset.craftVillages.map(\.id), fallback: "ln-"),
                                  name: "", craft: "", communeId: "", recognition: CraftRecognition.allCases[0], households: 0, productIds: [])
        c.name = r.text(.name)
        if o == nil { c.id = IdScheme.next(after: s.dataset.craftVillages.map(\.id), fallback: "ln-", slug: TextFoldingSlug.slug(c.name)) }
        c.craft = r.text(.craft)
        c.communeId = r.ref(.communeId) ?? ""
        c.recognition = r.choice(.recognition, CraftRecognition.self) ?? c.recognition
        c.recognizedOn = r.date(.recognizedOn)
        c.households = r.int(.households)
        c.productIds = r.refs(.productIds)
        return (RecordChange(before: o, after: c), o == nil ? .add : .edit)
    }
}

import Foundation
import OCOPModel
import OCOPText

/// The form of a tourism model.
enum TourismModelForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .tourism(let id) = target else { return nil }
        let t = id.flatMap { s.cache.index.tourismModel($0) }
        if id != nil && t == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(t == nil ? .formNewTourism : .formEditTourism), fields: [
            FormField(.name, L(.lblTourismName), .text(required: true), text: t?.name ?? ""),
            FormField(.type, L(.lblBusinessType), .choice(FormBuilder.enumOptions(TourismType.self, s.lang)), values: [(t?.type ?? TourismType.allCases[0]).rawValue]),
            FormField(.communeId, L(.commune), .reference(.commune, required: true), values: t.map { [$0.communeId] } ?? []),
            FormField(.operatorName, L(.operatorName), .text(required: true), text: t?.operatorName ?? ""),
            FormField(.operatorProducerId, L(.lblOperatingProducer), .reference(.producer, required: false), values: t?.operatorProducerId.map { [$0] } ?? []),
            FormField(.productIds, L(.products), .references(.product), values: t?.productIds ?? []),
            FormField(.zoneId, L(.lblZone), .reference(.zone, required: false), values: t?.zoneId.map { [$0] } ?? []),
        ], base: t.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, TourismModel.self)
        var t = o ?? TourismModel(id: IdScheme.next(after: s.dataset.tourismModels.map(\.id), fallback: "dl-"),
                                  name: "", type: TourismType.allCases[0], communeId: "", operatorName: "", productIds: [])
        t.name = r.text(.name)
        if o == nil { t.id = IdScheme.next(after: s.dataset.tourismModels.map(\.id), fallback: "dl-", slug: TextFoldingSlug.slug(t.name)) }
        t.type = r.choice(.type, TourismType.self) ?? t.type
        t.communeId = r.ref(.communeId) ?? ""
        t.operatorName = r.text(.operatorName)
        t.operatorProducerId = r.ref(.operatorProducerId)
        t.productIds = r.refs(.productIds)
        t.zoneId = r.ref(.zoneId)
        return (RecordChange(before: o, after: t), o == nil ? .add : .edit)
    }
}

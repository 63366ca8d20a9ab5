import Foundation
import OCOPModel
import OCOPText


/// The form of a producer (chủ thể OCOP).
enum ProducerForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .producer(let id) = target else { return nil }
        let p = id.flatMap { s.cache.index.producerById[$0] }
        if id != nil && p == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(p == nil ? .formNewProducer : .formEditProducer), fields: [
            FormField(.name, L(.lblProducerName), .text(required: true), text: p?.name ?? ""),
            FormField(.type, L(.lblBusinessType), .choice(FormBuilder.enumOptions(ProducerType.self, s.lang)), values: [p?.type.rawValue ?? ProducerType.allCases[0].rawValue]),
            FormField(.communeId, L(.commune), .reference(.commune, required: true), values: p.map { [$0.communeId] } ?? []),
            FormField(.representative, L(.lblRepresentative), .text(required: false), text: p?.representative ?? ""),
            FormField(.registrationNumber, L(.registration), .text(required: false), text: p?.registrationNumber ?? ""),
        ], base: p.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, Producer.self)
        var p = o ?? Producer(id: IdScheme.next(after: s.dataset.producers.map(\.id), fallback: "ct-"),
                              name: "", type: .household, communeId: "", representative: "", registrationNumber: "")
        p.name = r.text(.name)
        p.type = r.choice(.type, ProducerType.self) ?? p.type
        p.communeId = r.ref(.communeId) ?? ""
        p.representative = r.text(.representative)
        p.registrationNumber = r.text(.registrationNumber)
        return (RecordChange(before: o, after: p), o == nil ? .add : .edit)
    }
}

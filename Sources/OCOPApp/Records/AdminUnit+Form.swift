import Foundation
import OCOPModel
import OCOPText

/// The form of an administrative unit.
enum AdminUnitForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .unit(let id) = target else { return nil }
        let u = id.flatMap { s.cache.index.unitById[$0] }
        if id != nil && u == nil { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(u == nil ? .formNewUnit : .formEditUnit), fields: [
            FormField(.name, L(.name), .text(required: true), text: u?.name ?? ""),
            FormField(.level, L(.lblLevel), .choice(FormBuilder.enumOptions(UnitLevel.self, s.lang)), values: [(u?.level ?? .commune).rawValue]),
            FormField(.parentId, L(.lblPartOf), .reference(.unit, required: false), values: u?.parentId.map { [$0] } ?? []),
            FormField(.validFrom, L(.lblValidFrom), .date(required: false), text: u?.validFrom?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.validTo, L(.lblValidTo), .date(required: false), text: u?.validTo?.display ?? "", hint: "dd/mm/yyyy"),
            FormField(.successorIds, L(.lblSuccessors), .references(.unit), values: u?.successorIds ?? [], hint: L(.hintSuccessors)),
        ], base: u.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, AdminUnit.self)
        let name = r.text(.name)
        let slug = TextFoldingSlug.slug(name)
        var u = o ?? AdminUnit(id: IdScheme.unit(named: slug, parent: r.raw(.parentId)?.values.first, taken: { s.cache.index.unitById[$0] != nil }),
                               name: "", level: .commune)
        u.name = name
        u.level = r.choice(.level, UnitLevel.self) ?? u.level
        u.parentId = r.ref(.parentId)
        u.validFrom = r.date(.validFrom)
        u.validTo = r.date(.validTo)
        let successors = r.refs(.successorIds)
        u.successorIds = successors.isEmpty ? nil : successors
        return (RecordChange(before: o, after: u), o == nil ? .add : .edit)
    }
}

/// An id made of a name's folded words: "Thử nghiệm" → "thu-nghiem".
enum TextFoldingSlug {
    static func slug(_ name: String) -> String {
        TextFolding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
    }
}

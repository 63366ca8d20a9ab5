import Foundation
import OCOPModel
import OCOPText

/// The form of a raw-material zone.
enum ZoneForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .zone(let id) = target else { return nil }
        let z = id.flatMap { s.cache.index.zoneById[$0] }
        if id != nil && z == nil { return nil }
        let lang = s.lang
        let L = { (m: Msg) in m.text(lang) }
        let fh = z?.fourHas
        let assessments = FormBuilder.enumOptions(Assessment.self, lang)
        return FormState(target: target, title: L(z == nil ? .formNewZone : .formEditZone), fields: [
            FormField(.name, L(.lblZoneName), .text(required: true), text: z?.name ?? ""),
            FormField(.commodity, L(.commodity), .text(required: true), text: z?.commodity ?? ""),
            FormField(.kind, L(.lblKind), .choice(FormBuilder.enumOptions(ZoneKind.self, lang)), values: [z?.kind.rawValue ?? ZoneKind.allCases[0].rawValue]),
            FormField(.communeIds, L(.communes), .references(.commune), values: z?.communeIds ?? []),
            FormField(.areaHa, L(.lblAreaHa), .decimal(min: 0, max: nil), text: z.map { FormBuilder.num($0.areaHa) } ?? ""),
            FormField(.certifiedAreas, L(.certifiedArea), .text(required: false),
                      text: (z?.certifiedAreas ?? []).map { "\($0.standard.label(lang)): \(FormBuilder.num($0.areaHa))" }.joined(separator: "; "),
                      hint: L(.hintCertifiedAreas)),
            FormField(.highTech, L(.highTech), .flag, values: z?.highTech == true ? ["1"] : []),
            FormField(.plantingAreaCodes, L(.lblPlantingCodes), .text(required: false), text: (z?.plantingAreaCodes ?? []).joined(separator: ", "),
                      hint: L(.hintCommaSeparated)),
            FormField(.qualityValue, L(.lblFourHasQuality), .choice(assessments), values: [(fh?.qualityValue ?? Assessment.allCases[0]).rawValue]),
            FormField(.competitiveness, L(.lblFourHasCompetitive), .choice(assessments), values: [(fh?.competitiveness ?? Assessment.allCases[0]).rawValue]),
            FormField(.market, L(.lblFourHasMarket), .choice(assessments), values: [(fh?.market ?? Assessment.allCases[0]).rawValue]),
            FormField(.efficiency, L(.lblFourHasEfficiency), .choice(assessments), values: [(fh?.efficiency ?? Assessment.allCases[0]).rawValue]),
        ], base: z.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let o = FormBuilder.base(form, RawMaterialZone.self)
        var z = o ?? RawMaterialZone(id: IdScheme.next(after: s.dataset.zones.map(\.id), fallback: "vung-"),
                                     name: "", commodity: "", kind: .crop, communeIds: [], areaHa: 0, certifiedAreas: [], highTech: false,
                                     plantingAreaCodes: [], chains: [],
                                     fourHas: FourHas(qualityValue: .notMet, competitiveness: .notMet, market: .notMet, efficiency: .notMet))
        z.name = r.text(.name)
        if o == nil { z.id = IdScheme.next(after: s.dataset.zones.map(\.id), fallback: "vn-", slug: TextFoldingSlug.slug(z.name)) }
        z.commodity = r.text(.commodity)
        z.kind = r.choice(.kind, ZoneKind.self) ?? z.kind
        z.communeIds = r.refs(.communeIds)
        z.areaHa = r.decimal(.areaHa)
        z.highTech = r.flag(.highTech)
        z.plantingAreaCodes = r.list(.plantingAreaCodes)
        z.certifiedAreas = r.pairs(.certifiedAreas).compactMap { std, ha in
            guard let st = FieldReader.enumValue(std, Standard.self) else {
                r.fail(.certifiedAreas, .fieldUnknownStandard, std, Standard.allCases.map { $0.label(s.lang) }.joined(separator: ", "))
                return nil
            }
            guard let v = FieldReader.parseDecimal(ha) else {
                r.fail(.certifiedAreas, .fieldAreaNotNumber, std)
                return nil
            }
            return CertifiedArea(standard: st, areaHa: v)
        }
        z.fourHas = FourHas(qualityValue: r.choice(.qualityValue, Assessment.self) ?? .notMet,
                            competitiveness: r.choice(.competitiveness, Assessment.self) ?? .notMet,
                            market: r.choice(.market, Assessment.self) ?? .notMet, efficiency: r.choice(.efficiency, Assessment.self) ?? .notMet)
        return (RecordChange(before: o, after: z), o == nil ? .add : .edit)
    }
}

/// The form of a linkage chain in a zone (added or edited).
enum LinkageChainForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .chain(let zoneId, let chainId) = target, let z = s.cache.index.zoneById[zoneId] else { return nil }
        let c = chainId.flatMap { id in z.chains.first { $0.id == id } }
        let L = { (m: Msg) in m.text(s.lang) }
        return FormState(target: target, title: L(c == nil ? .formNewChain : .formEditChain) + " — " + z.name, fields: [
            FormField(.name, L(.lblChainName), .text(required: true), text: c?.name ?? ""),
            FormField(.leadProducerId, L(.lblLeadProducer), .reference(.producer, required: false), values: c?.leadProducerId.map { [$0] } ?? []),
            FormField(.leadName, L(.lblLeadName), .text(required: true), text: c?.leadName ?? ""),
            FormField(.enterprises, L(.lblEnterprises), .integer(min: 0, max: 100_000), text: "\(c?.enterprises ?? 0)"),
            FormField(.cooperatives, L(.lblCooperatives), .integer(min: 0, max: 100_000), text: "\(c?.cooperatives ?? 0)"),
            FormField(.households, L(.households), .integer(min: 0, max: 10_000_000), text: "\(c?.households ?? 0)"),
            FormField(.areaHa, L(.lblAreaHa), .decimal(min: 0, max: z.areaHa), text: c.map { FormBuilder.num($0.areaHa) } ?? ""),
            FormField(.approvedByProvince, L(.approved), .flag, values: c?.approvedByProvince == true ? ["1"] : []),
        ], base: RecordCodec.canonical(z))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard case .chain(_, let chainId) = form.target, let o = FormBuilder.base(form, RawMaterialZone.self) else { return nil }
        var z = o
        var ch = chainId.flatMap { id in z.chains.first { $0.id == id } }
            ?? LinkageChain(id: IdScheme.next(after: z.chains.map(\.id), fallback: z.id + ".cl-"),
                            name: "", leadName: "", enterprises: 0, cooperatives: 0, households: 0, areaHa: 0, approvedByProvince: false)
        ch.name = r.text(.name)
        ch.leadProducerId = r.ref(.leadProducerId)
        ch.leadName = r.text(.leadName)
        ch.enterprises = r.int(.enterprises)
        ch.cooperatives = r.int(.cooperatives)
        ch.households = r.int(.households)
        ch.areaHa = r.decimal(.areaHa)
        ch.approvedByProvince = r.flag(.approvedByProvince)
        if let i = z.chains.firstIndex(where: { $0.id == ch.id }) { z.chains[i] = ch } else { z.chains.append(ch) }
        return (RecordChange(before: o, after: z), chainId == nil ? .addChain : .editChain)
    }
}

import OCOPModel
import OCOPText

extension FieldKey {
    /// The label the field goes by (the journal and the conflict view name fields with it).
    var labelMsg: Msg {
        switch self {
        case .agencyId: .lblReportingAgency
        case .approvedByProvince: .approved
        case .areaHa: .lblAreaHa
        case .author: .lblAuthor
        case .certifiedAreas: .certifiedArea
        case .commodity: .commodity
        case .communeId: .commune
        case .communeIds: .communes
        case .competitiveness: .lblFourHasCompetitive
        case .completedOn: .lblCompletedOn
        case .cooperatives: .lblCooperatives
        case .coordinatingAgencyIds: .lblCoordinatingAgencies
        case .councilLevel: .lblCouncil
        case .craft: .lblCraft
        case .criteriaSet: .lblCriteriaSet
        case .cycleStep: .lblCycleStep
        case .date: .lblDate
        case .deadline: .deadline
        case .decisionNumber: .lblDecisionNumber
        case .doneDate: .lblDoneOn
        case .dueDate: .due
        case .efficiency: .lblFourHasEfficiency
        case .enterprises: .lblEnterprises
        case .group: .lblProductGroup
        case .highTech: .highTech
        case .households: .households
        case .kind: .lblKind
        case .leadAgencyId: .lblLeadAgency
        case .leadName: .lblLeadName
        case .leadProducerId: .lblLeadProducer
        case .level: .lblLevel
        case .market: .lblFourHasMarket
        case .marks: .marks
        case .name: .name
        case .narrative: .lblNarrative
        case .ongoing: .lblOngoing
        case .operatorName: .operatorName
        case .operatorProducerId: .lblOperatingProducer
        case .ordinal: .lblNumber
        case .ownerAgencyId: .lblOwner
        case .parentId: .lblPartOf
        case .period: .lblPeriod
        case .periodKind: .lblPeriodKind
        case .plantingAreaCodes: .lblPlantingCodes
        case .producerId: .producer
        case .productIds: .products
        case .progress: .progress
        case .qualityValue: .lblFourHasQuality
        case .reason: .lblReason
        case .recognition: .recognition
        case .recognizedOn: .lblRecognizedOn
        case .registeredYear: .lblRegisteredYear
        case .registrationNumber: .registration
        case .representative: .lblRepresentative
        case .scoreA: .lblPartA
        case .scoreB: .lblPartB
        case .scoreC: .lblPartC
        case .shortName: .lblShortName
        case .shortTitle: .lblShortTitle
        case .shortTitleEn: .lblEnglishTitle
        case .standards: .standards
        case .subgroup: .lblSubgroup
        case .text: .lblFullText
        case .title: .lblAction
        case .type: .type
        case .validFrom: .lblValidFrom
        case .validTo: .lblValidTo
        case .successorIds: .lblSuccessors
        case .zoneId: .lblZone
        case .zoneIds: .lblZones
        }
    }
}

/// Field names of records as officials read them.
enum FieldNames {
    /// The label of a record's field (a form field's label, or the name of a part list).
    static func label(_ name: String, _ lang: Language) -> String {
        if let k = FieldKey(rawValue: name) { return k.labelMsg.text(lang) }
        let m: Msg
        switch name {
        case "id": m = .fieldId
        case "reports": m = .reports
        case "notes": m = .notes
        case "actions": m = .actions
        case "evaluations": m = .evaluations
        case "chains": m = .chains
        case "certificate": m = .certificate
        case "rejection": m = .rejected
        case "fourHas": m = .fourHas
        default: return name
        }
        return m.text(lang)
    }
}

import Foundation

/// The conclusion notice the programme's six tasks come from.
public struct Notice: Codable, Hashable, Sendable {
    public var number: String?
    public var date: CivilDate
    public var conferenceDate: CivilDate
    public var venue: String
    public var chairedBy: String
    public var signerRole: String
    public var signer: String
    public var title: String

    /// A value from all its fields.
    public init(number: String? = nil, date: CivilDate, conferenceDate: CivilDate, venue: String, chairedBy: String, signerRole: String, signer: String, title: String) {
        self.number = number
        self.date = date
        self.conferenceDate = conferenceDate
        self.venue = venue
        self.chairedBy = chairedBy
        self.signerRole = signerRole
        self.signer = signer
        self.title = title
    }
}

/// Metadata of a dataset: which province and programme it describes.
public struct DatasetInfo: Codable, Hashable, Sendable {
    public var province: String
    public var programme: String
    public var period: String
    public var illustrative: Bool
    public var description: String
    public var notice: Notice

    /// A value from all its fields.
    public init(province: String, programme: String, period: String, illustrative: Bool, description: String, notice: Notice) {
        self.province = province
        self.programme = programme
        self.period = period
        self.illustrative = illustrative
        self.description = description
        self.notice = notice
    }
}

/// A province, city, district, ward, commune or town, with its validity period.
public struct AdminUnit: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var level: UnitLevel
    public var parentId: String?
    public var validFrom: CivilDate?
    public var validTo: CivilDate?

    /// A value from all its fields.
    public init(id: String, name: String, level: UnitLevel, parentId: String? = nil, validFrom: CivilDate? = nil, validTo: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parentId = parentId
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// A department or local government body that leads or coordinates tasks.
public struct Agency: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String
    public var level: AgencyLevel

    /// A value from all its fields.
    public init(id: String, name: String, shortName: String, level: AgencyLevel) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.level = level
    }
}

/// One action under a task, owned by an agency.
public struct TaskAction: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var ownerAgencyId: String
    public var dueDate: CivilDate?
    public var doneDate: CivilDate?
    public var progress: Int

    /// A value from all its fields.
    public init(id: String, title: String, ownerAgencyId: String, dueDate: CivilDate? = nil, doneDate: CivilDate? = nil, progress: Int) {
        self.id = id
        self.title = title
        self.ownerAgencyId = ownerAgencyId
        self.dueDate = dueDate
        self.doneDate = doneDate
        self.progress = progress
    }
}

/// A named figure inside a progress report.
public struct ReportFigure: Codable, Hashable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String?

    /// A value from all its fields.
    public init(label: String, value: Double, unit: String? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
    }
}

/// A dated progress report on a task from an agency.
public struct ProgressReport: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var agencyId: String
    public var periodKind: ReportPeriodKind
    public var period: String
    public var narrative: String
    public var figures: [ReportFigure]?

    /// A value from all its fields.
    public init(id: String, date: CivilDate, agencyId: String, periodKind: ReportPeriodKind, period: String, narrative: String, figures: [ReportFigure]? = nil) {
        self.id = id
        self.date = date
        self.agencyId = agencyId
        self.periodKind = periodKind
        self.period = period
        self.narrative = narrative
        self.figures = figures
    }
}

/// A meeting note or decision recorded on a task.
public struct MeetingNote: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var kind: NoteKind
    public var text: String
    public var author: String

    /// A note or decision.
    public init(id: String, date: CivilDate, kind: NoteKind, text: String, author: String) {
        self.id = id
        self.date = date
        self.kind = kind
        self.text = text
        self.author = author
    }
}

/// One of the six tasks the conclusion notice assigns.
public struct ConclusionTask: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var ordinal: Int
    public var shortTitle: String
    public var shortTitleEn: String
    public var text: String
    public var leadAgencyId: String
    public var coordinatingAgencyIds: [String]
    public var deadline: CivilDate?
    public var ongoing: Bool
    public var completedOn: CivilDate?
    public var progress: Int
    public var actions: [TaskAction]
    public var reports: [ProgressReport]
    public var notes: [MeetingNote]

    /// A value from all its fields.
    public init(id: String, ordinal: Int, shortTitle: String, shortTitleEn: String, text: String, leadAgencyId: String, coordinatingAgencyIds: [String], deadline: CivilDate? = nil, ongoing: Bool, completedOn: CivilDate? = nil, progress: Int, actions: [TaskAction], reports: [ProgressReport], notes: [MeetingNote]) {
        self.id = id
        self.ordinal = ordinal
        self.shortTitle = shortTitle
        self.shortTitleEn = shortTitleEn
        self.text = text
        self.leadAgencyId = leadAgencyId
        self.coordinatingAgencyIds = coordinatingAgencyIds
        self.deadline = deadline
        self.ongoing = ongoing
        self.completedOn = completedOn
        self.progress = progress
        self.actions = actions
        self.reports = reports
        self.notes = notes
    }
}

/// An OCOP producer (chủ thể): enterprise, cooperative, cooperative group or registered household.
public struct Producer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var type: ProducerType
    public var communeId: String
    public var representative: String
    public var registrationNumber: String

    /// A value from all its fields.
    public init(id: String, name: String, type: ProducerType, communeId: String, representative: String, registrationNumber: String) {
        self.id = id
        self.name = name
        self.type = type
        self.communeId = communeId
        self.representative = representative
        self.registrationNumber = registrationNumber
    }
}

/// A council's evaluation of a product with its part scores and stars.
public struct Evaluation: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var councilLevel: CouncilLevel
    public var criteriaSet: CriteriaSet
    public var scoreA: Int
    public var scoreB: Int
    public var scoreC: Int
    public var total: Int
    public var stars: Int
    public var decisionNumber: String?
    public var kind: EvaluationKind

    /// A value from all its fields.
    public init(date: CivilDate, councilLevel: CouncilLevel, criteriaSet: CriteriaSet, scoreA: Int, scoreB: Int, scoreC: Int, total: Int, stars: Int, decisionNumber: String? = nil, kind: EvaluationKind) {
        self.date = date
        self.councilLevel = councilLevel
        self.criteriaSet = criteriaSet
        self.scoreA = scoreA
        self.scoreB = scoreB
        self.scoreC = scoreC
        self.total = total
        self.stars = stars
        self.decisionNumber = decisionNumber
        self.kind = kind
    }
}

/// An OCOP certificate with its star rank and validity.
public struct Certificate: Codable, Hashable, Sendable {
    public var stars: Int
    public var decisionNumber: String
    public var issuedOn: CivilDate
    public var expiresOn: CivilDate

    /// A value from all its fields.
    public init(stars: Int, decisionNumber: String, issuedOn: CivilDate, expiresOn: CivilDate) {
        self.stars = stars
        self.decisionNumber = decisionNumber
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
    }
}

/// An intellectual-property mark a product holds.
public struct IPMark: Codable, Hashable, Sendable {
    public var kind: MarkKind
    public var name: String

    /// A value from all its fields.
    public init(kind: MarkKind, name: String) {
        self.kind = kind
        self.name = name
    }
}

/// Why and where a product left the cycle.
public struct Rejection: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var reason: String

    /// A value from all its fields.
    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}

/// A product moving through the OCOP cycle.
public struct Product: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var producerId: String
    public var communeId: String
    public var group: ProductGroup
    public var subgroup: String
    public var criteriaSet: CriteriaSet
    public var cycleStep: CycleStep
    public var registeredYear: Int
    public var rejection: Rejection?
    public var evaluations: [Evaluation]
    public var certificate: Certificate?
    public var standards: [Standard]
    public var marks: [IPMark]
    public var zoneIds: [String]

    /// A value from all its fields.
    public init(id: String, name: String, producerId: String, communeId: String, group: ProductGroup, subgroup: String, criteriaSet: CriteriaSet, cycleStep: CycleStep, registeredYear: Int, rejection: Rejection? = nil, evaluations: [Evaluation], certificate: Certificate? = nil, standards: [Standard], marks: [IPMark], zoneIds: [String]) {
        self.id = id
        self.name = name
        self.producerId = producerId
        self.communeId = communeId
        self.group = group
        self.subgroup = subgroup
        self.criteriaSet = criteriaSet
        self.cycleStep = cycleStep
        self.registeredYear = registeredYear
        self.rejection = rejection
        self.evaluations = evaluations
        self.certificate = certificate
        self.standards = standards
        self.marks = marks
        self.zoneIds = zoneIds
    }
}

/// Area certified under a standard inside a zone.
public struct CertifiedArea: Codable, Hashable, Sendable {
    public var standard: Standard
    public var areaHa: Double

    /// A value from all its fields.
    public init(standard: Standard, areaHa: Double) {
        self.standard = standard
        self.areaHa = areaHa
    }
}

/// A production–consumption linkage chain (Decree 98/2018/NĐ-CP) in a zone.
public struct LinkageChain: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var leadProducerId: String?
    public var leadName: String
    public var enterprises: Int
    public var cooperatives: Int
    public var households: Int
    public var areaHa: Double
    public var approvedByProvince: Bool

    /// A value from all its fields.
    public init(id: String, name: String, leadProducerId: String? = nil, leadName: String, enterprises: Int, cooperatives: Int, households: Int, areaHa: Double, approvedByProvince: Bool) {
        self.id = id
        self.name = name
        self.leadProducerId = leadProducerId
        self.leadName = leadName
        self.enterprises = enterprises
        self.cooperatives = cooperatives
        self.households = households
        self.areaHa = areaHa
        self.approvedByProvince = approvedByProvince
    }
}

/// The "4 có" assessment of a zone: quality value, competitiveness, market, efficiency.
public struct FourHas: Codable, Hashable, Sendable {
    public var qualityValue: Assessment
    public var competitiveness: Assessment
    public var market: Assessment
    public var efficiency: Assessment
    /// How many of the four are fully met.
    public var metCount: Int {
        [qualityValue, competitiveness, market, efficiency].filter { $0 == .met }.count
    }

    /// A value from all its fields.
    public init(qualityValue: Assessment, competitiveness: Assessment, market: Assessment, efficiency: Assessment) {
        self.qualityValue = qualityValue
        self.competitiveness = competitiveness
        self.market = market
        self.efficiency = efficiency
    }
}

/// A characteristic raw-material zone (vùng nguyên liệu).
public struct RawMaterialZone: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var commodity: String
    public var kind: ZoneKind
    public var communeIds: [String]
    public var areaHa: Double
    public var certifiedAreas: [CertifiedArea]
    public var highTech: Bool
    public var plantingAreaCodes: [String]
    public var chains: [LinkageChain]
    public var fourHas: FourHas

    /// A value from all its fields.
    public init(id: String, name: String, commodity: String, kind: ZoneKind, communeIds: [String], areaHa: Double, certifiedAreas: [CertifiedArea], highTech: Bool, plantingAreaCodes: [String], chains: [LinkageChain], fourHas: FourHas) {
        self.id = id
        self.name = name
        self.commodity = commodity
        self.kind = kind
        self.communeIds = communeIds
        self.areaHa = areaHa
        self.certifiedAreas = certifiedAreas
        self.highTech = highTech
        self.plantingAreaCodes = plantingAreaCodes
        self.chains = chains
        self.fourHas = fourHas
    }
}

/// A craft village or traditional craft village.
public struct CraftVillage: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var craft: String
    public var communeId: String
    public var recognition: CraftRecognition
    public var recognizedOn: CivilDate?
    public var households: Int
    public var productIds: [String]

    /// A value from all its fields.
    public init(id: String, name: String, craft: String, communeId: String, recognition: CraftRecognition, recognizedOn: CivilDate? = nil, households: Int, productIds: [String]) {
        self.id = id
        self.name = name
        self.craft = craft
        self.communeId = communeId
        self.recognition = recognition
        self.recognizedOn = recognizedOn
        self.households = households
        self.productIds = productIds
    }
}

/// An experiential, agricultural, community or eco-tourism model tied to OCOP products.
public struct TourismModel: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var type: TourismType
    public var communeId: String
    public var operatorName: String
    public var operatorProducerId: String?
    public var productIds: [String]
    public var zoneId: String?

    /// A value from all its fields.
    public init(id: String, name: String, type: TourismType, communeId: String, operatorName: String, operatorProducerId: String? = nil, productIds: [String], zoneId: String? = nil) {
        self.id = id
        self.name = name
        self.type = type
        self.communeId = communeId
        self.operatorName = operatorName
        self.operatorProducerId = operatorProducerId
        self.productIds = productIds
        self.zoneId = zoneId
    }
}

/// The whole programme's data, as loaded from one dataset directory.
public struct Dataset: Sendable, Hashable {
    public var info: DatasetInfo
    public var units: [AdminUnit]
    public var agencies: [Agency]
    public var tasks: [ConclusionTask]
    public var producers: [Producer]
    public var products: [Product]
    public var zones: [RawMaterialZone]
    public var craftVillages: [CraftVillage]
    public var tourismModels: [TourismModel]

    /// A dataset from its parts.
    public init(info: DatasetInfo, units: [AdminUnit], agencies: [Agency], tasks: [ConclusionTask],
                producers: [Producer], products: [Product], zones: [RawMaterialZone],
                craftVillages: [CraftVillage], tourismModels: [TourismModel]) {
        self.info = info
        self.units = units
        self.agencies = agencies
        self.tasks = tasks
        self.producers = producers
        self.products = products
        self.zones = zones
        self.craftVillages = craftVillages
        self.tourismModels = tourismModels
    }
}

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
}

/// Metadata of a dataset: which province and programme it describes.
public struct DatasetInfo: Codable, Hashable, Sendable {
    public var province: String
    public var programme: String
    public var period: String
    public var illustrative: Bool
    public var description: String
    public var notice: Notice
}

/// A province, city, district, ward, commune or town, with its validity period.
public struct AdminUnit: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var level: UnitLevel
    public var parentId: String?
    public var validFrom: CivilDate?
    public var validTo: CivilDate?
}

/// A department or local government body that leads or coordinates tasks.
public struct Agency: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String
    public var level: AgencyLevel
}

/// One action under a task, owned by an agency.
public struct TaskAction: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var ownerAgencyId: String
    public var dueDate: CivilDate?
    public var doneDate: CivilDate?
    public var progress: Int
}

/// A named figure inside a progress report.
public struct ReportFigure: Codable, Hashable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String?
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
}

/// An OCOP producer (chủ thể): enterprise, cooperative, cooperative group or registered household.
public struct Producer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var type: ProducerType
    public var communeId: String
    public var representative: String
    public var registrationNumber: String
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
}

/// An OCOP certificate with its star rank and validity.
public struct Certificate: Codable, Hashable, Sendable {
    public var stars: Int
    public var decisionNumber: String
    public var issuedOn: CivilDate
    public var expiresOn: CivilDate
}

/// An intellectual-property mark a product holds.
public struct IPMark: Codable, Hashable, Sendable {
    public var kind: MarkKind
    public var name: String
}

/// Why and where a product left the cycle.
public struct Rejection: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var reason: String
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
}

/// Area certified under a standard inside a zone.
public struct CertifiedArea: Codable, Hashable, Sendable {
    public var standard: Standard
    public var areaHa: Double
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

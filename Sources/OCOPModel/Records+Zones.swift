import Foundation
import OCOPText

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

import Foundation
import OCOPText

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

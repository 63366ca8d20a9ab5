import Foundation
import OCOPText

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
    /// The review meetings (`meetings.json`, optional: none when the file is missing).
    public var meetings: [Meeting]

    /// A dataset from its parts.
    public init(info: DatasetInfo, units: [AdminUnit], agencies: [Agency], tasks: [ConclusionTask],
                producers: [Producer], products: [Product], zones: [RawMaterialZone],
                craftVillages: [CraftVillage], tourismModels: [TourismModel], meetings: [Meeting] = []) {
        self.info = info
        self.units = units
        self.agencies = agencies
        self.tasks = tasks
        self.producers = producers
        self.products = products
        self.zones = zones
        self.craftVillages = craftVillages
        self.tourismModels = tourismModels
        self.meetings = meetings
    }
}

import Foundation

/// Lookups and derived facts over a dataset: ids to records, communes to districts, links between records.
public struct DatasetIndex: Sendable {
    public let dataset: Dataset
    public let unitById: [String: AdminUnit]
    public let agencyById: [String: Agency]
    public let producerById: RecordLookup<Producer>
    public let productIndexById: [String: Int]
    public let zoneById: [String: RawMaterialZone]
    /// District-level unit id for every unit at or below district level.
    public let districtOf: [String: String]
    /// District-level units in file order (after 1 July 2025 they are the areas records still group by).
    public let districts: [AdminUnit]
    /// Units over time: merges, splits, the unit valid on a date.
    public let timeline: UnitTimeline
    /// Product indices per zone id.
    public let productsByZone: [String: [Int]]
    /// Product indices per producer id.
    public let productsByProducer: [String: [Int]]
    /// The communes products are registered in, each once (first seen first), and each product's place in that list:
    /// figures and filters then look a commune up once, not once per product.
    public let productCommuneIds: [String]
    public let communeOfProduct: [Int32]
    /// Each product's producer, as a position in the producers' list (-1 when the id is unknown).
    public let producerOfProduct: [Int32]
    /// Positions of records in their lists, by id (routes name records by id; views find them through these).
    public let taskIndexById: [String: Int]
    public let producerIndexById: [String: Int]
    public let zoneIndexById: [String: Int]
    public let villageIndexById: [String: Int]
    public let tourismIndexById: [String: Int]

    /// Builds the index once after a load.
    public init(_ ds: Dataset) {
        dataset = ds
        var units: [String: AdminUnit] = [:]
        for u in ds.units { units[u.id] = u }
        unitById = units
        agencyById = Dictionary(ds.agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Records are read in place (a copy of a product is a retain per field): producers and products in one pass each.
        var producerPositions: [String: Int] = [:]
        producerPositions.reserveCapacity(ds.producers.count)
        ds.producers.withUnsafeBufferPointer { b in
            for i in b.indices where producerPositions[b[i].id] == nil { producerPositions[b[i].id] = i }
        }
        producerById = RecordLookup(ds.producers, producerPositions)
        producerIndexById = producerPositions
        var pidx: [String: Int] = [:]
        pidx.reserveCapacity(ds.products.count)
        var byZone: [String: [Int]] = [:]
        var byProducer: [String: [Int]] = [:]
        var communeIds: [String] = [], communeOrdinal: [String: Int32] = [:]
        var communeOf = [Int32](repeating: 0, count: ds.products.count)
        ds.products.withUnsafeBufferPointer { b in
            for i in b.indices {
                pidx[b[i].id] = i
                for z in b[i].zoneIds { byZone[z, default: []].append(i) }
                byProducer[b[i].producerId, default: []].append(i)
                if let k = communeOrdinal[b[i].communeId] {
                    communeOf[i] = k
                } else {
                    communeOf[i] = Int32(communeIds.count)
                    communeOrdinal[b[i].communeId] = Int32(communeIds.count)
                    communeIds.append(b[i].communeId)
                }
            }
        }
        productCommuneIds = communeIds
        communeOfProduct = communeOf
        var producerOf = [Int32](repeating: -1, count: ds.products.count)
        for (producer, products) in byProducer {
            guard let k = producerPositions[producer] else { continue }
            for i in products { producerOf[i] = Int32(k) }
        }
        producerOfProduct = producerOf
        productIndexById = pidx
        productsByZone = byZone
        productsByProducer = byProducer
        zoneById = Dictionary(ds.zones.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var dist: [String: String] = [:]
        for u in ds.units {
            var cur: AdminUnit? = u
            var hops = 0
            while let c = cur, hops < 8 {
                if c.level.isDistrictLevel { dist[u.id] = c.id; break }
                cur = c.parentId.flatMap { units[$0] }
                hops += 1
            }
        }
        // Units made in 2025 have no district: they belong to the area (the former district) most of the units they
        // came from were in, so charts that group by area still place them.
        let timeline = UnitTimeline(ds.units)
        for u in ds.units where dist[u.id] == nil && u.level.isCommuneLevel {
            var votes: [String: Int] = [:]
            var frontier = timeline.predecessors[u.id] ?? []
            var seen = Set(frontier)
            while !frontier.isEmpty {
                var next: [String] = []
                for p in frontier {
                    if let d = dist[p] { votes[d, default: 0] += 1 } else { next += (timeline.predecessors[p] ?? []).filter { seen.insert($0).inserted } }
                }
                frontier = next
            }
            if let area = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key { dist[u.id] = area }
        }
        districtOf = dist
        self.timeline = timeline
        districts = ds.units.filter { $0.level.isDistrictLevel }
        func positions<R: Identifiable>(_ list: [R]) -> [String: Int] where R.ID == String {
            var out: [String: Int] = [:]
            out.reserveCapacity(list.count)
            for (i, r) in list.enumerated() where out[r.id] == nil { out[r.id] = i }
            return out
        }
        taskIndexById = positions(ds.tasks)
        zoneIndexById = positions(ds.zones)
        villageIndexById = positions(ds.craftVillages)
        tourismIndexById = positions(ds.tourismModels)
    }

    /// The name of a unit, or its id when unknown.
    public func unitName(_ id: String) -> String { unitById[id]?.name ?? id }

    /// The district-level unit's name for a commune id.
    public func districtName(ofCommune id: String) -> String {
        districtOf[id].map { unitName($0) } ?? "—"
    }

    /// The short name of an agency, or its id.
    public func agencyShortName(_ id: String) -> String { agencyById[id]?.shortName ?? id }

    /// The product with an id.
    public func product(_ id: String) -> Product? { productIndexById[id].map { dataset.products[$0] } }
    /// The task with an id.
    public func task(_ id: String) -> ConclusionTask? { taskIndexById[id].map { dataset.tasks[$0] } }
    /// The craft village with an id.
    public func village(_ id: String) -> CraftVillage? { villageIndexById[id].map { dataset.craftVillages[$0] } }
    /// The tourism model with an id.
    public func tourismModel(_ id: String) -> TourismModel? { tourismIndexById[id].map { dataset.tourismModels[$0] } }

    /// The latest evaluation of a product, by date.
    public static func latestEvaluation(_ p: Product) -> Evaluation? {
        p.evaluations.max { $0.date < $1.date }
    }

    /// The star rank a product holds now: its certificate's, else 0.
    public static func currentStars(_ p: Product) -> Int { p.certificate?.stars ?? 0 }

    /// The latest report of a task.
    public static func latestReport(_ t: ConclusionTask) -> ProgressReport? {
        t.reports.max { $0.date < $1.date }
    }
}

/// Records of a list by id, through their positions (no second copy of the records).
public struct RecordLookup<R: Sendable>: Sendable {
    let records: [R]
    let positions: [String: Int]

    init(_ records: [R], _ positions: [String: Int]) {
        self.records = records
        self.positions = positions
    }

    /// The record with an id (the first, when ids repeat).
    public subscript(id: String) -> R? { positions[id].map { records[$0] } }
}

/// Figures officials look at, computed on a date.
public struct Statistics: Sendable, Hashable {
    public var productCount = 0
    public var byStars: [Int: Int] = [:]
    public var byGroup: [ProductGroup: Int] = [:]
    public var byStep: [CycleStep: Int] = [:]
    public var rejected = 0
    public var byDistrict: [String: Int] = [:]
    public var certifiedByDistrict: [String: Int] = [:]
    public var producersByType: [ProducerType: Int] = [:]
    public var productsByProducerType: [ProducerType: Int] = [:]
    public var zoneArea: Double = 0
    public var certifiedArea: Double = 0
    public var certifiedAreaByStandard: [Standard: Double] = [:]
    public var chainCount = 0
    public var approvedChainCount = 0
    public var tasksByStatus: [TaskStatus: Int] = [:]
    public var overdueActions = 0
    public var expiringWithin90 = 0
    public var expired = 0
    public var revoked = 0
    /// Products certified for the first time in the as-of date's year (up to the date).
    public var newThisYear = 0
    /// First certifications per year, up to the as-of date.
    public var newlyCertifiedByYear: [Int: Int] = [:]
    /// Products at step 2 or later, not rejected (registered ideas).
    public var ideas = 0
    /// Certified products and registered ideas per commune id (the commune a record was registered in).
    public var certifiedByCommune: [String: Int] = [:]
    public var ideasByCommune: [String: Int] = [:]
    /// Products per commune id (the commune a record was registered in).
    public var productsByCommune: [String: Int] = [:]
    /// Certified products whose certificate expires within 90 days of the date (`expiringWithin90` of them), in
    /// record order.
    public var expiringProducts: [Int] = []

    /// Computes every figure for the dataset on `date`, each by its definition (`Figure`).
    public init(_ index: DatasetIndex, on date: CivilDate) {
        let ds = index.dataset
        productCount = ds.products.count
        // Counts per commune first (one lookup per product), spread over communes and districts after.
        var communes = [(products: Int, certified: Int, ideas: Int)](repeating: (0, 0, 0), count: index.productCommuneIds.count)
        let communeOf = index.communeOfProduct
        ds.products.withUnsafeBufferPointer { b in
            for i in b.indices {
                var certified = false, idea = false
                switch Rules.standing(of: b[i], on: date) {
                case .valid:
                    if let c = Rules.certificate(of: b[i], on: date) {
                        byStars[c.stars, default: 0] += 1
                        if Rules.expiresWithin(c, days: 90, of: date) {
                            expiringWithin90 += 1
                            expiringProducts.append(i)
                        }
                    }
                    certified = true
                case .expired: expired += 1
                case .revoked: revoked += 1
                case .none, .suspended, .notYetIssued: break
                }
                if let first = Rules.firstCertification(b[i]), first <= date {
                    newlyCertifiedByYear[first.year, default: 0] += 1
                    if first.year == date.year { newThisYear += 1 }
                }
                let rejection = b[i].rejection != nil, step = b[i].cycleStep
                if !rejection && step >= .ideaRegistration {
                    ideas += 1
                    idea = true
                }
                byGroup[b[i].group, default: 0] += 1
                if rejection { rejected += 1 } else { byStep[step, default: 0] += 1 }
                Self.tally(&communes[Int(communeOf[i])], certified: certified, idea: idea)
            }
        }
        productsByCommune.reserveCapacity(communes.count)
        for (k, n) in communes.enumerated() {
            let commune = index.productCommuneIds[k]
            productsByCommune[commune] = n.products
            if n.certified > 0 { certifiedByCommune[commune] = n.certified }
            if n.ideas > 0 { ideasByCommune[commune] = n.ideas }
            guard let d = index.districtOf[commune] else { continue }
            byDistrict[d, default: 0] += n.products
            if n.certified > 0 { certifiedByDistrict[d, default: 0] += n.certified }
        }
        for (producer, products) in index.productsByProducer {
            if let t = index.producerById[producer]?.type { productsByProducerType[t, default: 0] += products.count }
        }
        for pr in ds.producers { producersByType[pr.type, default: 0] += 1 }
        for z in ds.zones {
            zoneArea += z.areaHa
            var zoneCertified: Double = 0
            for ca in z.certifiedAreas {
                certifiedAreaByStandard[ca.standard, default: 0] += ca.areaHa
                zoneCertified = max(zoneCertified, ca.areaHa)
            }
            certifiedArea += zoneCertified
            chainCount += z.chains.count
            approvedChainCount += z.chains.filter(\.approvedByProvince).count
        }
        for t in ds.tasks {
            tasksByStatus[Rules.status(of: t, on: date), default: 0] += 1
            overdueActions += t.actions.filter { Rules.isOverdue($0, on: date) }.count
        }
    }

    private static func tally(_ t: inout (products: Int, certified: Int, ideas: Int), certified: Bool, idea: Bool) {
        t.products += 1
        if certified { t.certified += 1 }
        if idea { t.ideas += 1 }
    }

    /// Certified products (đạt OCOP): a valid certificate on the date, not revoked, not rejected.
    public var certifiedCount: Int { byStars.values.reduce(0, +) }
    /// Communes with at least one certified product, and with at least one registered idea.
    public var communesWithProduct: Int { certifiedByCommune.count }
    public var communesWithIdea: Int { ideasByCommune.count }
    /// Tasks that are overdue.
    public var overdueTasks: Int { tasksByStatus[.overdue] ?? 0 }
}

import Foundation

/// How records group on a date. Before 1 July 2025 by district-level unit (huyện, thị xã, thành phố); from then,
/// when the district level is gone, by commune/ward, with the former districts kept as areas officials still
/// recognise ("khu vực Cẩm Mỹ (cũ)") for charts that need few groups. Records keep the commune they were registered
/// in; these tables map it through its successors to the commune valid on the date.
public struct Places: Sendable {
    /// The date the grouping is for.
    public let date: CivilDate
    /// The areas records group by: the district-level units valid on the date, or, after they ended, the last ones.
    public let areas: [AdminUnit]
    /// Whether the areas still exist on the date (false: they are former districts).
    public let areasCurrent: Bool
    /// The area of any unit at or below district level (records' communes, old or new).
    public let areaOf: [String: String]
    /// Commune-level units valid on the date, in file order.
    public let communes: [AdminUnit]
    /// The communes valid on the date, per area id.
    public let communesByArea: [String: [String]]
    /// For every commune-level unit, the commune valid on the date that stands for it (itself, a successor, or a
    /// predecessor when it did not exist yet).
    public let onDate: [String: String]

    /// The grouping of a dataset's units on `date`.
    public init(_ index: DatasetIndex, on date: CivilDate) {
        self.date = date
        let timeline = index.timeline
        let valid = index.districts.filter { UnitTimeline.isValid($0, on: date) && $0.level.isDistrictLevel }
        let areaDate: CivilDate
        if valid.isEmpty, let last = index.districts.compactMap(\.validTo).max() {
            areaDate = last
            areasCurrent = false
        } else {
            areaDate = date
            areasCurrent = true
        }
        let areas = areasCurrent ? valid : index.districts.filter { UnitTimeline.isValid($0, on: areaDate) }
        self.areas = areas
        let areaIds = Set(areas.map(\.id))
        var areaOf: [String: String] = [:]  // finished below, once the communes of the date are known
        for (unit, district) in index.districtOf {
            if areaIds.contains(district) { areaOf[unit] = district; continue }
            if let a = timeline.current(district, on: areaDate).first(where: { areaIds.contains($0) }) { areaOf[unit] = a }
        }
        let communes = index.dataset.units.filter { $0.level.isCommuneLevel && UnitTimeline.isValid($0, on: date) }
        self.communes = communes
        var byArea: [String: [String]] = [:]
        for c in communes { if let a = areaOf[c.id] { byArea[a, default: []].append(c.id) } }
        communesByArea = byArea
        var onDate: [String: String] = [:]
        for u in index.dataset.units where u.level.isCommuneLevel {
            onDate[u.id] = timeline.current(u.id, on: date).first
        }
        // After the district level ended, a record registered in an old commune belongs to the area of the commune it
        // became, so that an area's totals are the sums over the communes it lists.
        if !areasCurrent {
            for (old, now) in onDate where old != now { if let a = areaOf[now] { areaOf[old] = a } }
        }
        self.areaOf = areaOf
        self.onDate = onDate
    }

    /// Products and certified products per area on the date, each record in the area of its commune of the date
    /// (from the figures' counts per commune, which must be on the same date).
    public func productsByArea(_ stats: Statistics) -> (products: [String: Int], certified: [String: Int]) {
        var products: [String: Int] = [:], certified: [String: Int] = [:]
        for (commune, n) in stats.productsByCommune {
            if let a = areaOf[commune] { products[a, default: 0] += n }
        }
        for (commune, n) in stats.certifiedByCommune {
            if let a = areaOf[commune] { certified[a, default: 0] += n }
        }
        return (products, certified)
    }

    /// The commune valid on the date that a record registered in `communeId` belongs to (itself when unknown).
    public func commune(onDate communeId: String) -> String { onDate[communeId] ?? communeId }

    /// Per area: the communes valid on the date, those with at least one certified product and those with at least
    /// one registered idea (the records' communes mapped to the date's communes).
    public func coverage(_ stats: Statistics) -> [String: Coverage] {
        let withProduct = Set(stats.certifiedByCommune.keys.map(commune(onDate:)))
        let withIdea = Set(stats.ideasByCommune.keys.map(commune(onDate:)))
        var out: [String: Coverage] = [:]
        for a in areas {
            let cs = communesByArea[a.id] ?? []
            out[a.id] = Coverage(communes: cs.count, withProduct: cs.filter(withProduct.contains).count, withIdea: cs.filter(withIdea.contains).count)
        }
        return out
    }

    /// The province-wide coverage: the sum over areas.
    public func totalCoverage(_ stats: Statistics) -> Coverage {
        coverage(stats).values.reduce(Coverage(communes: 0, withProduct: 0, withIdea: 0)) {
            Coverage(communes: $0.communes + $1.communes, withProduct: $0.withProduct + $1.withProduct, withIdea: $0.withIdea + $1.withIdea)
        }
    }
}

/// "Mỗi xã một sản phẩm" coverage of an area: communes, and how many have a certified product or a registered idea.
public struct Coverage: Sendable, Hashable, Codable {
    public var communes: Int
    public var withProduct: Int
    public var withIdea: Int

    /// A value from its counts.
    public init(communes: Int, withProduct: Int, withIdea: Int) {
        self.communes = communes
        self.withProduct = withProduct
        self.withIdea = withIdea
    }

    /// The share of communes with a certified product, in per cent (0 when there are none).
    public var productPercent: Double { communes == 0 ? 0 : Double(withProduct) * 100 / Double(communes) }
}

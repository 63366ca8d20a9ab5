import OCOPModel
import OCOPText

/// Precomputed facts that do not change until the data does: lookups, folded names for search, statistics.
public struct DataCache: Sendable {
    public let index: DatasetIndex
    public let stats: Statistics
    public let foldedProducts: [String]
    public let foldedProducers: [String]
    /// The folded names as bytes, for the search scan.
    public let productBytes: [[UInt8]]
    public let producerBytes: [[UInt8]]
    public let productCountByProducer: [String: Int]
    public let districtIds: [String]
    /// Products whose certificate expires within 90 days of the as-of date, soonest first.
    public let expiring: [Int]
    /// Per district: communes, producers and zones.
    public let communesByDistrict: [String: Int]
    public let producersByDistrict: [String: Int]
    public let zonesByDistrict: [String: Int]
    /// How records group on the as-of date: areas (districts, or former districts after 1/7/2025) and communes.
    public let places: Places
    /// Progress towards each of the dataset's targets on the as-of date.
    public let targets: [TargetProgress]

    /// The lookups and figures of a dataset on a date.
    public init(_ ds: Dataset, asOf: CivilDate) {
        self.init(ds, asOf: asOf, previous: nil, change: nil)
    }

    /// The lookups after one record change: the search folds of the records the change did not touch are taken
    /// from `previous` (folding 145k names is the costliest part), the rest is derived afresh.
    public init(_ ds: Dataset, asOf: CivilDate, previous: DataCache?, change: RecordChange?) {
        index = DatasetIndex(ds)
        stats = Statistics(index, on: asOf)
        (foldedProducts, productBytes) = Self.folds(ds.products, .products, previous.map { ($0.foldedProducts, $0.productBytes, $0.index.productIndexById) },
                                                    change, \.name)
        (foldedProducers, producerBytes) = Self.folds(ds.producers, .producers, previous.map { ($0.foldedProducers, $0.producerBytes, $0.index.producerIndexById) },
                                                      change, \.name)
        expiring = ds.products.indices.filter { i in
            Rules.isCertified(ds.products[i], on: asOf) && (Rules.certificate(of: ds.products[i], on: asOf).map { Rules.expiresWithin($0, days: 90, of: asOf) } ?? false)
        }
            .sorted { (Rules.certificate(of: ds.products[$0], on: asOf)?.expiresOn.dayNumber ?? 0, $0) < (Rules.certificate(of: ds.products[$1], on: asOf)?.expiresOn.dayNumber ?? 0, $1) }
        let idx = index
        var communes: [String: Int] = [:], producers: [String: Int] = [:], zones: [String: Int] = [:]
        let places = Places(idx, on: asOf)
        self.places = places
        targets = (ds.info.targets ?? []).map { $0.progress(idx, asOf: asOf) }
        for (area, list) in places.communesByArea { communes[area] = list.count }
        for p in ds.producers { if let d = places.areaOf[p.communeId] { producers[d, default: 0] += 1 } }
        for z in ds.zones { for d in Set(z.communeIds.compactMap { places.areaOf[$0] }) { zones[d, default: 0] += 1 } }
        communesByDistrict = communes
        producersByDistrict = producers
        zonesByDistrict = zones
        var counts: [String: Int] = [:]
        for p in ds.products { counts[p.producerId, default: 0] += 1 }
        productCountByProducer = counts
        districtIds = places.areas.map(\.id)
    }

    /// The folded names of a list: reused from the previous cache where the change did not touch them.
    static func folds<R: DatasetRecord>(_ list: [R], _ file: DatasetFile, _ previous: ([String], [[UInt8]], [String: Int])?, _ change: RecordChange?,
                                        _ name: (R) -> String) -> ([String], [[UInt8]]) {
        if let (folded, bytes, oldIndex) = previous, let change {
            if change.file == file {
                var f = folded, b = bytes
                let id = change.id
                switch (change.before, change.after, oldIndex[id]) {
                case (_?, _?, let i?) where list.count == f.count && list[i].id == id:
                    f[i] = TextFolding.fold(name(list[i]))
                    b[i] = Array(f[i].utf8)
                    return (f, b)
                case (nil, _?, nil) where list.count == f.count + 1 && list.last?.id == id:
                    f.append(TextFolding.fold(name(list[list.count - 1])))
                    b.append(Array(f[f.count - 1].utf8))
                    return (f, b)
                case (_?, nil, let i?) where list.count == f.count - 1:
                    f.remove(at: i)
                    b.remove(at: i)
                    return (f, b)
                default: break
                }
            } else if folded.count == list.count {
                return (folded, bytes)  // another file changed: these names did not
            }
        }
        let f = list.map { TextFolding.fold(name($0)) }
        return (f, f.map { Array($0.utf8) })
    }
}

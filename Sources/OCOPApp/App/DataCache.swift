import OCOPModel
import OCOPText

/// Precomputed facts that do not change until the data does: lookups, folded names for search, statistics.
public struct DataCache: Sendable {
    public let index: DatasetIndex
    public let stats: Statistics
    /// The search folds, built in the background on large datasets (each accessor below waits for them).
    public let folds: SearchFolds
    /// Product names folded for search, as bytes (waits for the folds).
    public var productBytes: PackedBytes { folds.ready.products }
    /// Producer names folded, as bytes (waits for the folds).
    public var producerBytes: PackedBytes { folds.ready.producers }
    /// The collation keys of product and producer names, for sorting by name (built beside the folds).
    public let nameKeys: NameSortKeys
    /// The rows the last search matched (a longer query scans only those).
    let searchMemo = SearchMemo()
    /// Whether the search folds are ready (a search before then waits for them).
    public var foldsReady: Bool { folds.isReady }
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
    /// Products and certified products per area (each record in the area of its commune of the as-of date).
    public let productsByArea: [String: Int]
    public let certifiedByArea: [String: Int]
    /// The area (on the as-of date) of each of the index's product communes (`productCommuneIds`), nil outside any.
    public let areaOfProductCommune: [String?]

    /// The lookups and figures of a dataset on a date.
    public init(_ ds: Dataset, asOf: CivilDate) {
        self.init(ds, asOf: asOf, previous: nil, change: nil)
    }

    /// The lookups of a dataset on a date, over an index (and figures on that date) already built for it: the
    /// loader builds both beside validation.
    public init(_ ds: Dataset, asOf: CivilDate, index: DatasetIndex?, statistics: Statistics? = nil) {
        self.init(ds, asOf: asOf, previous: nil, change: nil, index: index, statistics: statistics, backgroundFolds: nil, foldsGate: nil)
    }

    /// The lookups after one record change: the search folds of the records the change did not touch are taken
    /// from `previous` (folding 145k names is the costliest part), the rest is derived afresh. `index`, when
    /// given, must have been built for `ds`.
    public init(_ ds: Dataset, asOf: CivilDate, previous: DataCache?, change: RecordChange?, index prebuilt: DatasetIndex? = nil) {
        self.init(ds, asOf: asOf, previous: previous, change: change, index: prebuilt, statistics: nil, backgroundFolds: nil, foldsGate: nil)
    }

    /// As above; `backgroundFolds` forces where the folds are built (nil: by size), `foldsGate` (tests) runs before.
    init(_ ds: Dataset, asOf: CivilDate, previous: DataCache?, change: RecordChange?, index prebuilt: DatasetIndex?,
         statistics: Statistics?, backgroundFolds: Bool?, foldsGate: (@Sendable () -> Void)?) {
        index = prebuilt ?? DatasetIndex(ds)
        stats = prebuilt == nil ? Statistics(index, on: asOf) : (statistics ?? Statistics(index, on: asOf))
        let productList = ds.products, producerList = ds.producers
        let previousFolds = previous?.folds, previousIndex = previous?.index
        nameKeys = NameSortKeys.make(ds, previous: previous?.nameKeys, previousIndex: previousIndex, change: change)
        let background = backgroundFolds ?? (productList.count + producerList.count > SearchFolds.backgroundThreshold)
        folds = SearchFolds(background: background, gate: foldsGate) {
            let old = previousFolds?.ready
            let fp = Self.perRecord(productList, .products, old.map { ($0.products, previousIndex!.productIndexById) }, change, atMost: { $0.name.utf8.count }) { TextFolding.fold($0.name).utf8 }
            let fr = Self.perRecord(producerList, .producers, old.map { ($0.producers, previousIndex!.producerIndexById) }, change, atMost: { $0.name.utf8.count }) { TextFolding.fold($0.name).utf8 }
            return SearchFolds.Value(products: fp, producers: fr)
        }
        // Certificates expiring within 90 days, soonest first (the figures on the as-of date found them: certified,
        // the certificate held that day expiring within 90 days).
        expiring = stats.expiringProducts.sorted {
            (Rules.certificate(of: ds.products[$0], on: asOf)?.expiresOn.dayNumber ?? 0, $0) < (Rules.certificate(of: ds.products[$1], on: asOf)?.expiresOn.dayNumber ?? 0, $1)
        }
        let idx = index
        var communes: [String: Int] = [:], producers: [String: Int] = [:], zones: [String: Int] = [:]
        let places = Places(idx, on: asOf)
        self.places = places
        targets = (ds.info.targets ?? []).map { $0.progress(idx, asOf: asOf) }
        (productsByArea, certifiedByArea) = places.productsByArea(stats)
        areaOfProductCommune = idx.productCommuneIds.map { places.areaOf[$0] }
        for (area, list) in places.communesByArea { communes[area] = list.count }
        for p in ds.producers { if let d = places.areaOf[p.communeId] { producers[d, default: 0] += 1 } }
        for z in ds.zones { for d in Set(z.communeIds.compactMap { places.areaOf[$0] }) { zones[d, default: 0] += 1 } }
        communesByDistrict = communes
        producersByDistrict = producers
        zonesByDistrict = zones
        productCountByProducer = index.productsByProducer.mapValues(\.count)
        districtIds = places.areas.map(\.id)
    }

    /// Starts the background work once the screen's first frame is drawn: the search folds, then (on large
    /// datasets, at a lower priority) the name keys, so that the first sort by name finds them ready.
    public func startBackgroundWork() {
        folds.start()
        nameKeys.start(after: folds)
    }

    /// Waits until the search folds are ready.
    public func waitForFolds() { _ = folds.ready }
}

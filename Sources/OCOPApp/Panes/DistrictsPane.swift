import OCOPModel
import OCOPText
import TerminalCore

/// Pane 6: the areas records group by on the as-of date — the district-level units, or after 1 July 2025 the former
/// districts — with their communes valid on the date, products, certified products, coverage, producers and zones.
/// Enter opens an area, whose detail lists its communes; a commune opens with its records and its history.
enum DistrictsPane: ListPane {
    static func count(_ s: AppState) -> Int { s.cache.places.areas.count }

    static func columns(_ s: AppState) -> [Column] {
        let lang = s.lang, cache = s.cache, st = s.cache.stats
        let t = { (m: Msg) in m.text(lang) }
        let areas = s.cache.places.areas
        let d = { (i: Int) in areas[i] }
        let coverage = s.cache.places.coverage(st)
        let counts: [(Msg, Int, (String) -> Int)] = [
            (.communes, 9, { cache.communesByDistrict[$0] ?? 0 }), (.products, 9, { cache.productsByArea[$0] ?? 0 }),
            (.certified, 9, { cache.certifiedByArea[$0] ?? 0 }), (.communesWithProductShort, 9, { coverage[$0]?.withProduct ?? 0 }),
            (.producers, 8, { cache.producersByDistrict[$0] ?? 0 }), (.zones, 16, { cache.zonesByDistrict[$0] ?? 0 }),
        ]
        return [Column(title: s.cache.places.areasCurrent ? t(.district) : t(.areaColumn), width: .flex(2, min: 12),
                       text: { s.cache.places.areasCurrent ? s.areaLabel(d($0).id) : d($0).name }, sortKey: { .folded(d($0).name) })]
            + counts.map { msg, width, value in
                Column(title: t(msg), width: .fixed(width), align: .right, text: { "\(value(d($0).id))" }, sortKey: { .number(Double(value(d($0).id))) })
            }
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .unit(s.cache.places.areas[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .unit(let id) = route else { return nil }
        return s.cache.places.areas.firstIndex { $0.id == id }
    }

    /// An area matches its own name and the names of its communes of the date (`/ binh loc` finds Long Khánh).
    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> {
        let a = s.cache.places.areas[row]
        let communes = (s.cache.places.communesByArea[a.id] ?? []).map { s.cache.index.unitName($0) }
        return Array(TextFolding.fold(([a.name] + communes).joined(separator: " · ")).utf8)[...]
    }

    static func filters(_ s: AppState) -> [Filter] { s.cache.districtIds.map { .district($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        guard case .district(let d) = filter else { return true }
        return s.cache.places.areas[row].id == d
    }
}

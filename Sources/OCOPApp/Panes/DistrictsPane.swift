import OCOPModel
import OCOPText
import TerminalCore

/// Pane 6: the district-level units with their communes, products, certified products, producers and zones.
enum DistrictsPane: ListPane {
    static func count(_ s: AppState) -> Int { s.cache.index.districts.count }

    static func columns(_ s: AppState) -> [Column] {
        let idx = s.cache.index, lang = s.lang, cache = s.cache, st = s.cache.stats
        let t = { (m: Msg) in m.text(lang) }
        let d = { (i: Int) in idx.districts[i] }
        let counts: [(Msg, Int, (String) -> Int)] = [
            (.communes, 9, { cache.communesByDistrict[$0] ?? 0 }), (.products, 9, { st.byDistrict[$0] ?? 0 }),
            (.certified, 9, { st.certifiedByDistrict[$0] ?? 0 }), (.producers, 8, { cache.producersByDistrict[$0] ?? 0 }),
            (.zones, 16, { cache.zonesByDistrict[$0] ?? 0 }),
        ]
        return [Column(title: t(.district), width: .flex(2, min: 12),
                       text: { d($0).level.label(lang) + " " + d($0).name }, sortKey: { .folded(d($0).name) })]
            + counts.map { msg, width, value in
                Column(title: t(msg), width: .fixed(width), align: .right, text: { "\(value(d($0).id))" }, sortKey: { .number(Double(value(d($0).id))) })
            }
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .unit(s.cache.index.districts[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .unit(let id) = route else { return nil }
        return s.cache.index.districts.firstIndex { $0.id == id }
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> [UInt8] { Array(TextFolding.fold(s.cache.index.districts[row].name).utf8) }

    static func filters(_ s: AppState) -> [Filter] { s.cache.districtIds.map { .district($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        guard case .district(let d) = filter else { return true }
        return s.cache.index.districts[row].id == d
    }
}

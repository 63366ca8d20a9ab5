import OCOPModel
import OCOPText
import TerminalCore

/// Pane 4: raw-material zones with their commodity, districts, area, certified area, chains and products.
enum ZonesPane: ListPane {
    static func count(_ s: AppState) -> Int { s.dataset.zones.count }

    static func columns(_ s: AppState) -> [Column] {
        let ds = s.dataset, idx = s.cache.index, lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        let certified = { (i: Int) in ds.zones[i].certifiedAreas.map(\.areaHa).max() ?? 0 }
        return [
            Column(title: t(.name), width: .flex(3, min: 14), text: { ds.zones[$0].name }, sortKey: { .folded(ds.zones[$0].name) }),
            Column(title: t(.commodity), width: .flex(1, min: 8), text: { ds.zones[$0].commodity }, sortKey: { .folded(ds.zones[$0].commodity) }),
            Column(title: s.areaColumnTitle, width: .flex(2, min: 10),
                   text: { districtNames(ds.zones[$0].communeIds, s) }, sortKey: { .folded(districtNames(ds.zones[$0].communeIds, s)) }),
            Column(title: t(.area), width: .fixed(11), align: .right,
                   text: { Format.hectares(ds.zones[$0].areaHa, lang) }, sortKey: { .number(ds.zones[$0].areaHa) }),
            Column(title: t(.certifiedAreaColumn), width: .fixed(13), align: .right,
                   text: { Format.hectares(certified($0), lang) }, sortKey: { .number(certified($0)) }),
            Column(title: t(.chains), width: .fixed(6), align: .right,
                   text: { "\(ds.zones[$0].chains.count)" }, sortKey: { .number(Double(ds.zones[$0].chains.count)) }),
            Column(title: t(.products), width: .fixed(8), align: .right,
                   text: { "\(idx.productsByZone[ds.zones[$0].id]?.count ?? 0)" },
                   sortKey: { .number(Double(idx.productsByZone[ds.zones[$0].id]?.count ?? 0)) }),
        ]
    }

    /// The areas (districts, or former districts after 2025) a zone's communes lie in, once each, in order.
    static func districtNames(_ communes: [String], _ s: AppState) -> String {
        var seen: [String] = []
        for c in communes {
            let d = s.areaName(ofCommune: c)
            if !seen.contains(d) { seen.append(d) }
        }
        return seen.joined(separator: ", ")
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .zone(s.dataset.zones[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .zone(let id) = route else { return nil }
        return s.cache.index.zoneIndexById[id]
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> {
        Array(TextFolding.fold(s.dataset.zones[row].name + " " + s.dataset.zones[row].commodity).utf8)[...]
    }

    static func filters(_ s: AppState) -> [Filter] { s.cache.districtIds.map { .district($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        guard case .district(let d) = filter else { return true }
        return s.dataset.zones[row].communeIds.contains { s.cache.places.areaOf[$0] == d }
    }
}

import OCOPModel
import OCOPText
import TerminalCore

/// Pane 5: producers with their type, district, commune and number of products.
enum ProducersPane: ListPane {
    static func count(_ s: AppState) -> Int { s.dataset.producers.count }

    static func columns(_ s: AppState) -> [Column] {
        let ds = s.dataset, lang = s.lang, cache = s.cache, keys = s.cache.nameKeys
        let t = { (m: Msg) in m.text(lang) }
        let products = { (i: Int) in cache.productCountByProducer[ds.producers[i].id] ?? 0 }
        return [
            Column(title: t(.name), width: .flex(3, min: 14), text: { ds.producers[$0].name }, sortKey: { .text(keys.producer($0)) },
                   order: { keys.producerOrder }),
            Column(title: t(.type), width: .flex(1, min: 10), text: { ds.producers[$0].type.label(lang) }, sortKey: { .folded(ds.producers[$0].type.label(lang)) }),
            Column(title: s.areaColumnTitle, width: .flex(1, min: 9),
                   text: { s.areaName(ofCommune: ds.producers[$0].communeId) }, sortKey: { .folded(s.areaName(ofCommune: ds.producers[$0].communeId)) }),
            Column(title: t(.commune), width: .flex(1, min: 9),
                   text: { s.communeName(onDate: ds.producers[$0].communeId) }, sortKey: { .folded(s.communeName(onDate: ds.producers[$0].communeId)) }),
            Column(title: t(.products), width: .fixed(8), align: .right, text: { "\(products($0))" }, sortKey: { .number(Double(products($0))) }),
        ]
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .producer(s.dataset.producers[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .producer(let id) = route else { return nil }
        return s.cache.index.producerIndexById[id]
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> { s.cache.producerBytes[row] }

    static func filters(_ s: AppState) -> [Filter] { s.cache.districtIds.map { .district($0) } + ProducerType.allCases.map { .producerType($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        let p = s.dataset.producers[row]
        switch filter {
        case .district(let d): return s.cache.places.areaOf[p.communeId] == d
        case .producerType(let t): return p.type == t
        default: return true
        }
    }
}

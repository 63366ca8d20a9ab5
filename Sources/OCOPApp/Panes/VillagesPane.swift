import OCOPModel
import OCOPText
import TerminalCore

/// Pane 7: craft villages, then tourism models (rows past the villages are tourism models).
enum VillagesPane: ListPane {
    static func count(_ s: AppState) -> Int { s.dataset.craftVillages.count + s.dataset.tourismModels.count }

    /// Name, kind label, commune and products of a row, whichever kind it is.
    static func facts(_ s: AppState, _ i: Int) -> (name: String, type: String, commune: String, products: Int, isVillage: Bool) {
        let n = s.dataset.craftVillages.count
        if i < n {
            let v = s.dataset.craftVillages[i]
            return (v.name, v.recognition.label(s.lang), v.communeId, v.productIds.count, true)
        }
        let m = s.dataset.tourismModels[i - n]
        return (m.name, m.type.label(s.lang), m.communeId, m.productIds.count, false)
    }

    static func columns(_ s: AppState) -> [Column] {
        let t = { (m: Msg) in m.text(s.lang) }
        let f = { (i: Int) in facts(s, i) }
        return [
            Column(title: t(.name), width: .flex(3, min: 14), text: { f($0).name }, sortKey: { .folded(f($0).name) }),
            Column(title: t(.type), width: .flex(2, min: 12), text: { f($0).type }, sortKey: { .number(f($0).isVillage ? 0 : 1) }),
            Column(title: s.areaColumnTitle, width: .flex(1, min: 9),
                   text: { s.areaName(ofCommune: f($0).commune) }, sortKey: { .folded(s.areaName(ofCommune: f($0).commune)) }),
            Column(title: t(.commune), width: .flex(1, min: 9), text: { s.communeName(onDate: f($0).commune) }, sortKey: { .folded(s.communeName(onDate: f($0).commune)) }),
            Column(title: t(.products), width: .fixed(8), align: .right, text: { "\(f($0).products)" }, sortKey: { .number(Double(f($0).products)) }),
        ]
    }

    static func route(_ s: AppState, _ row: Int) -> Route {
        let n = s.dataset.craftVillages.count
        return row < n ? .village(s.dataset.craftVillages[row].id) : .tourism(s.dataset.tourismModels[row - n].id)
    }

    static func row(of route: Route, _ s: AppState) -> Int? {
        switch route {
        case .village(let id): return s.cache.index.villageIndexById[id]
        case .tourism(let id): return s.cache.index.tourismIndexById[id].map { s.dataset.craftVillages.count + $0 }
        default: return nil
        }
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> { Array(TextFolding.fold(facts(s, row).name).utf8)[...] }

    static func filters(_ s: AppState) -> [Filter] { s.cache.districtIds.map { .district($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        guard case .district(let d) = filter else { return true }
        return s.cache.places.areaOf[facts(s, row).commune] == d
    }
}

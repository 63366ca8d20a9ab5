import OCOPModel
import TerminalCore
import OCOPText

extension AdminUnit: RecordDetail {
    func detailTitle(_ s: AppState) -> String { level.label(s.lang) + " " + name }

    func detailLines(_ s: AppState) -> [[Span]] {
        let st = s.cache.stats
        var out: [[Span]] = []
        out.append(DetailView.kv(s, .products, "\(st.byDistrict[id] ?? 0)"))
        out.append(DetailView.kv(s, .certified, "\(st.certifiedByDistrict[id] ?? 0)"))
        let communes = s.dataset.units.filter { $0.parentId == id }
        out.append(DetailView.kv(s, .communes, "\(communes.count): " + communes.map(\.name).joined(separator: ", ")))
        if validFrom != nil || validTo != nil {
            out.append([Span(Msg.validPeriod.text(s.lang, Format.date(validFrom), Format.date(validTo)), Style(.muted))])
        }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        let ds = s.dataset
        let idx = s.cache.index
        let d = id
        var out: [DetailLink] = []
        out += ds.products.filter { idx.districtOf[$0.communeId] == d }.map(DetailLink.product)
        out += ds.producers.filter { idx.districtOf[$0.communeId] == d }.compactMap { DetailLink.producer($0.id, s) }
        out += ds.zones.filter { $0.communeIds.contains { idx.districtOf[$0] == d } }.compactMap { DetailLink.zone($0.id, s) }
        out += ds.craftVillages.filter { idx.districtOf[$0.communeId] == d }.map(DetailLink.village)
        out += ds.tourismModels.filter { idx.districtOf[$0.communeId] == d }.map(DetailLink.tourism)
        return out
    }
}

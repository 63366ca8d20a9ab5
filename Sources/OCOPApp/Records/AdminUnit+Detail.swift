import OCOPModel
import TerminalCore
import OCOPText

/// An area (district or former district) lists its communes valid on the as-of date; a commune lists the records
/// registered in it or in the units it came from, and its history (what it was before, what it became).
extension AdminUnit: RecordDetail {
    func detailTitle(_ s: AppState) -> String {
        level.isDistrictLevel && s.cache.places.areas.contains { $0.id == id } ? s.areaLabel(id) : level.label(s.lang) + " " + name
    }

    func detailLines(_ s: AppState) -> [[Span]] {
        let st = s.cache.stats, places = s.cache.places, idx = s.cache.index
        var out: [[Span]] = []
        if level.isDistrictLevel {
            out.append(DetailView.kv(s, .products, "\(s.cache.productsByArea[id] ?? 0)"))
            out.append(DetailView.kv(s, .certified, "\(s.cache.certifiedByArea[id] ?? 0)"))
            if let c = places.coverage(st)[id] {
                out.append(DetailView.kv(s, .communesWithProductShort, Msg.coverageLine.text(s.lang, c.withProduct, c.communes, c.withIdea)))
            }
        } else {
            let mine = Self.records(of: id, s)
            out.append(DetailView.kv(s, .products, "\(mine.products.count)"))
            out.append(DetailView.kv(s, .certified, "\(mine.products.filter { Rules.isCertified($0, on: s.asOf) }.count)"))
            if let a = places.areaOf[id] { out.append(DetailView.kv(s, .lblArea, s.areaLabel(a))) }
        }
        if let from = validFrom { out.append([Span(Msg.unitBegan.text(s.lang, from.display), Style(.muted))]) }
        if let to = validTo { out.append([Span(Msg.unitEnded.text(s.lang, to.display), Style(.muted))]) }
        let before = idx.timeline.predecessors[id] ?? []
        if !before.isEmpty { out.append(DetailView.kv(s, .lblPredecessors, before.map(s.unitLabel).joined(separator: ", "))) }
        if let after = successorIds, !after.isEmpty { out.append(DetailView.kv(s, .lblSuccessors, after.map(s.unitLabel).joined(separator: ", "))) }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        let ds = s.dataset, places = s.cache.places
        var out: [DetailLink] = []
        if level.isDistrictLevel {
            // The area's communes valid on the as-of date first, then its records.
            out += (places.communesByArea[id] ?? []).map { DetailLink(label: "⌂ " + s.unitLabel($0), route: .unit($0)) }
            let d = id
            out += ds.products.filter { places.areaOf[$0.communeId] == d }.map { DetailLink.product($0, s) }
            out += ds.producers.filter { places.areaOf[$0.communeId] == d }.compactMap { DetailLink.producer($0.id, s) }
            out += ds.zones.filter { $0.communeIds.contains { places.areaOf[$0] == d } }.compactMap { DetailLink.zone($0.id, s) }
            return out
        }
        let mine = Self.records(of: id, s)
        out += mine.products.map { DetailLink.product($0, s) }
        out += mine.producers.compactMap { DetailLink.producer($0.id, s) }
        out += mine.zones.compactMap { DetailLink.zone($0.id, s) }
        out += mine.villages.map(DetailLink.village)
        out += mine.tourism.map(DetailLink.tourism)
        let history = (s.cache.index.timeline.predecessors[id] ?? []) + (successorIds ?? [])
        out += history.map { DetailLink(label: "⌂ " + s.unitLabel($0), route: .unit($0)) }
        if let a = places.areaOf[id] { out.append(DetailLink(label: "⌂ " + s.areaLabel(a), route: .unit(a))) }
        return out
    }

    /// The records of a commune on the as-of date: those registered in it, and, for a commune valid on that date,
    /// those registered in the units it came from.
    static func records(of id: String, _ s: AppState) -> (products: [Product], producers: [Producer], zones: [RawMaterialZone],
                                                        villages: [CraftVillage], tourism: [TourismModel]) {
        let places = s.cache.places, ds = s.dataset
        let current = places.communes.contains { $0.id == id }
        let here = { (c: String) in c == id || (current && places.commune(onDate: c) == id) }
        return (ds.products.filter { here($0.communeId) }, ds.producers.filter { here($0.communeId) }, ds.zones.filter { $0.communeIds.contains(where: here) },
                ds.craftVillages.filter { here($0.communeId) }, ds.tourismModels.filter { here($0.communeId) })
    }
}

import OCOPModel
import TerminalCore

extension TourismModel: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        return [
            DetailView.kv(s, .type, type.label(s.lang)),
            DetailView.kv(s, .commune, s.communeDescription(communeId)),
            DetailView.kv(s, .operatorName, operatorName),
        ]
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        var out = productIds.compactMap { s.cache.index.product($0) }.map { DetailLink.product($0, s) }
        if let z = zoneId, let l = DetailLink.zone(z, s) { out.append(l) }
        if let op = operatorProducerId, let l = DetailLink.producer(op, s) { out.append(l) }
        if let l = DetailLink.commune(communeId, s) { out.append(l) }
        if let l = DetailLink.district(ofCommune: communeId, s) { out.append(l) }
        return out
    }
}

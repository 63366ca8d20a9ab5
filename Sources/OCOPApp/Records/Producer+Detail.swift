import OCOPModel
import TerminalCore

extension Producer: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        return [
            DetailView.kv(s, .type, type.label(s.lang)),
            DetailView.kv(s, .commune, s.communeDescription(communeId)),
            DetailView.kv(s, .representative, representative),
            DetailView.kv(s, .registration, registrationNumber),
        ]
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        var out = (s.cache.index.productsByProducer[id] ?? []).map { DetailLink.product(s.dataset.products[$0], s) }
        if let l = DetailLink.commune(communeId, s) { out.append(l) }
        if let l = DetailLink.district(ofCommune: communeId, s) { out.append(l) }
        return out
    }
}

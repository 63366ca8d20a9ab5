import OCOPModel
import TerminalCore

extension CraftVillage: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        return [
            DetailView.kv(s, .craftVillage, craft),
            DetailView.kv(s, .commune, s.communeDescription(communeId)),
            DetailView.kv(s, .recognition, recognition.label(s.lang) + (recognizedOn.map { " (" + $0.display + ")" } ?? "")),
            DetailView.kv(s, .households, Format.int(households, s.lang)),
        ]
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        productIds.compactMap { s.cache.index.product($0) }.map { DetailLink.product($0, s) } + [DetailLink.commune(communeId, s), DetailLink.district(ofCommune: communeId, s)].compactMap { $0 }
    }
}

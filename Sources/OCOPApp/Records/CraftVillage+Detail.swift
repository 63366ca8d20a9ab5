import OCOPModel
import TerminalCore

extension CraftVillage: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        return [
            DetailView.kv(s, .craftVillage, craft),
            DetailView.kv(s, .commune, idx.unitName(communeId) + ", " + idx.districtName(ofCommune: communeId)),
            DetailView.kv(s, .recognition, recognition.label(s.lang) + (recognizedOn.map { " (" + $0.display + ")" } ?? "")),
            DetailView.kv(s, .households, Format.int(households, s.lang)),
        ]
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        productIds.compactMap { s.cache.index.product($0) }.map(DetailLink.product) + [DetailLink.district(ofCommune: communeId, s)].compactMap { $0 }
    }
}

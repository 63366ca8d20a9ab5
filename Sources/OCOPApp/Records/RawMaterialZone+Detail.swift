import OCOPModel
import TerminalCore
import OCOPText

extension RawMaterialZone: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        let lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        var out: [[Span]] = []
        out.append(DetailView.kv(s, .commodity, commodity + " (" + kind.label(lang) + ")"))
        out.append(DetailView.kv(s, .communes, communeIds.map { s.communeName(onDate: $0) + " (" + s.areaName(ofCommune: $0) + ")" }.joined(separator: ", ")))
        out.append(DetailView.kv(s, .area, Format.hectares(areaHa, lang)))
        out.append(DetailView.kv(s, .certifiedArea, certifiedAreas.isEmpty ? "—"
            : certifiedAreas.map { $0.standard.label(lang) + " " + Format.hectares($0.areaHa, lang) }.joined(separator: "; ")))
        out.append(DetailView.kv(s, .highTech, highTech ? t(.yes) : t(.no)))
        out.append(DetailView.kv(s, .plantingCodes, plantingAreaCodes.joined(separator: ", ")))
        let fh = fourHas
        let parts: [(Msg, Assessment)] = [(.fourHasQuality, fh.qualityValue), (.fourHasCompetitiveness, fh.competitiveness),
                                          (.fourHasMarket, fh.market), (.fourHasEfficiency, fh.efficiency)]
        out.append(DetailView.kv(s, .fourHas, "\(fh.metCount)/4 — " + parts.map { m, a in
            t(m) + " " + (a == .met ? "✔" : (a == .partial ? "◐" : "✗")) + " " + a.label(lang)
        }.joined(separator: "; ")))
        out.append(DetailView.heading(s, .chains))
        for ch in chains {
            out.append([Span("⛓ " + ch.name, Style(.text, bold: true)), Span(ch.approvedByProvince ? "  ✔ " + t(.approved) : "", Style(.success))])
            let lead = ch.leadProducerId.flatMap { idx.producerById[$0]?.name } ?? ch.leadName
            out.append([Span("   " + t(.lead) + ": " + lead + "; " + Msg.chainMembers.text(lang, ch.enterprises, ch.cooperatives, ch.households)
                             + "; " + Format.hectares(ch.areaHa, lang), Style(.muted))])
        }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        let idx = s.cache.index
        var out = (idx.productsByZone[id] ?? []).map { DetailLink.product(s.dataset.products[$0], s) }
        for ch in chains { if let lead = ch.leadProducerId, let l = DetailLink.producer(lead, s) { out.append(l) } }
        out += s.dataset.tourismModels.filter { $0.zoneId == id }.map(DetailLink.tourism)
        return out
    }
}

import OCOPModel
import TerminalCore
import OCOPText

extension Product: RecordDetail {
    func detailTitle(_ s: AppState) -> String { name }

    func detailLines(_ s: AppState) -> [[Span]] {
        let idx = s.cache.index
        let lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        var out: [[Span]] = []
        out.append(DetailView.kv(s, .producer, idx.producerById[producerId]?.name ?? producerId))
        out.append(DetailView.kv(s, .commune, s.communeDescription(communeId)))
        out.append(DetailView.kv(s, .group, group.label(lang) + " — " + subgroup + " (" + criteriaSet.label(lang) + ")"))
        out.append(DetailView.kv(s, .step, "\(cycleStep.rawValue)/6 " + cycleStep.label(lang)))
        if let r = rejection { out.append(DetailView.kv(s, .rejected, r.date.display + ": " + r.reason, Style(.danger))) }
        if let c = Rules.certificate(of: self, on: s.asOf) {
            let standing = Rules.standing(of: self, on: s.asOf)
            let soon = standing == .valid && Rules.expiresWithin(c, days: 90, of: s.asOf)
            var v = Format.stars(c.stars) + "  " + t(.decision) + " " + c.decisionNumber + ", " + t(.issued) + " " + c.issuedOn.display
            v += ", " + t(.expires) + " " + c.expiresOn.display
            switch standing {
            case .expired: v += " (" + t(.expired) + ")"
            case .revoked: v += " (" + Msg.revokedBy.text(s.lang, c.revocationDecision ?? "—", Format.date(c.revokedOn)) + ")"
            case .suspended: v += " (" + t(.suspendedWord) + ")"
            default: if soon { v += " ⚠ " + t(.expiringSoonWord) }
            }
            let style = standing == .valid ? (soon ? Style(.warning) : Style(.star)) : Style(.danger)
            out.append(DetailView.kv(s, .certificate, v, style))
        } else {
            out.append(DetailView.kv(s, .certificate, t(.none), Style(.muted)))
        }
        out.append(DetailView.kv(s, .standards, standards.isEmpty ? "—" : standards.map { $0.label(lang) }.joined(separator: ", ")))
        out.append(DetailView.kv(s, .marks, marks.isEmpty ? "—" : marks.map { $0.kind.label(lang) + " \"" + $0.name + "\"" }.joined(separator: ", ")))
        out.append(DetailView.heading(s, .evaluations))
        if evaluations.isEmpty { out.append([Span(t(.none), Style(.muted))]) }
        for e in evaluations.sorted(by: { $0.date > $1.date }) {
            out.append([Span(e.date.display + "  ", Style(.accent)),
                        Span("A \(e.scoreA) + B \(e.scoreB) + C \(e.scoreC) = \(e.total) → ", .text), Span(Format.stars(e.stars), Style(.star)),
                        Span("  " + e.councilLevel.label(lang) + ", " + e.criteriaSet.label(lang) + ", " + e.kind.label(lang)
                             + (e.decisionNumber.map { ", " + $0 } ?? ""), Style(.muted))])
        }
        return out
    }

    func detailLinks(_ s: AppState) -> [DetailLink] {
        var out: [DetailLink] = []
        if let l = DetailLink.producer(producerId, s) { out.append(l) }
        out += zoneIds.compactMap { DetailLink.zone($0, s) }
        if let l = DetailLink.commune(communeId, s) { out.append(l) }
        if let l = DetailLink.district(ofCommune: communeId, s) { out.append(l) }
        out += s.dataset.craftVillages.filter { $0.productIds.contains(id) }.map(DetailLink.village)
        out += s.dataset.tourismModels.filter { $0.productIds.contains(id) }.map(DetailLink.tourism)
        return out
    }
}

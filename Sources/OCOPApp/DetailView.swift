import OCOPModel
import TerminalCore

/// A related record shown under a detail, which Enter opens.
public struct DetailLink: Sendable {
    public var label: String
    public var route: Route
}

/// The detail of one record: a title, lines of facts, and links to related records.
enum DetailView {
    static func title(for route: Route, _ s: AppState) -> String {
        let ds = s.dataset
        switch route {
        case .task(let i): return "\(Msg.tasks.text(s.lang)) \(ds.tasks[i].ordinal): " + (s.lang == .vi ? ds.tasks[i].shortTitle : ds.tasks[i].shortTitleEn)
        case .product(let i): return ds.products[i].name
        case .zone(let i): return ds.zones[i].name
        case .producer(let i): return ds.producers[i].name
        case .district(let id): return s.cache.index.unitById[id].map { $0.level.label(s.lang) + " " + $0.name } ?? id
        case .village(let i): return ds.craftVillages[i].name
        case .tourism(let i): return ds.tourismModels[i].name
        }
    }

    /// Links to related records, in the order shown.
    static func links(for route: Route, _ s: AppState) -> [DetailLink] {
        let ds = s.dataset
        let idx = s.cache.index
        let lang = s.lang
        func product(_ i: Int) -> DetailLink {
            let p = ds.products[i]
            return DetailLink(label: "◆ " + p.name + "  " + Format.stars(p.certificate?.stars ?? 0), route: .product(i))
        }
        func producer(_ id: String) -> DetailLink? {
            guard let i = ds.producers.firstIndex(where: { $0.id == id }) else { return nil }
            return DetailLink(label: "● " + ds.producers[i].name + " (" + ds.producers[i].type.label(lang) + ")", route: .producer(i))
        }
        func zone(_ id: String) -> DetailLink? {
            guard let i = ds.zones.firstIndex(where: { $0.id == id }) else { return nil }
            return DetailLink(label: "▦ " + ds.zones[i].name, route: .zone(i))
        }
        func district(_ commune: String) -> DetailLink? {
            guard let d = idx.districtOf[commune], let u = idx.unitById[d] else { return nil }
            return DetailLink(label: "⌂ " + u.level.label(lang) + " " + u.name, route: .district(d))
        }
        switch route {
        case .task: return []
        case .product(let i):
            let p = ds.products[i]
            var out: [DetailLink] = []
            if let l = producer(p.producerId) { out.append(l) }
            out += p.zoneIds.compactMap(zone)
            if let l = district(p.communeId) { out.append(l) }
            for (k, v) in ds.craftVillages.enumerated() where v.productIds.contains(p.id) {
                out.append(DetailLink(label: "⌘ " + v.name, route: .village(k)))
            }
            for (k, m) in ds.tourismModels.enumerated() where m.productIds.contains(p.id) {
                out.append(DetailLink(label: "✈ " + m.name, route: .tourism(k)))
            }
            return out
        case .zone(let i):
            let z = ds.zones[i]
            var out = (idx.productsByZone[z.id] ?? []).map(product)
            for ch in z.chains { if let lead = ch.leadProducerId, let l = producer(lead) { out.append(l) } }
            for (k, m) in ds.tourismModels.enumerated() where m.zoneId == z.id {
                out.append(DetailLink(label: "✈ " + m.name, route: .tourism(k)))
            }
            return out
        case .producer(let i):
            let pr = ds.producers[i]
            var out = (idx.productsByProducer[pr.id] ?? []).map(product)
            if let l = district(pr.communeId) { out.append(l) }
            return out
        case .district(let d):
            var out: [DetailLink] = []
            for (k, p) in ds.products.enumerated() where idx.districtOf[p.communeId] == d { out.append(product(k)) }
            for p in ds.producers where idx.districtOf[p.communeId] == d { if let l = producer(p.id) { out.append(l) } }
            for z in ds.zones where z.communeIds.contains(where: { idx.districtOf[$0] == d }) { if let l = zone(z.id) { out.append(l) } }
            for (k, v) in ds.craftVillages.enumerated() where idx.districtOf[v.communeId] == d { out.append(DetailLink(label: "⌘ " + v.name, route: .village(k))) }
            for (k, m) in ds.tourismModels.enumerated() where idx.districtOf[m.communeId] == d { out.append(DetailLink(label: "✈ " + m.name, route: .tourism(k))) }
            return out
        case .village(let i):
            let v = ds.craftVillages[i]
            return v.productIds.compactMap { idx.productIndexById[$0] }.map(product) + [district(v.communeId)].compactMap { $0 }
        case .tourism(let i):
            let m = ds.tourismModels[i]
            var out = m.productIds.compactMap { idx.productIndexById[$0] }.map(product)
            if let z = m.zoneId, let l = zone(z) { out.append(l) }
            if let op = m.operatorProducerId, let l = producer(op) { out.append(l) }
            if let l = district(m.communeId) { out.append(l) }
            return out
        }
    }

    /// Lines of facts about the record.
    static func lines(for route: Route, _ s: AppState) -> [[Span]] {
        let ds = s.dataset
        let idx = s.cache.index
        let lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        func kv(_ k: Msg, _ v: String, _ style: Style = .text) -> [Span] { [Span(t(k) + ": ", Style(.muted)), Span(v, style)] }
        func heading(_ m: Msg) -> [Span] { [Span(""), Span("▌" + t(m), Style(.header))] }
        var out: [[Span]] = []
        switch route {
        case .task(let i):
            let task = ds.tasks[i]
            let status = Rules.status(of: task, on: s.asOf)
            out.append(kv(.status, status.label(lang), status == .overdue ? Style(.danger) : Style(.text, bold: true)))
            let bar = ProgressBar(fraction: Double(task.progress) / 100).text(width: 24)
            out.append([Span(t(.progress) + ": ", Style(.muted)), Span(String(bar.bar.prefix(bar.filled)), Style(.progress)),
                        Span(String(bar.bar.dropFirst(bar.filled)), Style(.progressEmpty)), Span(bar.percent, Style(.text, bold: true))])
            out.append(kv(.lead, idx.agencyById[task.leadAgencyId]?.name ?? task.leadAgencyId))
            out.append(kv(.coordinating, task.coordinatingAgencyIds.map { idx.agencyShortName($0) }.joined(separator: ", ")))
            out.append(kv(.deadline, task.ongoing ? t(.ongoing) : Format.date(task.deadline)))
            out.append(heading(.fullText))
            out.append([Span(task.text)])
            out.append(heading(.actions))
            for a in task.actions {
                let overdue = Rules.isOverdue(a, on: s.asOf)
                let mark = a.doneDate != nil ? "✔" : (overdue ? "⚠" : "•")
                let when = a.doneDate.map { t(.done) + " " + $0.display } ?? (t(.due) + " " + Format.date(a.dueDate))
                out.append([Span(mark + " ", Style(overdue ? .danger : (a.doneDate != nil ? .success : .text))),
                            Span("\(a.title) — \(idx.agencyShortName(a.ownerAgencyId)), \(when), \(a.progress)%", overdue ? Style(.danger) : .text)])
            }
            out.append(heading(.reports))
            for r in task.reports.sorted(by: { $0.date > $1.date }) {
                out.append([Span(r.date.display + "  ", Style(.accent)), Span(r.period + " — " + idx.agencyShortName(r.agencyId), Style(.text, bold: true))])
                out.append([Span("   " + r.narrative)])
                if let figs = r.figures, !figs.isEmpty {
                    out.append([Span("   " + figs.map { "\($0.label): \(Format.number($0.value, decimals: 1, lang))\($0.unit.map { " " + $0 } ?? "")" }.joined(separator: "; "), Style(.muted))])
                }
            }
            out.append(heading(.notes))
            if task.notes.isEmpty { out.append([Span(t(.none), Style(.muted))]) }
            for n in task.notes.sorted(by: { $0.date > $1.date }) {
                out.append([Span(n.date.display + "  ", Style(.accent)), Span("[" + n.kind.label(lang) + "] ", Style(.text, bold: true)), Span(n.text + " — " + n.author)])
            }
        case .product(let i):
            let p = ds.products[i]
            out.append(kv(.producer, idx.producerById[p.producerId]?.name ?? p.producerId))
            out.append(kv(.commune, idx.unitName(p.communeId) + ", " + idx.districtName(ofCommune: p.communeId)))
            out.append(kv(.group, p.group.label(lang) + " — " + p.subgroup + " (" + p.criteriaSet.label(lang) + ")"))
            out.append(kv(.step, "\(p.cycleStep.rawValue)/6 " + (lang == .vi ? p.cycleStep.vi : p.cycleStep.en)))
            if let r = p.rejection { out.append(kv(.rejected, r.date.display + ": " + r.reason, Style(.danger))) }
            if let c = p.certificate {
                let expired = Rules.isExpired(c, on: s.asOf)
                let soon = Rules.expiresWithin(c, days: 90, of: s.asOf)
                var v = Format.stars(c.stars) + "  " + t(.decision) + " " + c.decisionNumber + ", " + t(.issued) + " " + c.issuedOn.display
                v += ", " + t(.expires) + " " + c.expiresOn.display + (expired ? " (" + t(.expired) + ")" : (soon ? " ⚠" : ""))
                out.append(kv(.certificate, v, expired ? Style(.danger) : (soon ? Style(.warning) : Style(.star))))
            } else {
                out.append(kv(.certificate, t(.none), Style(.muted)))
            }
            out.append(kv(.standards, p.standards.isEmpty ? "—" : p.standards.map { $0.label(lang) }.joined(separator: ", ")))
            out.append(kv(.marks, p.marks.isEmpty ? "—" : p.marks.map { $0.kind.label(lang) + " \"" + $0.name + "\"" }.joined(separator: ", ")))
            out.append(heading(.evaluations))
            if p.evaluations.isEmpty { out.append([Span(t(.none), Style(.muted))]) }
            for e in p.evaluations.sorted(by: { $0.date > $1.date }) {
                out.append([Span(e.date.display + "  ", Style(.accent)),
                            Span("A \(e.scoreA) + B \(e.scoreB) + C \(e.scoreC) = \(e.total) → ", .text), Span(Format.stars(e.stars), Style(.star)),
                            Span("  " + e.councilLevel.label(lang) + ", " + e.criteriaSet.label(lang) + ", " + e.kind.label(lang) + (e.decisionNumber.map { ", " + $0 } ?? ""), Style(.muted))])
            }
        case .zone(let i):
            let z = ds.zones[i]
            out.append(kv(.commodity, z.commodity + " (" + z.kind.label(lang) + ")"))
            out.append(kv(.communes, z.communeIds.map { idx.unitName($0) + " (" + idx.districtName(ofCommune: $0) + ")" }.joined(separator: ", ")))
            out.append(kv(.area, Format.hectares(z.areaHa, lang)))
            out.append(kv(.certifiedArea, z.certifiedAreas.isEmpty ? "—" : z.certifiedAreas.map { $0.standard.label(lang) + " " + Format.hectares($0.areaHa, lang) }.joined(separator: "; ")))
            out.append(kv(.highTech, z.highTech ? t(.yes) : t(.no)))
            out.append(kv(.plantingCodes, z.plantingAreaCodes.joined(separator: ", ")))
            let fh = z.fourHas
            out.append(kv(.fourHas, "\(fh.metCount)/4 — " + [("giá trị chất lượng", "quality", fh.qualityValue), ("cạnh tranh", "competitiveness", fh.competitiveness),
                                                             ("thị trường", "market", fh.market), ("hiệu quả", "efficiency", fh.efficiency)]
                .map { (lang == .vi ? $0.0 : $0.1) + " " + ($0.2 == .met ? "✔" : ($0.2 == .partial ? "◐" : "✗")) + " " + $0.2.label(lang) }.joined(separator: "; ")))
            out.append(heading(.chains))
            for ch in z.chains {
                out.append([Span("⛓ " + ch.name, Style(.text, bold: true)), Span(ch.approvedByProvince ? "  ✔ " + t(.approved) : "", Style(.success))])
                out.append([Span("   " + t(.lead) + ": " + (ch.leadProducerId.flatMap { idx.producerById[$0]?.name } ?? ch.leadName)
                                 + "; \(ch.enterprises) DN, \(ch.cooperatives) HTX, \(ch.households) " + t(.households).lowercased() + "; " + Format.hectares(ch.areaHa, lang), Style(.muted))])
            }
        case .producer(let i):
            let p = ds.producers[i]
            out.append(kv(.type, p.type.label(lang)))
            out.append(kv(.commune, idx.unitName(p.communeId) + ", " + idx.districtName(ofCommune: p.communeId)))
            out.append(kv(.representative, p.representative))
            out.append(kv(.registration, p.registrationNumber))
        case .district(let d):
            let st = s.cache.stats
            out.append(kv(.products, "\(st.byDistrict[d] ?? 0)"))
            out.append(kv(.certified, "\(st.certifiedByDistrict[d] ?? 0)"))
            let communes = ds.units.filter { $0.parentId == d }
            out.append(kv(.communes, "\(communes.count): " + communes.map(\.name).joined(separator: ", ")))
            if let u = idx.unitById[d], u.validFrom != nil || u.validTo != nil {
                out.append([Span((lang == .vi ? "Hiệu lực: " : "Valid: ") + Format.date(u.validFrom) + " – " + Format.date(u.validTo), Style(.muted))])
            }
        case .village(let i):
            let v = ds.craftVillages[i]
            out.append(kv(.craftVillage, v.craft))
            out.append(kv(.commune, idx.unitName(v.communeId) + ", " + idx.districtName(ofCommune: v.communeId)))
            out.append(kv(.recognition, v.recognition.label(lang) + (v.recognizedOn.map { " (" + $0.display + ")" } ?? "")))
            out.append(kv(.households, Format.int(v.households, lang)))
        case .tourism(let i):
            let m = ds.tourismModels[i]
            out.append(kv(.type, m.type.label(lang)))
            out.append(kv(.commune, idx.unitName(m.communeId) + ", " + idx.districtName(ofCommune: m.communeId)))
            out.append(kv(.operatorName, m.operatorName))
        }
        return out
    }
}

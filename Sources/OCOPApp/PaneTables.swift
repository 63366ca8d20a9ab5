import OCOPModel
import OCOPText
import TerminalCore

/// How a list pane shows its records: columns, cell text, sort keys, and the record each row opens.
struct TableSpec {
    var columns: [TableColumn]
    var cell: (Int, Int) -> String
    var sortKey: (Int, Int) -> SortKey
    var route: (Int) -> Route
    var style: ((Int, Int) -> Style?)?
}

/// The table of every list pane.
enum PaneTables {
    static func spec(_ pane: Pane, _ s: AppState) -> TableSpec {
        let lang = s.lang
        let ds = s.dataset
        let idx = s.cache.index
        let t = { (m: Msg) in m.text(lang) }
        func fold(_ x: String) -> SortKey { .text(TextFolding.fold(x)) }
        switch pane {
        case .overview, .tasks:
            let asOf = s.asOf
            return TableSpec(
                columns: [TableColumn("#", .fixed(2), align: .right), TableColumn(t(.tasks), .flex(2, min: 12)),
                          TableColumn(t(.status), .flex(1, min: 14)), TableColumn(t(.progress), .fixed(16)),
                          TableColumn(t(.lead), .flex(1, min: 10)), TableColumn(t(.deadline), .fixed(12))],
                cell: { i, c in
                    let task = ds.tasks[i]
                    switch c {
                    case 0: return "\(task.ordinal)"
                    case 1: return lang == .vi ? task.shortTitle : task.shortTitleEn
                    case 2: return Rules.status(of: task, on: asOf).label(lang)
                    case 3:
                        let p = ProgressBar(fraction: Double(task.progress) / 100).text(width: 16)
                        return p.bar + p.percent
                    case 4: return idx.agencyShortName(task.leadAgencyId)
                    default: return task.ongoing ? t(.ongoing) : Format.date(task.deadline)
                    }
                },
                sortKey: { i, c in
                    let task = ds.tasks[i]
                    switch c {
                    case 0: return .number(Double(task.ordinal))
                    case 1: return fold(task.shortTitle)
                    case 2: return fold(Rules.status(of: task, on: asOf).label(lang))
                    case 3: return .number(Double(task.progress))
                    case 4: return fold(idx.agencyShortName(task.leadAgencyId))
                    default: return .number(Double(task.deadline?.dayNumber ?? Int.max))
                    }
                },
                route: { .task($0) },
                style: { i, c in
                    guard c == 2 else { return nil }
                    switch Rules.status(of: ds.tasks[i], on: asOf) {
                    case .overdue: return Style(.danger)
                    case .doneOnTime, .doneLate: return Style(.success)
                    case .notStarted: return Style(.warning)
                    default: return nil
                    }
                })
        case .products:
            let asOf = s.asOf
            return TableSpec(
                columns: [TableColumn(t(.name), .flex(3, min: 14)), TableColumn(t(.producer), .flex(2, min: 10)),
                          TableColumn(t(.district), .flex(1, min: 9)), TableColumn(t(.group), .flex(1, min: 8)),
                          TableColumn(t(.step), .fixed(12)), TableColumn(t(.stars), .fixed(5), align: .right),
                          TableColumn(t(.expires), .fixed(10))],
                cell: { i, c in
                    let p = ds.products[i]
                    switch c {
                    case 0: return p.name
                    case 1: return idx.producerById[p.producerId]?.name ?? p.producerId
                    case 2: return idx.districtName(ofCommune: p.communeId)
                    case 3: return p.group.label(lang)
                    case 4: return p.rejection != nil ? "✗ " + t(.rejected) : "\(p.cycleStep.rawValue). " + (lang == .vi ? p.cycleStep.shortVi : p.cycleStep.shortEn)
                    case 5: return Format.stars(p.certificate?.stars ?? 0)
                    default: return Format.date(p.certificate?.expiresOn)
                    }
                },
                sortKey: { i, c in
                    let p = ds.products[i]
                    switch c {
                    case 0: return .text(s.cache.foldedProducts[i])
                    case 1: return fold(idx.producerById[p.producerId]?.name ?? "")
                    case 2: return fold(idx.districtName(ofCommune: p.communeId))
                    case 3: return fold(p.group.label(lang))
                    case 4: return .number(Double(p.rejection != nil ? 9 : p.cycleStep.rawValue))
                    case 5: return .number(Double(p.certificate?.stars ?? 0))
                    default: return .number(Double(p.certificate?.expiresOn.dayNumber ?? Int.max))
                    }
                },
                route: { .product($0) },
                style: { i, c in
                    let p = ds.products[i]
                    if c == 5, p.certificate != nil { return Style(.star) }
                    if c == 6, let cert = p.certificate {
                        if Rules.isExpired(cert, on: asOf) { return Style(.danger) }
                        if Rules.expiresWithin(cert, days: 90, of: asOf) { return Style(.warning) }
                    }
                    if c == 4, p.rejection != nil { return Style(.danger) }
                    return nil
                })
        case .zones:
            return TableSpec(
                columns: [TableColumn(t(.name), .flex(3, min: 14)), TableColumn(t(.commodity), .flex(1, min: 8)),
                          TableColumn(t(.district), .flex(2, min: 10)), TableColumn(t(.area), .fixed(11), align: .right),
                          TableColumn(t(.certified), .fixed(11), align: .right), TableColumn(t(.chains), .fixed(6), align: .right),
                          TableColumn(t(.products), .fixed(8), align: .right)],
                cell: { i, c in
                    let z = ds.zones[i]
                    switch c {
                    case 0: return z.name
                    case 1: return z.commodity
                    case 2: return districtNames(z.communeIds, idx)
                    case 3: return Format.hectares(z.areaHa, lang)
                    case 4: return Format.hectares(z.certifiedAreas.map(\.areaHa).max() ?? 0, lang)
                    case 5: return "\(z.chains.count)"
                    default: return "\(idx.productsByZone[z.id]?.count ?? 0)"
                    }
                },
                sortKey: { i, c in
                    let z = ds.zones[i]
                    switch c {
                    case 0: return fold(z.name)
                    case 1: return fold(z.commodity)
                    case 2: return fold(districtNames(z.communeIds, idx))
                    case 3: return .number(z.areaHa)
                    case 4: return .number(z.certifiedAreas.map(\.areaHa).max() ?? 0)
                    case 5: return .number(Double(z.chains.count))
                    default: return .number(Double(idx.productsByZone[z.id]?.count ?? 0))
                    }
                },
                route: { .zone($0) }, style: nil)
        case .producers:
            return TableSpec(
                columns: [TableColumn(t(.name), .flex(3, min: 14)), TableColumn(t(.type), .flex(1, min: 10)),
                          TableColumn(t(.district), .flex(1, min: 9)), TableColumn(t(.commune), .flex(1, min: 9)),
                          TableColumn(t(.products), .fixed(8), align: .right)],
                cell: { i, c in
                    let p = ds.producers[i]
                    switch c {
                    case 0: return p.name
                    case 1: return p.type.label(lang)
                    case 2: return idx.districtName(ofCommune: p.communeId)
                    case 3: return idx.unitName(p.communeId)
                    default: return "\(s.cache.productCountByProducer[p.id] ?? 0)"
                    }
                },
                sortKey: { i, c in
                    let p = ds.producers[i]
                    switch c {
                    case 0: return .text(s.cache.foldedProducers[i])
                    case 1: return fold(p.type.label(lang))
                    case 2: return fold(idx.districtName(ofCommune: p.communeId))
                    case 3: return fold(idx.unitName(p.communeId))
                    default: return .number(Double(s.cache.productCountByProducer[p.id] ?? 0))
                    }
                },
                route: { .producer($0) }, style: nil)
        case .districts:
            let st = s.cache.stats
            let communeCount = s.cache.communesByDistrict
            let producerCount = s.cache.producersByDistrict
            let zoneCount = { (d: String) in s.cache.zonesByDistrict[d] ?? 0 }
            return TableSpec(
                columns: [TableColumn(t(.district), .flex(2, min: 12)), TableColumn(t(.communes), .fixed(9), align: .right),
                          TableColumn(t(.products), .fixed(9), align: .right), TableColumn(t(.certified), .fixed(9), align: .right),
                          TableColumn(t(.producers), .fixed(8), align: .right), TableColumn(t(.zones), .fixed(16), align: .right)],
                cell: { i, c in
                    let d = idx.districts[i]
                    switch c {
                    case 0: return d.level.label(lang) + " " + d.name
                    case 1: return "\(communeCount[d.id] ?? 0)"
                    case 2: return "\(st.byDistrict[d.id] ?? 0)"
                    case 3: return "\(st.certifiedByDistrict[d.id] ?? 0)"
                    case 4: return "\(producerCount[d.id] ?? 0)"
                    default: return "\(zoneCount(d.id))"
                    }
                },
                sortKey: { i, c in
                    let d = idx.districts[i]
                    switch c {
                    case 0: return fold(d.name)
                    case 1: return .number(Double(communeCount[d.id] ?? 0))
                    case 2: return .number(Double(st.byDistrict[d.id] ?? 0))
                    case 3: return .number(Double(st.certifiedByDistrict[d.id] ?? 0))
                    case 4: return .number(Double(producerCount[d.id] ?? 0))
                    default: return .number(Double(zoneCount(d.id)))
                    }
                },
                route: { .district(idx.districts[$0].id) }, style: nil)
        case .villages:
            let n = ds.craftVillages.count
            return TableSpec(
                columns: [TableColumn(t(.name), .flex(3, min: 14)), TableColumn(t(.type), .flex(2, min: 12)),
                          TableColumn(t(.district), .flex(1, min: 9)), TableColumn(t(.commune), .flex(1, min: 9)),
                          TableColumn(t(.products), .fixed(8), align: .right)],
                cell: { i, c in
                    if i < n {
                        let v = ds.craftVillages[i]
                        switch c {
                        case 0: return v.name
                        case 1: return v.recognition.label(lang)
                        case 2: return idx.districtName(ofCommune: v.communeId)
                        case 3: return idx.unitName(v.communeId)
                        default: return "\(v.productIds.count)"
                        }
                    }
                    let m = ds.tourismModels[i - n]
                    switch c {
                    case 0: return m.name
                    case 1: return m.type.label(lang)
                    case 2: return idx.districtName(ofCommune: m.communeId)
                    case 3: return idx.unitName(m.communeId)
                    default: return "\(m.productIds.count)"
                    }
                },
                sortKey: { i, c in
                    let name = i < n ? ds.craftVillages[i].name : ds.tourismModels[i - n].name
                    let commune = i < n ? ds.craftVillages[i].communeId : ds.tourismModels[i - n].communeId
                    switch c {
                    case 0: return fold(name)
                    case 1: return .number(i < n ? 0 : 1)
                    case 2: return fold(idx.districtName(ofCommune: commune))
                    case 3: return fold(idx.unitName(commune))
                    default: return .number(Double(i < n ? ds.craftVillages[i].productIds.count : ds.tourismModels[i - n].productIds.count))
                    }
                },
                route: { $0 < n ? .village($0) : .tourism($0 - n) }, style: nil)
        }
    }

    static func districtNames(_ communes: [String], _ idx: DatasetIndex) -> String {
        var seen: [String] = []
        for c in communes {
            let d = idx.districtName(ofCommune: c)
            if !seen.contains(d) { seen.append(d) }
        }
        return seen.joined(separator: ", ")
    }
}

import OCOPModel
import OCOPText
import TerminalCore

/// Pane 3: products with their producer, district, group, cycle step, stars and certificate expiry.
/// The board (`v`) shows the same rows by cycle step: see `ProductBoard`.
enum ProductsPane: ListPane {
    static func count(_ s: AppState) -> Int { s.dataset.products.count }

    static func columns(_ s: AppState) -> [Column] {
        let ds = s.dataset, idx = s.cache.index, lang = s.lang, asOf = s.asOf, keys = s.cache.nameKeys
        let t = { (m: Msg) in m.text(lang) }
        return [
            Column(title: t(.name), width: .flex(3, min: 14), text: { ds.products[$0].name }, sortKey: { .text(keys.product($0)) },
                   order: { keys.productOrder }),
            Column(title: t(.producer), width: .flex(2, min: 10),
                   text: { idx.producerById[ds.products[$0].producerId]?.name ?? ds.products[$0].producerId },
                   sortKey: { idx.producerIndexById[ds.products[$0].producerId].map { .text(keys.producer($0)) } ?? .folded("") },
                   values: {
                       // Producers ranked by the name order; a product whose producer is unknown sorts first.
                       let (rank, count) = keys.producerOrder.ranks()
                       let producerOf = idx.producerOfProduct
                       return ColumnValues(value: { producerOf[$0] < 0 ? 0 : rank[Int(producerOf[$0])] + 1 }, rank: Array(0...count), ranks: count + 1)
                   },
                   readsNameKeys: true),
            Column(title: s.placeColumnTitle, width: .flex(1, min: 9),
                   text: { s.placeName(ofCommune: ds.products[$0].communeId) }, sortKey: { .folded(s.placeName(ofCommune: ds.products[$0].communeId)) },
                   values: {
                       // A place depends only on the commune: one text per commune the products are in.
                       let communeOf = idx.communeOfProduct
                       return ColumnValues(value: { Int(communeOf[$0]) }, texts: idx.productCommuneIds.map { s.placeName(ofCommune: $0) })
                   }),
            Column(title: t(.group), width: .flex(1, min: 8), text: { ds.products[$0].group.label(lang) }, sortKey: { .folded(ds.products[$0].group.label(lang)) },
                   values: {
                       let groups = ProductGroup.allCases
                       return ColumnValues(value: { groups.firstIndex(of: ds.products[$0].group)! }, texts: groups.map { $0.label(lang) })
                   }),
            Column(title: t(.step), width: .fixed(12),
                   text: { i in
                       let p = ds.products[i]
                       return p.rejection != nil ? "✗ " + t(.rejected) : "\(p.cycleStep.rawValue). " + p.cycleStep.shortLabel(lang)
                   },
                   sortKey: { .number(Double(ds.products[$0].rejection != nil ? 9 : ds.products[$0].cycleStep.rawValue)) },
                   style: { ds.products[$0].rejection != nil ? Style(.danger) : nil }),
            // Stars of a valid certificate; hollow when it has expired, ✗ when revoked: never colour alone.
            Column(title: t(.stars), width: .fixed(5), align: .right,
                   text: { Self.starsText(ds.products[$0], asOf) },
                   sortKey: { .number(Rules.isCertified(ds.products[$0], on: asOf) ? Double(Rules.certificate(of: ds.products[$0], on: asOf)?.stars ?? 0) : 0) },
                   style: { Rules.isCertified(ds.products[$0], on: asOf) ? Style(.star) : (ds.products[$0].certificate != nil ? Style(.muted) : nil) }),
            Column(title: t(.expires), width: .fixed(10),
                   text: { Format.date(Rules.certificate(of: ds.products[$0], on: asOf)?.expiresOn) },
                   sortKey: { .number(Double(Rules.certificate(of: ds.products[$0], on: asOf)?.expiresOn.dayNumber ?? Int.max)) },
                   style: { i in
                       guard let cert = Rules.certificate(of: ds.products[i], on: asOf) else { return nil }
                       if Rules.isExpired(cert, on: asOf) { return Style(.danger) }
                       return Rules.expiresWithin(cert, days: 90, of: asOf) ? Style(.warning) : nil
                   }),
        ]
    }

    /// A product's stars as the table shows them: ★ for a valid certificate, ☆ for an expired or suspended one,
    /// ✗ for a revoked one, — for none.
    static func starsText(_ p: Product, _ date: CivilDate) -> String {
        guard let c = Rules.certificate(of: p, on: date) else { return "—" }
        switch Rules.standing(of: p, on: date) {
        case .valid: return Format.stars(c.stars)
        case .revoked: return "✗"
        case .notYetIssued: return "—"
        default: return String(repeating: "☆", count: min(max(c.stars, 0), 5))
        }
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .product(s.dataset.products[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .product(let id) = route else { return nil }
        return s.cache.index.productIndexById[id]
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> { s.cache.productBytes[row] }

    static func filters(_ s: AppState) -> [Filter] {
        s.cache.districtIds.map { .district($0) } + ProductGroup.allCases.map { .group($0) } + [3, 4, 5].map { .stars($0) }
            + [.certificate(.expired), .certificate(.revoked)]
            + CycleStep.allCases.map { .step($0) } + ProducerType.allCases.map { .producerType($0) }
    }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        // Fields are read in place: a copy of the product would retain every one of them, a million times over.
        s.dataset.products.withUnsafeBufferPointer { products in
            switch filter {
            case .district(let d): return s.cache.areaOfProductCommune[Int(s.cache.index.communeOfProduct[row])] == d
            case .group(let g): return products[row].group == g
            case .stars(let n): return Rules.isCertified(products[row], on: s.asOf) && Rules.certificate(of: products[row], on: s.asOf)?.stars == n
            case .certificate(let standing): return Rules.standing(of: products[row], on: s.asOf) == standing
            case .step(let st): return products[row].cycleStep == st && products[row].rejection == nil
            case .producerType(let t): return s.cache.index.producerById[products[row].producerId]?.type == t
            case .taskStatus: return true
            }
        }
    }
}

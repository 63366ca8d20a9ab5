import OCOPModel
import OCOPText
import TerminalCore

/// A record the dashboard can open in detail, named by its id (so a colleague's deletion never makes an open
/// detail show another record).
public enum Route: Hashable, Sendable {
    case task(String), product(String), zone(String), producer(String), unit(String), village(String), tourism(String)
    case meeting(String), agency(String)

    /// The id of the record.
    public var id: String {
        switch self {
        case .task(let id), .product(let id), .zone(let id), .producer(let id), .unit(let id), .village(let id), .tourism(let id), .meeting(let id), .agency(let id): id
        }
    }

    /// The file that holds the record.
    public var file: DatasetFile {
        switch self {
        case .task: .tasks
        case .product: .products
        case .zone: .zones
        case .producer: .producers
        case .unit: .units
        case .village: .craftVillages
        case .tourism: .tourismModels
        case .meeting: .meetings
        case .agency: .agencies
        }
    }
}

/// A related record shown under a detail, which Enter opens.
public struct DetailLink: Sendable {
    public var label: String
    public var route: Route
}

/// What the dashboard shows of a record: a title, lines of facts, and links to related records.
protocol RecordDetail {
    /// The detail's title (and the breadcrumb's last part).
    func detailTitle(_ s: AppState) -> String
    /// Lines of facts about the record.
    func detailLines(_ s: AppState) -> [[Span]]
    /// Related records, in the order shown.
    func detailLinks(_ s: AppState) -> [DetailLink]
}

extension Route {
    /// The record behind the route, when it still exists.
    func record(_ s: AppState) -> (any RecordDetail)? {
        let idx = s.cache.index
        switch self {
        case .task(let id): return idx.task(id)
        case .product(let id): return idx.product(id)
        case .zone(let id): return idx.zoneById[id]
        case .producer(let id): return idx.producerById[id]
        case .unit(let id): return idx.unitById[id]
        case .village(let id): return idx.village(id)
        case .tourism(let id): return idx.tourismModel(id)
        case .meeting(let id): return s.dataset.meetings.first { $0.id == id }
        case .agency(let id): return idx.agencyById[id]
        }
    }

    /// Whether the record still exists.
    func exists(_ s: AppState) -> Bool { record(s) != nil }

    /// The form that edits the record (nil for a meeting: it changes through the deck, and is frozen once closed).
    var editTarget: FormTarget? {
        switch self {
        case .task(let id): .task(id: id)
        case .product(let id): .product(id: id)
        case .zone(let id): .zone(id: id)
        case .producer(let id): .producer(id: id)
        case .unit(let id): .unit(id: id)
        case .village(let id): .craftVillage(id: id)
        case .tourism(let id): .tourism(id: id)
        case .meeting: nil
        case .agency(let id): .agency(id: id)
        }
    }

    /// The change that deletes the record (nil when it is gone).
    func deletion(_ s: AppState) -> RecordChange? {
        let idx = s.cache.index
        switch self {
        case .task(let id): return idx.task(id).map { RecordChange(before: $0, after: nil) }
        case .product(let id): return idx.product(id).map { RecordChange(before: $0, after: nil) }
        case .zone(let id): return idx.zoneById[id].map { RecordChange(before: $0, after: nil) }
        case .producer(let id): return idx.producerById[id].map { RecordChange(before: $0, after: nil) }
        case .unit(let id): return idx.unitById[id].map { RecordChange(before: $0, after: nil) }
        case .village(let id): return idx.village(id).map { RecordChange(before: $0, after: nil) }
        case .tourism(let id): return idx.tourismModel(id).map { RecordChange(before: $0, after: nil) }
        case .agency(let id): return idx.agencyById[id].map { RecordChange(before: $0, after: nil) }
        case .meeting(let id):
            // A closed meeting's record is frozen.
            return s.dataset.meetings.first { $0.id == id && !$0.isFrozen }.map { RecordChange(before: $0, after: nil) }
        }
    }
}

/// The detail of the record behind a route: a thin front over each kind's `+Detail` file.
enum DetailView {
    static func title(for route: Route, _ s: AppState) -> String { route.record(s)?.detailTitle(s) ?? route.id }
    static func links(for route: Route, _ s: AppState) -> [DetailLink] { route.record(s)?.detailLinks(s) ?? [] }
    static func lines(for route: Route, _ s: AppState) -> [[Span]] { route.record(s)?.detailLines(s) ?? [] }

    /// "Label: value" with the label muted.
    static func kv(_ s: AppState, _ k: Msg, _ v: String, _ style: Style = .text) -> [Span] {
        [Span(k.text(s.lang) + ": ", Style(.muted)), Span(v, style)]
    }

    /// A section heading, after an empty line.
    static func heading(_ s: AppState, _ m: Msg) -> [Span] { [Span(""), Span("▌" + m.text(s.lang), Style(.header))] }
}

extension DetailLink {
    /// A link to a product, its stars beside the name.
    static func product(_ p: Product, _ s: AppState) -> DetailLink {
        DetailLink(label: "◆ " + p.name + "  " + ProductsPane.starsText(p, s.asOf), route: .product(p.id))
    }

    /// A link to a producer, with its type.
    static func producer(_ id: String, _ s: AppState) -> DetailLink? {
        guard let p = s.cache.index.producerById[id] else { return nil }
        return DetailLink(label: "● " + p.name + " (" + p.type.label(s.lang) + ")", route: .producer(p.id))
    }

    /// A link to a zone.
    static func zone(_ id: String, _ s: AppState) -> DetailLink? {
        guard let z = s.cache.index.zoneById[id] else { return nil }
        return DetailLink(label: "▦ " + z.name, route: .zone(z.id))
    }

    /// Links to where a record is: its commune on the as-of date (or as registered) and the area around it.
    static func district(ofCommune commune: String, _ s: AppState) -> DetailLink? {
        let places = s.cache.places
        guard let a = places.areaOf[commune], s.cache.index.unitById[a] != nil else { return nil }
        return DetailLink(label: "⌂ " + s.areaLabel(a), route: .unit(a))
    }

    /// A link to the commune a record is in on the as-of date.
    static func commune(_ commune: String, _ s: AppState) -> DetailLink? {
        let now = s.cache.places.commune(onDate: commune)
        guard s.cache.index.unitById[now] != nil else { return nil }
        return DetailLink(label: "⌂ " + s.unitLabel(now), route: .unit(now))
    }

    /// A link to a craft village.
    static func village(_ v: CraftVillage) -> DetailLink { DetailLink(label: "⌘ " + v.name, route: .village(v.id)) }

    /// A link to a tourism model.
    static func tourism(_ m: TourismModel) -> DetailLink { DetailLink(label: "✈ " + m.name, route: .tourism(m.id)) }
}

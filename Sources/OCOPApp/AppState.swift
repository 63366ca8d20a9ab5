import Foundation
import OCOPModel
import OCOPText
import TerminalCore

/// A record the dashboard can open in detail.
public enum Route: Hashable, Sendable {
    case task(Int), product(Int), zone(Int), producer(Int), district(String), village(Int), tourism(Int)
}

/// One filter officials slice by.
public enum Filter: Hashable, Sendable {
    case district(String), group(ProductGroup), stars(Int), step(CycleStep), producerType(ProducerType), taskStatus(TaskStatus)
}

/// A sort order: column and direction.
public struct SortOrder: Hashable, Sendable {
    public var column: Int
    public var ascending: Bool
}

/// What is drawn over the panes.
public enum Overlay: Sendable {
    case none
    case help(scroll: Int)
    case palette(PickerState, [PaletteItem], ChoicePicker)
    case filterPicker(PickerState, [Filter], ChoicePicker)
    case warnings(TableState)
    /// Asking before deleting a record (Cancel is the default): the change, and the record's title.
    case confirmDelete(RecordChange, String, ConfirmState)
    /// The latest lines of the journal, newest first: who changed what, before and after.
    case journal([JournalEntry], TableState)
    /// A form left open when the last session ended: restore it or leave it for later.
    case restoreDraft(FormDraft, ConfirmState)
    /// Choosing among forms or quick changes (which action to update, what to add).
    case chooser(PickerState, [ChooserItem], ChoicePicker)
}

/// An entry of the `:` palette.
public struct PaletteItem: Sendable {
    public var label: String
    public var target: PaletteTarget
}

/// Where a palette entry goes.
public enum PaletteTarget: Sendable {
    case pane(Pane), route(Route), action(Action)
    /// A form to open (records with no pane of their own, such as agencies).
    case form(FormTarget)
    /// Deleting a record with no pane of its own (asks first, refuses while referenced).
    case delete(RecordChange, title: String)
}

/// Search state: the query being typed and whether it is being edited.
public struct SearchState: Sendable {
    public var field = TextFieldState()
    public var editing = false
    public var origin = 0
}

/// Precomputed facts that do not change until the data does: lookups, folded names for search, statistics.
public struct DataCache: Sendable {
    public let index: DatasetIndex
    public let stats: Statistics
    public let foldedProducts: [String]
    public let foldedProducers: [String]
    /// The folded names as bytes, for the search scan.
    public let productBytes: [[UInt8]]
    public let producerBytes: [[UInt8]]
    public let productCountByProducer: [String: Int]
    public let districtIds: [String]
    /// Products whose certificate expires within 90 days of the as-of date, soonest first.
    public let expiring: [Int]
    /// Per district: communes, producers and zones.
    public let communesByDistrict: [String: Int]
    public let producersByDistrict: [String: Int]
    public let zonesByDistrict: [String: Int]

    /// The lookups and figures of a dataset on a date.
    public init(_ ds: Dataset, asOf: CivilDate) {
        self.init(ds, asOf: asOf, previous: nil, change: nil)
    }

    /// The lookups after one record change: the search folds of the records the change did not touch are taken
    /// from `previous` (folding 145k names is the costliest part), the rest is derived afresh.
    public init(_ ds: Dataset, asOf: CivilDate, previous: DataCache?, change: RecordChange?) {
        index = DatasetIndex(ds)
        stats = Statistics(index, on: asOf)
        func reuse<R: DatasetRecord>(_ list: [R], _ file: DatasetFile, _ folded: [String]?, _ bytes: [[UInt8]]?, _ name: (R) -> String) -> ([String], [[UInt8]]) {
            if let folded, let bytes, let previous, let change, change.file == file {
                var f = folded, b = bytes
                let id = change.id
                let oldIndex = file == .products ? previous.index.productIndexById[id] : previous.index.dataset.producers.firstIndex { $0.id == id }
                switch (change.before, change.after, oldIndex) {
                case (_?, _?, let i?) where list.count == f.count && list[i].id == id:
                    f[i] = TextFolding.fold(name(list[i])); b[i] = Array(f[i].utf8)
                    return (f, b)
                case (nil, _?, nil) where list.count == f.count + 1 && list.last?.id == id:
                    f.append(TextFolding.fold(name(list[list.count - 1]))); b.append(Array(f[f.count - 1].utf8))
                    return (f, b)
                case (_?, nil, let i?) where list.count == f.count - 1:
                    f.remove(at: i); b.remove(at: i)
                    return (f, b)
                default: break
                }
            } else if let folded, let bytes, folded.count == list.count, change != nil {
                return (folded, bytes)  // another file changed: these names did not
            }
            let f = list.map { TextFolding.fold(name($0)) }
            return (f, f.map { Array($0.utf8) })
        }
        (foldedProducts, productBytes) = reuse(ds.products, .products, previous?.foldedProducts, previous?.productBytes, { $0.name })
        (foldedProducers, producerBytes) = reuse(ds.producers, .producers, previous?.foldedProducers, previous?.producerBytes, { $0.name })
        expiring = ds.products.indices.filter { i in ds.products[i].certificate.map { Rules.expiresWithin($0, days: 90, of: asOf) } ?? false }
            .sorted { (ds.products[$0].certificate?.expiresOn.dayNumber ?? 0, $0) < (ds.products[$1].certificate?.expiresOn.dayNumber ?? 0, $1) }
        let idx = index
        var communes: [String: Int] = [:], producers: [String: Int] = [:], zones: [String: Int] = [:]
        for u in ds.units where u.level.isCommuneLevel { if let d = idx.districtOf[u.id] { communes[d, default: 0] += 1 } }
        for p in ds.producers { if let d = idx.districtOf[p.communeId] { producers[d, default: 0] += 1 } }
        for z in ds.zones { for d in Set(z.communeIds.compactMap { idx.districtOf[$0] }) { zones[d, default: 0] += 1 } }
        communesByDistrict = communes
        producersByDistrict = producers
        zonesByDistrict = zones
        var counts: [String: Int] = [:]
        for p in ds.products { counts[p.producerId, default: 0] += 1 }
        productCountByProducer = counts
        districtIds = index.districts.map(\.id)
    }
}

/// The whole dashboard as a value: data, where the user is, and what is open.
public struct AppState: Sendable {
    public var dataset: Dataset
    public var cache: DataCache
    public var warnings: [Problem]
    public var asOf: CivilDate
    public var lang: Language
    public var themes: [Theme]
    public var themeIndex: Int
    public var readOnly: Bool
    public var pane: Pane = .overview
    public var productBoard = false
    public var boardColumn = 0
    public var boardRow = [Int](repeating: 0, count: 6)
    public var lists: [Pane: TableState] = [:]
    public var rows: [Pane: [Int]] = [:]
    public var sorts: [Pane: SortOrder] = [:]
    public var filters: [Filter] = []
    public var search = SearchState()
    /// How many rows of the current pane match the search query (kept up to date as the query changes).
    public var searchMatches = 0
    public var stack: [(route: Route, selection: Int, scroll: Int)] = []
    public var overlay: Overlay = .none
    public var message: String?
    public var pendingG = false
    public var size: (width: Int, height: Int) = (80, 24)
    /// The wall clock, advanced by ticks (presentation clock and elapsed time).
    public var now: Date = Date()
    /// The time zone of the presentation clock.
    public var timeZone: TimeZone = .current
    /// Presentation mode, when on.
    public var presentation: PresentationState?
    /// A warning about the files on disk (a colleague's broken save), shown until the files are valid again.
    public var diskWarning: String?
    /// Who is editing, for the journal.
    public var editor: String = ProcessInfo.processInfo.environment["USER"] ?? "ocop"
    /// Counts data replacements, so work prepared for one version of the data is not applied to another.
    public var dataGeneration = 0
    /// The form open for data entry, if any.
    public var form: FormState?
    /// Saved changes that `u` takes back, most recent last; and those `Ctrl-R` puts back.
    public var undoStack: [UndoItem] = []
    public var redoStack: [UndoItem] = []

    /// A dashboard over a loaded dataset.
    public init(dataset: Dataset, warnings: [Problem] = [], asOf: CivilDate, lang: Language = .vi, themes: [Theme] = [.plain],
                themeIndex: Int = 0, readOnly: Bool = false) {
        self.dataset = dataset
        self.cache = DataCache(dataset, asOf: asOf)
        self.warnings = warnings
        self.asOf = asOf
        self.lang = lang
        self.themes = themes.isEmpty ? [.plain] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.readOnly = readOnly
        for p in Pane.allCases where p != .overview { refreshRows(p) }
    }

    /// The theme in use.
    public var theme: Theme { themes[themeIndex] }

    /// The record open in detail, if any.
    public var route: Route? { stack.last?.route }

    /// Replaces the data (after a reload), keeping the pane, selections and open records where they still exist.
    /// `cache`, when given, was computed for `ds` elsewhere (on a background thread, for large datasets).
    public mutating func replaceData(_ ds: Dataset, warnings: [Problem], cache prepared: DataCache? = nil) {
        dataset = ds
        cache = prepared ?? DataCache(ds, asOf: asOf)
        dataGeneration &+= 1
        self.warnings = warnings
        for p in Pane.allCases where p != .overview { refreshRows(p) }
        // Open records that no longer exist are closed.
        stack = stack.filter { entry in
            switch entry.route {
            case .task(let i): return i < ds.tasks.count
            case .product(let i): return i < ds.products.count
            case .zone(let i): return i < ds.zones.count
            case .producer(let i): return i < ds.producers.count
            case .district(let d): return cache.index.unitById[d] != nil
            case .village(let i): return i < ds.craftVillages.count
            case .tourism(let i): return i < ds.tourismModels.count
            }
        }
        let slideCount = slides.count
        if var p = presentation, p.index >= slideCount {
            p.index = slideCount - 1
            presentation = p
        }
    }

    // MARK: - Rows of each pane

    /// Whether a row of a pane matches folded search bytes.
    func matchesSearch(_ pane: Pane, _ i: Int, _ needle: [UInt8]) -> Bool {
        switch pane {
        case .products: return TextFolding.contains(cache.productBytes[i], needle)
        case .producers: return TextFolding.contains(cache.producerBytes[i], needle)
        default: return TextFolding.contains(Array(searchText(pane, i).utf8), needle)
        }
    }

    /// Text of a row for search, per pane.
    func searchText(_ pane: Pane, _ i: Int) -> String {
        let ds = dataset
        switch pane {
        case .overview: return ""
        case .tasks: return TextFolding.fold(ds.tasks[i].shortTitle + " " + ds.tasks[i].text)
        case .products: return cache.foldedProducts[i]
        case .zones: return TextFolding.fold(ds.zones[i].name + " " + ds.zones[i].commodity)
        case .producers: return cache.foldedProducers[i]
        case .districts: return TextFolding.fold(cache.index.districts[i].name)
        case .villages:
            let n = ds.craftVillages.count
            return TextFolding.fold(i < n ? ds.craftVillages[i].name : ds.tourismModels[i - n].name)
        }
    }

    /// How many records a pane lists before filtering.
    func recordCount(_ pane: Pane) -> Int {
        switch pane {
        case .overview: 0
        case .tasks: dataset.tasks.count
        case .products: dataset.products.count
        case .zones: dataset.zones.count
        case .producers: dataset.producers.count
        case .districts: cache.index.districts.count
        case .villages: dataset.craftVillages.count + dataset.tourismModels.count
        }
    }

    /// Whether a record passes the active filters (filters that do not apply to a pane are ignored there).
    func passes(_ pane: Pane, _ i: Int) -> Bool {
        let idx = cache.index
        for f in filters {
            switch (pane, f) {
            case (.products, .district(let d)): if idx.districtOf[dataset.products[i].communeId] != d { return false }
            case (.products, .group(let g)): if dataset.products[i].group != g { return false }
            case (.products, .stars(let s)): if (dataset.products[i].certificate?.stars ?? 0) != s { return false }
            case (.products, .step(let st)): if dataset.products[i].cycleStep != st || dataset.products[i].rejection != nil { return false }
            case (.products, .producerType(let t)): if idx.producerById[dataset.products[i].producerId]?.type != t { return false }
            case (.producers, .district(let d)): if idx.districtOf[dataset.producers[i].communeId] != d { return false }
            case (.producers, .producerType(let t)): if dataset.producers[i].type != t { return false }
            case (.zones, .district(let d)): if !dataset.zones[i].communeIds.contains(where: { idx.districtOf[$0] == d }) { return false }
            case (.tasks, .taskStatus(let s)): if Rules.status(of: dataset.tasks[i], on: asOf) != s { return false }
            case (.districts, .district(let d)): if idx.districts[i].id != d { return false }
            case (.villages, .district(let d)):
                let n = dataset.craftVillages.count
                let commune = i < n ? dataset.craftVillages[i].communeId : dataset.tourismModels[i - n].communeId
                if idx.districtOf[commune] != d { return false }
            default: continue
            }
        }
        return true
    }

    /// Recomputes a pane's filtered, sorted rows; keeps the selected record selected when it is still listed.
    public mutating func refreshRows(_ pane: Pane) {
        let previous = rows[pane].flatMap { r in lists[pane].flatMap { r.indices.contains($0.selected) ? r[$0.selected] : nil } }
        var r = (0..<recordCount(pane)).filter { passes(pane, $0) }
        if let sort = sorts[pane] {
            let spec = PaneTables.spec(pane, self)
            if sort.column < spec.columns.count {
                let keys = r.map { spec.sortKey($0, sort.column) }
                var order = Array(r.indices)
                order.sort { a, b in
                    let c = keys[a].compare(keys[b])
                    if c == 0 { return a < b }
                    return sort.ascending ? c < 0 : c > 0
                }
                r = order.map { r[$0] }
            }
        }
        rows[pane] = r
        var st = lists[pane] ?? TableState()
        if let previous, let pos = r.firstIndex(of: previous) { st.selected = pos }
        st.selected = min(st.selected, max(0, r.count - 1))
        lists[pane] = st
    }

    /// The record index under the selection of a pane.
    public func selectedRecord(_ pane: Pane) -> Int? {
        guard let r = rows[pane], let st = lists[pane], r.indices.contains(st.selected) else { return nil }
        return r[st.selected]
    }
}

/// A value to sort by: text (folded) or a number.
public enum SortKey: Sendable {
    case text(String), number(Double)

    func compare(_ o: SortKey) -> Int {
        switch (self, o) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.text(let a), .text(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.number, .text): return -1
        case (.text, .number): return 1
        }
    }
}

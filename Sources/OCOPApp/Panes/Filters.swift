import OCOPModel
import OCOPText
import TerminalCore

/// One filter officials slice by.
public enum Filter: Hashable, Sendable {
    case district(String), group(ProductGroup), stars(Int), step(CycleStep), producerType(ProducerType), taskStatus(TaskStatus)
    /// Products whose certificate stands so on the as-of date (expired, revoked): apart from the star filter,
    /// which counts valid certificates only.
    case certificate(CertificateStanding)

    /// Filters of one kind replace each other (a new district replaces the old one).
    var kind: Int {
        switch self {
        case .district: 0
        case .group: 1
        case .stars: 2
        case .step: 3
        case .producerType: 4
        case .taskStatus: 5
        case .certificate: 2
        }
    }
}

extension AppState {
    /// A filter as the filter bar and picker show it.
    public func filterLabel(_ f: Filter) -> String {
        let t = { (m: Msg) in m.text(lang) }
        switch f {
        case .district(let d): return areaColumnTitle + ": " + cache.index.unitName(d)
        case .group(let g): return t(.group) + ": " + g.label(lang)
        case .stars(let s): return t(.stars) + ": " + Format.stars(s) + " " + t(.validCertificatesOnly)
        case .certificate(let standing): return t(.certificate) + ": " + (standing == .revoked ? t(.revokedWord) : t(.expired))
        case .step(let s): return t(.step) + ": " + s.numbered(lang)
        case .producerType(let p): return t(.type) + ": " + p.label(lang)
        case .taskStatus(let s): return t(.status) + ": " + s.label(lang)
        }
    }

    /// Opens the filter picker with the filters the pane offers.
    mutating func openFilterPicker() {
        let offered = pane.list?.filters(self) ?? []
        openPicker(.filter, title: Msg.filter.text(lang), entries: offered.map { PickerEntry(label: filterLabel($0), target: .filter($0)) })
    }

    /// Adds a filter, replacing one of the same kind.
    mutating func addFilter(_ f: Filter) {
        filters = filters.filter { $0.kind != f.kind } + [f]
        refreshAllRows()
    }

    /// Drops every filter.
    mutating func clearFilters() {
        filters.removeAll()
        refreshAllRows()
    }
}

import OCOPModel
import OCOPText
import TerminalCore

/// Pane 2: the six conclusion tasks with their status, progress, lead agency and deadline.
enum TasksPane: ListPane {
    static func count(_ s: AppState) -> Int { s.dataset.tasks.count }

    static func columns(_ s: AppState) -> [Column] {
        let ds = s.dataset, lang = s.lang, asOf = s.asOf
        let t = { (m: Msg) in m.text(lang) }
        return [
            Column(title: "#", width: .fixed(2), align: .right,
                   text: { "\(ds.tasks[$0].ordinal)" }, sortKey: { .number(Double(ds.tasks[$0].ordinal)) }),
            Column(title: t(.tasks), width: .flex(2, min: 12),
                   text: { ds.tasks[$0].title(lang) }, sortKey: { .folded(ds.tasks[$0].shortTitle) }),
            Column(title: t(.status), width: .flex(1, min: 14),
                   text: { Rules.status(of: ds.tasks[$0], on: asOf).label(lang) },
                   sortKey: { .folded(Rules.status(of: ds.tasks[$0], on: asOf).label(lang)) },
                   style: { i in
                       switch Rules.status(of: ds.tasks[i], on: asOf) {
                       case .overdue: Style(.danger)
                       case .doneOnTime, .doneLate: Style(.success)
                       case .notStarted: Style(.warning)
                       default: nil
                       }
                   },
                   short: { Self.shortStatus(Rules.status(of: ds.tasks[$0], on: asOf), lang) }),
            Column(title: t(.progress), width: .fixed(16),
                   text: { let p = ProgressBar(fraction: Double(ds.tasks[$0].progress) / 100).text(width: 16); return p.bar + p.percent },
                   sortKey: { .number(Double(ds.tasks[$0].progress)) }),
            Column(title: t(.lead), width: .flex(1, min: 10),
                   text: { s.agencyOnDate(ds.tasks[$0].leadAgencyId) }, sortKey: { .folded(s.agencyOnDate(ds.tasks[$0].leadAgencyId)) }),
            Column(title: t(.deadline), width: .fixed(12),
                   text: { ds.tasks[$0].ongoing ? t(.ongoing) : Format.date(ds.tasks[$0].deadline) },
                   sortKey: { .number(Double(ds.tasks[$0].deadline?.dayNumber ?? Int.max)) }),
        ]
    }

    /// A status as a glyph and a short word, for narrow columns (never colour alone).
    static func shortStatus(_ status: TaskStatus, _ lang: Language) -> String {
        let m: Msg
        switch status {
        case .doneOnTime: m = .statusShortDoneOnTime
        case .doneLate: m = .statusShortDoneLate
        case .inProgress: m = .statusShortInProgress
        case .overdue: m = .statusShortOverdue
        case .notStarted: m = .statusShortNotStarted
        case .ongoing: m = .statusShortOngoing
        }
        return m.text(lang)
    }

    static func route(_ s: AppState, _ row: Int) -> Route { .task(s.dataset.tasks[row].id) }

    static func row(of route: Route, _ s: AppState) -> Int? {
        guard case .task(let id) = route else { return nil }
        return s.cache.index.taskIndexById[id]
    }

    static func searchBytes(_ s: AppState, _ row: Int) -> ArraySlice<UInt8> {
        Array(TextFolding.fold(s.dataset.tasks[row].shortTitle + " " + s.dataset.tasks[row].text).utf8)[...]
    }

    static func filters(_ s: AppState) -> [Filter] { TaskStatus.allCases.map { .taskStatus($0) } }

    static func passes(_ s: AppState, _ row: Int, _ filter: Filter) -> Bool {
        guard case .taskStatus(let st) = filter else { return true }
        return Rules.status(of: s.dataset.tasks[row], on: s.asOf) == st
    }
}

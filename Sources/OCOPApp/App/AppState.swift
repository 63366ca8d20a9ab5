import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// An open record: its route, the selected link and how far its facts are scrolled.
public struct DetailEntry: Sendable {
    public var route: Route
    public var selection = 0
    public var scroll = 0
}

/// The whole dashboard as a value: data, where the user is, and what is open.
public struct AppState: Sendable {
    // The data and the day figures are computed for.
    public var dataset: Dataset
    public var cache: DataCache
    public var warnings: [Problem]
    public var asOf: CivilDate
    /// Counts data replacements, so work prepared for one version of the data is not applied to another.
    public var dataGeneration = 0
    /// A warning about the files on disk (a colleague's broken save), shown until the files are valid again.
    public var diskWarning: String?
    /// The database connection is lost and being retried (shown in red until it is back).
    public var connectionWarning: String?

    // Settings.
    public var lang: Language
    public var themes: [Theme]
    public var themeIndex: Int
    /// Editing is off (`--read-only`, a read-only data directory, or `ocop present` without `--edit`).
    public var readOnly: Bool
    /// Meeting notes may be recorded on task slides even while read-only (`ocop present --allow-notes`).
    public var allowNotes = false
    /// Who is editing, for the journal: `--editor`, else `$USER`, else the login name of the process's user.
    public var editor: String = AppState.defaultEditor()
    /// Why editing is off, when it is for a reason other than the user's choice (a read-only data directory).
    public var readOnlyReason: String?
    /// What changed since the last meeting (the deck's slide after the agenda), when history can tell.
    public var since: SinceReport?
    /// The day whose data is shown, when it was rebuilt from history (`--as-of` a past date): read-only.
    public var historyDate: CivilDate?
    /// The meeting the deck records into (today's, open), if any: notes typed on task slides belong to it.
    public var meetingId: String?

    // Where the user is.
    public var pane: Pane = .overview
    public var board = BoardState()
    public var lists: [Pane: TableState] = [:]
    public var rows: [Pane: [Int]] = [:]
    public var sorts: [Pane: SortOrder] = [:]
    /// Panes sorted by name before the name keys were built (large data, first seconds): their rows are put in order
    /// once the keys are ready (`applyPendingSorts`), the screen never waiting for them.
    public var pendingSorts: Set<Pane> = []
    public var filters: [Filter] = []
    public var search = SearchState()
    /// How many rows of the current pane match the search query (kept up to date as the query changes).
    public var searchMatches = 0
    /// Open records, the last one shown.
    public var stack: [DetailEntry] = []
    /// The item of the overview's lists under the cursor (expiring certificates, then overdue work).
    public var overviewFocus: Int?
    /// The first key of a two-key binding (`g g`), waiting for the second.
    public var pendingChord: Key?

    // What is open.
    public var overlay: Overlay = .none
    /// The form open for data entry, if any.
    public var form: FormState?
    /// Presentation mode, when on.
    public var presentation: PresentationState?
    /// The meeting's deck while the dashboard is shown (Esc): `p` resumes it at its slide, its clock running.
    public var parkedPresentation: PresentationState?
    /// The line of feedback in the footer.
    public var message: String?

    // Undo.
    /// Saved changes that `u` takes back, most recent last; and those `Ctrl-R` puts back.
    public var undoStack: [UndoItem] = []
    public var redoStack: [UndoItem] = []

    // The terminal and the clock.
    public var size: (width: Int, height: Int) = (80, 24)
    /// The wall clock, advanced by ticks (presentation clock and elapsed time).
    public var now: Date = Date()
    /// The time zone of the presentation clock.
    public var timeZone: TimeZone = .current

    /// A dashboard over a loaded dataset; `index` and `statistics`, when given, are the loader's, for that dataset
    /// (and the figures for `asOf`).
    public init(dataset: Dataset, warnings: [Problem] = [], asOf: CivilDate, lang: Language = .vi, themes: [Theme] = [.plain],
                themeIndex: Int = 0, readOnly: Bool = false, index: DatasetIndex? = nil, statistics: Statistics? = nil) {
        self.dataset = dataset
        self.cache = DataCache(dataset, asOf: asOf, index: index, statistics: statistics)
        self.warnings = warnings
        self.asOf = asOf
        self.lang = lang
        self.themes = themes.isEmpty ? [.plain] : themes
        self.themeIndex = min(max(0, themeIndex), self.themes.count - 1)
        self.readOnly = readOnly
        refreshAllRows()
    }

    /// The name the journal gives the person at the keyboard when `--editor` does not: `$USER`, else the login name.
    public static func defaultEditor(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let u = environment["USER"], !u.isEmpty { return u }
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return "uid-\(getuid())"
    }

    /// The theme in use.
    public var theme: Theme { themes[themeIndex] }

    /// The record open in detail, if any.
    public var route: Route? { stack.last?.route }

    /// The record under the cursor: the open detail, or the selected row or card of the pane.
    public var focusedRoute: Route? {
        if let r = route { return r }
        if onBoard { return boardRoute }
        return selectedRoute(pane)
    }

    /// Replaces the data (after a reload or a save), keeping the pane and the selections where their records still
    /// exist. An open record a colleague deleted closes, with a message saying so. `cache`, when given, was
    /// computed for `ds` elsewhere (on a background thread, for large datasets).
    public mutating func replaceData(_ ds: Dataset, warnings: [Problem], cache prepared: DataCache? = nil) {
        let kept = Dictionary(uniqueKeysWithValues: Pane.allCases.compactMap { p in selectedRoute(p).map { (p, $0) } })
        dataset = ds
        cache = prepared ?? DataCache(ds, asOf: asOf)
        dataGeneration &+= 1
        self.warnings = warnings
        for p in Pane.allCases where p.list != nil { refreshRows(p, keeping: kept[p]) }
        let gone = stack.filter { !$0.route.exists(self) }
        if !gone.isEmpty {
            let state = self
            stack.removeAll { !$0.route.exists(state) }
            message = Msg.openRecordDeleted.text(lang, gone.map { $0.route.id }.joined(separator: ", "))
        }
        var entries = stack
        for i in entries.indices {
            let n = DetailView.links(for: entries[i].route, self).count
            entries[i].selection = min(entries[i].selection, max(0, n - 1))
        }
        stack = entries
        let slideCount = slides.count
        if var p = presentation, p.index >= slideCount {
            p.index = slideCount - 1
            presentation = p
        }
    }
}

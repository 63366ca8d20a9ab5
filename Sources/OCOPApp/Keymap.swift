import OCOPModel
import TerminalCore

/// The panes of the dashboard, in tab order.
public enum Pane: Int, CaseIterable, Sendable, Hashable {
    case overview, tasks, products, zones, producers, districts, villages

    /// The pane's title in a language.
    public func title(_ lang: Language) -> String {
        switch self {
        case .overview: Msg.overview.text(lang)
        case .tasks: Msg.tasks.text(lang)
        case .products: Msg.products.text(lang)
        case .zones: Msg.zones.text(lang)
        case .producers: Msg.producers.text(lang)
        case .districts: Msg.districts.text(lang)
        case .villages: Msg.villagesTourism.text(lang)
        }
    }
}

/// Everything a key can ask the dashboard to do.
public enum Action: Hashable, Sendable {
    case quit, help, back, open, down, up, pageDown, pageUp, top, bottom, left, right
    case gotoPane(Pane), nextPane, prevPane
    case search, nextMatch, prevMatch, filter, clearFilters, sortNext, sortReverse, palette
    case toggleLang, cycleTheme, toggleView, showWarnings, present, showJournal
    case add, edit, delete, undo, redo
    case report, note, updateAction, actionDone, nextStep, reject, evaluate, addChain, manageReports, manageNotes, manageEvaluations
}

/// Where a binding applies: everywhere, in lists and tables, on the product pane, in a record's detail, on any
/// record (editing), or on a task, product or zone (its quick actions).
public enum Scope: String, CaseIterable, Sendable, Hashable {
    case global, list, products, detail, records, task, product, zone
}

/// One key binding: its keys, action, scope, help text in both languages, and whether the footer shows it.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: Scope
    public var vi: String
    public var en: String
    public var footer: Bool

    public func help(_ lang: Language) -> String { lang == .vi ? vi : en }
    /// The keys as help and README write them: "j, ↓".
    public var keyLabel: String { keys.map(\.description).joined(separator: ", ") }
}

/// The one keymap table: dispatch, the footer, `?` help and the README's key reference all come from it.
public enum Keymap {
    static func b(_ keys: [Key], _ action: Action, _ scope: Scope, _ msg: Msg, footer: Bool = false) -> Binding {
        Binding(keys: keys, action: action, scope: scope, vi: msg.text(.vi), en: msg.text(.en), footer: footer)
    }

    public static let bindings: [Binding] = {
        var list: [Binding] = [
            b([.char("q")], .quit, .global, .quit, footer: true),
            b([.char("?")], .help, .global, .help, footer: true),
            b([.escape], .back, .global, .back, footer: true),
            b([.tab], .nextPane, .global, .nextPane),
            b([.backTab], .prevPane, .global, .prevPane),
            b([.char(":")], .palette, .global, .palette, footer: true),
            b([.char("L")], .toggleLang, .global, .lang),
            b([.char("T")], .cycleTheme, .global, .theme),
            b([.char("w")], .showWarnings, .global, .warnings),
            b([.char("J")], .showJournal, .global, .journal),
            b([.char("p")], .present, .global, .present),
            b([.char("j"), .down], .down, .list, .down),
            b([.char("k"), .up], .up, .list, .up),
            b([.pageDown, .ctrl("d")], .pageDown, .list, .pageDown),
            b([.pageUp, .ctrl("b")], .pageUp, .list, .pageUp),
            b([.home, .char("g")], .top, .list, .top),
            b([.end, .char("G")], .bottom, .list, .bottom),
            b([.enter], .open, .list, .open, footer: true),
            b([.char("/")], .search, .list, .search, footer: true),
            b([.char("n")], .nextMatch, .list, .nextMatch),
            b([.char("N")], .prevMatch, .list, .prevMatch),
            b([.char("f")], .filter, .list, .filter, footer: true),
            b([.char("x")], .clearFilters, .list, .clearFilters),
            b([.char("s")], .sortNext, .list, .sort),
            b([.char("S")], .sortReverse, .list, .reverseSort),
            b([.char("v")], .toggleView, .products, .toggleView, footer: true),
            b([.char("h"), .left], .left, .products, .prevPane),
            b([.char("l"), .right], .right, .products, .nextPane),
            b([.char("j"), .down], .down, .detail, .down),
            b([.char("k"), .up], .up, .detail, .up),
            b([.enter], .open, .detail, .open, footer: true),
            b([.pageDown], .pageDown, .detail, .pageDown),
            b([.pageUp], .pageUp, .detail, .pageUp),
            b([.char("u")], .undo, .global, .undo),
            b([.ctrl("r")], .redo, .global, .redo),
            b([.char("a")], .add, .records, .add, footer: true),
            b([.char("e")], .edit, .records, .edit, footer: true),
            b([.char("d"), .delete], .delete, .records, .delete),
            b([.char("r")], .report, .task, .report, footer: true),
            b([.char("m")], .note, .task, .noteAction, footer: true),
            b([.char("R")], .manageReports, .task, .manageReports),
            b([.char("M")], .manageNotes, .task, .manageNotes),
            b([.char("A")], .updateAction, .task, .updateAction),
            b([.char("D")], .actionDone, .task, .actionDone),
            b([.char(">")], .nextStep, .product, .nextStep, footer: true),
            b([.char("X")], .reject, .product, .reject),
            b([.char("c")], .evaluate, .product, .evaluate, footer: true),
            b([.char("C")], .manageEvaluations, .product, .manageEvaluations),
            b([.char("c")], .addChain, .zone, .addChain, footer: true),
        ]
        for p in Pane.allCases {
            let digit = Character(String(p.rawValue + 1))
            list.append(Binding(keys: [.char(digit), .function(p.rawValue + 1)], action: .gotoPane(p), scope: .global,
                                vi: p.title(.vi), en: p.title(.en), footer: false))
        }
        return list
    }()

    /// The action for a key in the active scopes (most specific first), if any.
    public static func action(for key: Key, scopes: [Scope]) -> Action? {
        for s in scopes {
            if let b = bindings.first(where: { $0.scope == s && $0.keys.contains(key) }) { return b.action }
        }
        return nil
    }

    /// Keys bound twice within one scope (must be empty).
    public static func conflicts() -> [(Scope, Key)] {
        var out: [(Scope, Key)] = []
        for s in Scope.allCases {
            var seen = Set<Key>()
            for b in bindings where b.scope == s {
                for k in b.keys {
                    if seen.contains(k) { out.append((s, k)) }
                    seen.insert(k)
                }
            }
        }
        return out
    }

    /// The key reference as Markdown, for README.
    public static func markdown() -> String {
        var s = "| scope | keys | vi | en |\n|---|---|---|---|\n"
        for b in bindings {
            s += "| \(b.scope.rawValue) | \(b.keyLabel.replacingOccurrences(of: "|", with: "\\|")) | \(b.vi) | \(b.en) |\n"
        }
        return s
    }
}

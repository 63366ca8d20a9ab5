import OCOPModel
import TerminalCore
import OCOPText

/// Everything a key can ask the dashboard to do.
public enum Action: Hashable, Sendable {
    // Everywhere.
    case quit, suspend, help, back, palette, nextPane, prevPane, gotoPane(Pane), toggleLang, cycleTheme, showWarnings, showJournal, present
    // Lists, the board and details.
    case down, up, pageDown, pageUp, top, bottom, open, search, nextMatch, prevMatch, filter, clearFilters, sortNext, sortReverse
    case sortPrevColumn, sortNextColumn, toggleView, boardLeft, boardRight
    // Editing records.
    case add, edit, delete, undo, redo
    case report, note, updateAction, actionDone, nextStep, reject, evaluate, addChain, manageReports, manageNotes, manageEvaluations
    /// An editing key inside typed text (the key itself says which).
    case editText
    // The search line.
    case searchDone, searchCancel
    // Pickers (palette, filters, choosers, a field's options).
    case pickerChoose, pickerClose, pickerToggle, pickerDelete
    // Confirm dialogs.
    case dialogSwitch, dialogPress, dialogCancel
    /// Closes help, the journal or the warnings.
    case closeOverlay
    // Forms.
    case nextField, prevField, save, cancelForm, quitForm, toggleFlag, choicePrev, choiceNext, clearValue, removeLast, pickValue
    // The conflict view.
    case keepMine, takeTheirs, backToForm
    // The deck.
    case nextSlide, prevSlide, firstSlide, lastSlide, typeSlideNumber, jumpToSlide, recordNote, leaveDeck, saveNote, cancelNote, scrollSlideDown, scrollSlideUp
    case closeMeeting
}

/// Where a binding applies. The active scopes depend on what is open (see `AppState.scopes`), most specific first.
public enum Scope: String, CaseIterable, Sendable, Hashable {
    case always, global, overview, list, table, board, products, detail, records, task, product, zone
    case text, search, picker, fieldPicker, chooser, dialog, help, journal, warnings
    case form, formField, formChoice, formFlag, formPick, conflict
    case deck, deckNote
}

/// One key binding: its keys, action, scope, help text in both languages, and whether the footer shows it.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: Scope
    /// The help text, from the strings catalog (a message, or a pane's title).
    let text: @Sendable (Language) -> String
    public var footer: Bool
    /// The keys as help writes them when listing each would be noise ("0–9").
    public var label: String?
    /// Whether the (single) key must be pressed twice in a row: `g g`.
    public var chord: Bool

    /// The help text in a language.
    public func help(_ lang: Language) -> String { text(lang) }

    /// The keys as help and README write them: "j, ↓"; "g g" for a chord.
    public var keyLabel: String {
        if let label { return label }
        return keys.map { chord ? "\($0) \($0)" : $0.description }.joined(separator: ", ")
    }
}

/// The one keymap table: dispatch, the footer, `?` help and the README's key reference all come from it.
public enum Keymap {
    static func b(_ keys: [Key], _ action: Action, _ scope: Scope, _ msg: Msg, footer: Bool = false, label: String? = nil, chord: Bool = false) -> Binding {
        Binding(keys: keys, action: action, scope: scope, text: { msg.text($0) }, footer: footer, label: label, chord: chord)
    }

    public static let bindings: [Binding] = {
        var list: [Binding] = [
            b([.ctrl("c")], .quit, .always, .quit),
            b([.ctrl("z")], .suspend, .always, .keySuspend),
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
            b([.char("u")], .undo, .global, .undo),
            b([.ctrl("r")], .redo, .global, .redo),
        ]
        for p in Pane.allCases {
            let digit = Character(String(p.rawValue + 1))
            list.append(Binding(keys: [.char(digit), .function(p.rawValue + 1)], action: .gotoPane(p), scope: .global,
                                text: { p.title($0) }, footer: false, label: nil, chord: false))
        }
        list += [
            b([.char("j"), .down], .down, .overview, .overviewNext),
            b([.char("k"), .up], .up, .overview, .overviewPrev),
            b([.enter], .open, .overview, .overviewOpen, footer: true),
            b([.char("/")], .palette, .overview, .overviewSearch, footer: true),
            b([.char("j"), .down], .down, .list, .down),
            b([.char("k"), .up], .up, .list, .up),
            b([.pageDown, .ctrl("d")], .pageDown, .list, .pageDown),
            b([.pageUp, .ctrl("b")], .pageUp, .list, .pageUp),
            b([.home], .top, .list, .top),
            b([.char("g")], .top, .list, .top, chord: true),
            b([.end, .char("G")], .bottom, .list, .bottom),
            b([.enter], .open, .list, .open, footer: true),
            b([.char("/")], .search, .list, .search, footer: true),
            b([.char("n")], .nextMatch, .list, .nextMatch),
            b([.char("N")], .prevMatch, .list, .prevMatch),
            b([.char("f")], .filter, .list, .filter, footer: true),
            b([.char("x")], .clearFilters, .list, .clearFilters),
            b([.char("s")], .sortNext, .list, .sort),
            b([.char("S")], .sortReverse, .list, .reverseSort),
            b([.char("h"), .left], .sortPrevColumn, .table, .sortPrevColumn),
            b([.char("l"), .right], .sortNextColumn, .table, .sortNextColumn),
            b([.char("v")], .toggleView, .products, .toggleView, footer: true),
            b([.char("h"), .left], .boardLeft, .board, .boardPrevColumn),
            b([.char("l"), .right], .boardRight, .board, .boardNextColumn),
            b([.char("j"), .down], .down, .detail, .down),
            b([.char("k"), .up], .up, .detail, .up),
            b([.enter], .open, .detail, .open, footer: true),
            b([.pageDown], .pageDown, .detail, .pageDown),
            b([.pageUp], .pageUp, .detail, .pageUp),
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
        list += overlayBindings + formBindings + deckBindings
        return list
    }()

    /// Typing, the search line, pickers, dialogs, help, the journal and the warnings.
    static let overlayBindings: [Binding] = [
        b([.left, .right], .editText, .text, .keyCursor),
        b([.home, .ctrl("a")], .editText, .text, .keyLineStart),
        b([.end, .ctrl("e")], .editText, .text, .keyLineEnd),
        b([.backspace], .editText, .text, .keyBackspace),
        b([.delete], .editText, .text, .keyDeleteForward),
        b([.ctrl("u")], .editText, .text, .keyDeleteToStart),
        b([.ctrl("k")], .editText, .text, .keyDeleteToEnd),
        b([.enter], .searchDone, .search, .keySearchDone, footer: true),
        b([.escape], .searchCancel, .search, .keySearchCancel, footer: true),
        b([.function(1)], .help, .search, .help),
        b([.down, .ctrl("n")], .down, .picker, .down),
        b([.up, .ctrl("p")], .up, .picker, .up),
        b([.enter], .pickerChoose, .picker, .keyChoose, footer: true),
        b([.escape], .pickerClose, .picker, .keyClose, footer: true),
        b([.function(1)], .help, .picker, .help),
        b([.tab], .pickerClose, .fieldPicker, .keyClose),
        b([.char(" ")], .pickerToggle, .fieldPicker, .keyToggleChoice),
        b([.delete], .pickerDelete, .chooser, .keyDeleteEntry, footer: true),
        b([.left, .right, .tab, .backTab, .char("h"), .char("l")], .dialogSwitch, .dialog, .keyOtherButton),
        b([.enter], .dialogPress, .dialog, .keyPressButton, footer: true),
        b([.escape, .char("q"), .char("n")], .dialogCancel, .dialog, .keyCancel, footer: true),
        b([.char("?")], .help, .dialog, .help),
        b([.escape, .char("q"), .char("?"), .enter], .closeOverlay, .help, .keyClose, footer: true),
        b([.char("j"), .down], .down, .help, .down),
        b([.char("k"), .up], .up, .help, .up),
        b([.pageDown], .pageDown, .help, .pageDown),
        b([.pageUp], .pageUp, .help, .pageUp),
        b([.escape, .char("q"), .char("J")], .closeOverlay, .journal, .keyClose, footer: true),
        b([.enter], .open, .journal, .keyOpenRecord, footer: true),
        b([.char("j"), .down], .down, .journal, .down),
        b([.char("k"), .up], .up, .journal, .up),
        b([.pageDown], .pageDown, .journal, .pageDown),
        b([.pageUp], .pageUp, .journal, .pageUp),
        b([.char("?")], .help, .journal, .help),
        b([.escape, .char("q"), .char("w")], .closeOverlay, .warnings, .keyClose, footer: true),
        b([.char("j"), .down], .down, .warnings, .down),
        b([.char("k"), .up], .up, .warnings, .up),
        b([.char("?")], .help, .warnings, .help),
    ]

    /// Forms, their fields and the conflict view.
    static let formBindings: [Binding] = [
        b([.tab, .down], .nextField, .form, .keyNextField, footer: true),
        b([.backTab, .up], .prevField, .form, .keyPrevField),
        b([.enter, .ctrl("s")], .save, .form, .keySave, footer: true),
        b([.escape], .cancelForm, .form, .keyCancel, footer: true),
        b([.ctrl("c")], .quitForm, .form, .quit, footer: true),
        b([.ctrl("z")], .suspend, .form, .keySuspend),
        b([.function(1)], .help, .form, .help),
        b([.char("q")], .quitForm, .formField, .quit),
        b([.char("?")], .help, .formField, .help),
        b([.left], .choicePrev, .formChoice, .keyChoicePrev),
        b([.right], .choiceNext, .formChoice, .keyChoiceNext),
        b([.char(" ")], .pickValue, .formChoice, .keyFindAndChoose),
        b([.char(" ")], .toggleFlag, .formFlag, .keyToggle),
        b([.char(" ")], .pickValue, .formPick, .keyFindAndChoose),
        b([.backspace], .removeLast, .formPick, .keyRemoveLast),
        b([.delete], .clearValue, .formPick, .keyClearValue),
        b([.char("m")], .keepMine, .conflict, .keyKeepMine, footer: true),
        b([.char("t")], .takeTheirs, .conflict, .keyTakeTheirs, footer: true),
        b([.escape], .backToForm, .conflict, .keyBackToForm, footer: true),
        b([.char("?")], .help, .conflict, .help),
    ]

    /// The meeting deck and the note typed on a task's slide.
    static let deckBindings: [Binding] = [
        b([.right, .char(" "), .pageDown, .char("l"), .char("j")], .nextSlide, .deck, .keyNextSlide, footer: true),
        b([.left, .pageUp, .backspace, .char("h"), .char("k")], .prevSlide, .deck, .keyPrevSlide, footer: true),
        b([.down], .scrollSlideDown, .deck, .keyScrollSlideDown),
        b([.up], .scrollSlideUp, .deck, .keyScrollSlideUp),
        b([.home], .firstSlide, .deck, .keyFirstSlide),
        b([.end], .lastSlide, .deck, .keyLastSlide),
        b((0...9).map { .char(Character(String($0))) }, .typeSlideNumber, .deck, .keySlideNumber, label: "0–9"),
        b([.enter], .jumpToSlide, .deck, .keyJumpToSlide),
        b([.char("n")], .recordNote, .deck, .keyRecordNote),
        b([.char("Z")], .closeMeeting, .deck, .keyCloseMeeting),
        b([.escape], .leaveDeck, .deck, .keyLeaveDeck, footer: true),
        b([.char("T")], .cycleTheme, .deck, .theme),
        b([.char("L")], .toggleLang, .deck, .lang),
        b([.char("?")], .help, .deck, .help),
        b([.char("q")], .quit, .deck, .quit, footer: true),
        b([.enter, .ctrl("s")], .saveNote, .deckNote, .keySave, footer: true),
        b([.escape], .cancelNote, .deckNote, .keyCancel, footer: true),
        b([.ctrl("z")], .suspend, .deckNote, .keySuspend),
        b([.function(1)], .help, .deckNote, .help),
    ]

    /// The binding for a key in the active scopes (most specific first), if any.
    public static func binding(for key: Key, scopes: [Scope]) -> Binding? {
        for s in scopes {
            if let b = bindings.first(where: { $0.scope == s && $0.keys.contains(key) }) { return b }
        }
        return nil
    }

    /// The action for a key in the active scopes (most specific first), if any.
    public static func action(for key: Key, scopes: [Scope]) -> Action? { binding(for: key, scopes: scopes)?.action }

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
            s += "| \(b.scope.rawValue) | \(b.keyLabel.replacingOccurrences(of: "|", with: "\\|")) | \(b.help(.vi)) | \(b.help(.en)) |\n"
        }
        return s
    }
}

import OCOPModel
import OCOPText
import TerminalCore

extension AppState {
    /// The scopes active now, most specific first: what is open decides which keys act.
    public var scopes: [Scope] {
        if case .help = overlay { return [.help, .always] }
        if let p = presentation { return p.note != nil ? [.deckNote, .text] : [.deck, .always] }
        if let f = form { return formScopes(f) }
        switch overlay {
        case .picker(let p): return (p.kind == .chooser ? [.chooser] : []) + [.picker, .text, .always]
        case .confirmDelete, .restoreDraft: return [.dialog, .always]
        case .journal: return [.journal, .always]
        case .warnings: return [.warnings, .always]
        case .none, .help: break
        }
        if search.editing { return [.search, .text, .always] }
        return baseScopes
    }

    /// The scopes of the pane or detail under any overlay.
    var baseScopes: [Scope] {
        // The kind of record in focus, from the open detail or the pane (asked on every key and frame: no row lookup).
        var kind: [Scope] = []
        switch route {
        case .task?: kind = [.task]
        case .product?: kind = [.product]
        case .zone?: kind = [.zone]
        case nil where pane == .tasks: kind = [.task]
        case nil where pane == .products: kind = [.product]
        case nil where pane == .zones: kind = [.zone]
        default: break
        }
        if route != nil { return [.detail] + kind + [.records, .global, .always] }
        if pane == .products { return [board.shown ? .board : .table, .products] + kind + [.list, .records, .global, .always] }
        return pane == .overview ? [.overview, .global, .always] : [.table, .list] + kind + [.records, .global, .always]
    }

    /// The scopes of an open form: its own state first (a conflict, a question, a picker), then the focused field's.
    func formScopes(_ f: FormState) -> [Scope] {
        if f.conflict != nil { return [.conflict] }
        if f.question != nil { return [.dialog] }
        if f.picker != nil { return [.fieldPicker, .picker, .text] }
        guard let field = f.focused else { return [.form] }
        switch field.kind {
        case .text, .longText, .integer, .decimal, .date: return [.text, .form]
        case .choice: return [.formChoice, .formField, .form]
        case .flag: return [.formFlag, .formField, .form]
        case .reference, .references, .multiChoice: return [.formPick, .formField, .form]
        }
    }

    /// Whether typed characters go into text now (a field, a query, the search line or a note) rather than to keys.
    var typingScope: Bool { scopes.contains(.text) }

    /// A scope's name as help titles it.
    func scopeTitle(_ scope: Scope) -> String {
        let m: Msg
        switch scope {
        case .always, .global: m = .global
        case .records: m = .scopeRecords
        case .task: m = .scopeTask
        case .product: m = .scopeProduct
        case .zone: m = .scopeZone
        case .detail: m = .scopeDetail
        case .list, .table, .board, .products, .overview: m = .keysOfPane
        case .text: m = .scopeText
        case .search: m = .scopeSearch
        case .picker, .fieldPicker, .chooser: m = .scopePicker
        case .dialog: m = .scopeDialog
        case .help: m = .helpTitle
        case .journal: m = .journal
        case .warnings: m = .warnings
        case .form, .formField, .formChoice, .formFlag, .formPick: m = .scopeForm
        case .conflict: m = .scopeConflict
        case .deck: m = .scopeDeck
        case .deckNote: m = .scopeDeckNote
        }
        return m.text(lang)
    }
}

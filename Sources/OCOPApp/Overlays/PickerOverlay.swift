import OCOPModel
import OCOPText
import TerminalCore

/// What is drawn over the panes.
public enum Overlay: Sendable {
    case none
    /// The keys of the context `?` was pressed in.
    case help(HelpState)
    /// The palette, the filter picker or a chooser: one picker whose entries say what Enter does.
    case picker(PickerOverlay)
    case warnings(TableState)
    /// Asking before deleting a record or a part of one (Cancel is the default): the change, the title shown, and
    /// how the journal names it.
    case confirmDelete(RecordChange, String, ConfirmState, JournalAction)
    /// The latest saved changes of the journal, newest first: who changed what, before and after.
    case journal([JournalChange], TableState)
    /// A form left open when the last session ended: restore it or leave it for later.
    case restoreDraft(FormDraft, ConfirmState)
}

/// A picker over the panes: the palette, the filters, or a chooser (which report, which action, what to add).
public struct PickerOverlay: Sendable {
    /// Which picker it is (a chooser's entries can be deleted with Del).
    public enum Kind: Sendable, Hashable { case palette, filter, chooser }
    public var kind: Kind
    public var state: PickerState
    public var picker: ChoicePicker
    public var entries: PickerEntries
}

/// A picker's entries: a list, or for the palette a list around every producer and product, whose entries are made
/// when read (opening the palette over a million records copies none of them).
public struct PickerEntries: Sendable, RandomAccessCollection {
    private let head: [PickerEntry]
    private let producers: [Producer]
    private let products: [Product]
    private let tail: [PickerEntry]

    /// Entries from a list.
    public init(_ list: [PickerEntry]) { self.init(head: list, producers: [], products: [], tail: []) }

    /// `head`, then an entry opening each producer and each product (by name), then `tail`.
    init(head: [PickerEntry], producers: [Producer], products: [Product], tail: [PickerEntry]) {
        self.head = head
        self.producers = producers
        self.products = products
        self.tail = tail
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { head.count + producers.count + products.count + tail.count }

    public subscript(i: Int) -> PickerEntry {
        var k = i
        if k < head.count { return head[k] }
        k -= head.count
        if k < producers.count { return PickerEntry(label: producers[k].name, target: .route(.producer(producers[k].id))) }
        k -= producers.count
        if k < products.count { return PickerEntry(label: products[k].name, target: .route(.product(products[k].id))) }
        return tail[k - products.count]
    }

    /// The entries' labels, made when drawn.
    var labels: PickerLabels { PickerLabels(count: count) { self[$0].label } }
}

/// An entry of a picker: its label and what choosing it does.
public struct PickerEntry: Sendable {
    public var label: String
    public var target: PickerTarget
}

/// What choosing a picker entry does.
public enum PickerTarget: Sendable {
    case pane(Pane), route(Route), action(Action), filter(Filter)
    /// A form to open (a record with no pane of its own, a part of a record, a record to add).
    case form(FormTarget)
    /// Deleting a record with no pane of its own (asks first, refuses while referenced).
    case delete(RecordChange, title: String)
    /// A change saved at once (marking an action done).
    case commit(RecordChange, JournalAction)
}

extension AppState {
    /// Opens a picker over entries; `folded` may pass the labels already folded for matching.
    mutating func openPicker(_ kind: PickerOverlay.Kind, title: String, entries: [PickerEntry], folded: [String]? = nil) {
        let picker = ChoicePicker(title: title, options: entries.map(\.label), folded: folded)
        var state = PickerState()
        picker.refresh(&state)
        overlay = .picker(PickerOverlay(kind: kind, state: state, picker: picker, entries: PickerEntries(entries)))
    }

    /// Opens a picker over entries whose labels are already folded (in parts: one fold per entry, in order).
    mutating func openPicker(_ kind: PickerOverlay.Kind, title: String, entries: PickerEntries, foldedParts: [PackedBytes]) {
        let picker = ChoicePicker(title: title, labels: entries.labels, foldedParts: foldedParts)
        var state = PickerState()
        picker.refresh(&state)
        overlay = .picker(PickerOverlay(kind: kind, state: state, picker: picker, entries: entries))
    }

    /// Opens a chooser: which part of a record to edit, or what to add.
    mutating func openChooser(_ title: String, _ items: [(String, PickerTarget)]) {
        openPicker(.chooser, title: title, entries: items.map { PickerEntry(label: $0.0, target: $0.1) })
    }

    /// A key for the open picker overlay.
    mutating func pickerAction(_ action: Action, key: Key) -> [Effect] {
        guard case .picker(var p) = overlay else { return [] }
        switch action {
        case .down: p.state.list.selected = min(p.state.list.selected + 1, max(0, p.state.matched.count - 1))
        case .up: p.state.list.selected = max(0, p.state.list.selected - 1)
        case .editText: if p.state.query.handle(.key(key)) { p.picker.refresh(&p.state) }
        case .pickerClose:
            overlay = .none
            return []
        case .pickerChoose:
            overlay = .none
            guard let i = p.picker.selectedOption(p.state) else { return [] }
            return choose(p.entries[i].target)
        case .pickerDelete:
            // Del on an action, a report, a note, an evaluation or a chain deletes it from its record (asked first).
            guard let i = p.picker.selectedOption(p.state), case .form(let t) = p.entries[i].target else { return [] }
            if readOnly { return readOnlyRefusal() }
            if let (change, title, action) = partDeletion(t) {
                overlay = .confirmDelete(change, title, ConfirmState(), action)
            } else {
                message = Msg.chooseExistingToDelete.text(lang)
            }
            return []
        default: break
        }
        overlay = .picker(p)
        return []
    }

    /// Typed text into the open picker's query.
    mutating func pickerText(_ s: String) {
        guard case .picker(var p) = overlay else { return }
        p.state.query.insert(s)
        p.picker.refresh(&p.state)
        overlay = .picker(p)
    }

    /// Carries out a chosen entry.
    mutating func choose(_ target: PickerTarget) -> [Effect] {
        switch target {
        case .pane(let p): goto(p)
        case .route(let r): stack.append(DetailEntry(route: r))
        case .action(let a): return perform(a, key: .enter)
        case .filter(let f): addFilter(f)
        case .form(let t):
            if readOnly { return readOnlyRefusal() }
            openForm(t)
        case .delete(let change, let title):
            if readOnly { return readOnlyRefusal() }
            requestDelete(change, title: title)
        case .commit(let change, let action): return [.commit(change, action: action, origin: .quick)]
        }
        return []
    }

    /// Draws the open picker overlay; returns where the cursor goes.
    static func renderPicker(_ p: PickerOverlay, into buf: inout CellBuffer, theme: Theme) -> (x: Int, y: Int) {
        var st = p.state
        let area = buf.area.centered(width: min(buf.width - 4, 70), height: min(buf.height - 4, 20))
        p.picker.render(in: area, into: &buf, state: &st, theme: theme)
        return (area.x + 3 + st.query.cursorColumn, area.y + 1)
    }
}

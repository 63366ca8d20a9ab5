import OCOPModel
import OCOPText
import TerminalCore

/// Side effects the dashboard asks its runner for.
public enum Effect: Sendable, Equatable {
    case quit
    /// Record a meeting note on a task: saved, journalled, shown at once.
    case saveNote(task: Int, text: String)
    /// Save one record change (from a form, a quick action, undo or redo): merged, atomic, journalled.
    case commit(RecordChange, action: String, origin: CommitOrigin)
    /// Read the journal's latest lines and show them.
    case showJournal
}

extension AppState {
    /// The scopes active now, most specific first.
    public var scopes: [Scope] {
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
        if route != nil { return [.detail] + kind + [.records, .global] }
        if pane == .products { return [.products] + kind + [.list, .records, .global] }
        return pane == .overview ? [.global] : [.list] + kind + [.records, .global]
    }

    /// Applies an input event; returns the effects to run (quitting is the only one so far).
    public mutating func update(_ event: InputEvent) -> [Effect] {
        message = nil
        switch event {
        case .resize(let w, let h):
            size = (w, h)
            return []
        case .mouse(let m):
            // With a form open the wheel moves between its fields; nothing behind it reacts.
            if var f = form {
                guard f.picker == nil, f.question == nil, f.conflict == nil, !f.saving else { return [] }
                if m.kind == .wheelDown { f.focus = (f.focus + 1) % f.fields.count }
                if m.kind == .wheelUp { f.focus = (f.focus + f.fields.count - 1) % f.fields.count }
                form = f
                return []
            }
            if case .none = overlay { handleMouse(m) }
            return []
        case .text(let s):
            if form != nil { formText(s); return [] }
            if search.editing { search.field.insert(s); applySearch(from: search.origin) }
            if case .palette(var p, let items, let picker) = overlay { p.query.insert(s); picker.refresh(&p); overlay = .palette(p, items, picker) }
            if case .filterPicker(var p, let items, let picker) = overlay { p.query.insert(s); picker.refresh(&p); overlay = .filterPicker(p, items, picker) }
            if case .chooser(var p, let items, let picker) = overlay { p.query.insert(s); picker.refresh(&p); overlay = .chooser(p, items, picker) }
            return []
        case .paste(let s): return update(.text(s))
        case .key(let key):
            return handleKey(key)
        }
    }

    mutating func handleKey(_ key: Key) -> [Effect] {
        if presentation != nil { return presentationKey(key) }
        if form != nil { return formKey(key) }
        if key == .ctrl("c") { return [.quit] }
        // Overlays and the search line take keys first.
        switch overlay {
        case .help(let scroll):
            switch key {
            case .escape, .char("q"), .char("?"), .enter: overlay = .none
            case .down, .char("j"): overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .pageDown: overlay = .help(scroll: scroll + 10)
            case .pageUp: overlay = .help(scroll: max(0, scroll - 10))
            default: break
            }
            return []
        case .palette(var p, let items, let picker):
            if handlePicker(key, &p, picker) {
                overlay = .palette(p, items, picker)
                return []
            }
            overlay = .none
            if key == .enter, let i = picker.selectedOption(p) { return go(items[i].target) }
            return []
        case .filterPicker(var p, let items, let picker):
            if handlePicker(key, &p, picker) {
                overlay = .filterPicker(p, items, picker)
                return []
            }
            overlay = .none
            if key == .enter, let i = picker.selectedOption(p) { addFilter(items[i]) }
            return []
        case .confirmDelete(let change, let title, var c):
            switch c.handle(key == .char("q") || key == .char("n") ? .escape : key) {
            case .moved: overlay = .confirmDelete(change, title, c)
            case .confirmed:
                overlay = .none
                return [.commit(change, action: "delete", origin: .quick)]
            case .cancelled: overlay = .none
            case .ignored: break
            }
            return []
        case .restoreDraft(let draft, var c):
            switch c.handle(key) {
            case .moved: overlay = .restoreDraft(draft, c)
            case .confirmed:
                overlay = .none
                restore(draft)
            case .cancelled: overlay = .none
            case .ignored: break
            }
            return []
        case .chooser(var p, let items, let picker):
            // Del on an action or a chain deletes it from its task or zone (asked first).
            if key == .delete, let i = picker.selectedOption(p), case .form(let t) = items[i] {
                if readOnly { return readOnlyRefusal() }
                if let (change, title) = partDeletion(t) {
                    // Nothing points to an action or a chain: only the question.
                    overlay = .confirmDelete(change, title, ConfirmState())
                } else {
                    message = lang == .vi ? "Chọn một mục có sẵn để xoá" : "Choose an existing entry to delete"
                }
                return []
            }
            if handlePicker(key, &p, picker) {
                overlay = .chooser(p, items, picker)
                return []
            }
            overlay = .none
            if key == .enter, let i = picker.selectedOption(p) {
                switch items[i] {
                case .form(let t): openForm(t)
                case .change(let c, let action): return [.commit(c, action: action, origin: .quick)]
                }
            }
            return []
        case .journal(let entries, var st):
            switch key {
            case .escape, .char("q"), .char("J"): overlay = .none
            case .down, .char("j"): st.selected = min(st.selected + 1, max(0, entries.count - 1)); overlay = .journal(entries, st)
            case .up, .char("k"): st.selected = max(0, st.selected - 1); overlay = .journal(entries, st)
            case .pageDown: st.selected = min(st.selected + 10, max(0, entries.count - 1)); overlay = .journal(entries, st)
            case .pageUp: st.selected = max(0, st.selected - 10); overlay = .journal(entries, st)
            default: break
            }
            return []
        case .warnings(var st):
            switch key {
            case .escape, .char("q"), .char("w"): overlay = .none
            case .down, .char("j"): st.selected += 1; overlay = .warnings(st)
            case .up, .char("k"): st.selected -= 1; overlay = .warnings(st)
            default: break
            }
            return []
        case .none:
            break
        }
        if search.editing {
            switch key {
            case .enter:
                search.editing = false
            case .escape:
                search.editing = false
                search.field.set("")
                var st = lists[pane] ?? TableState()
                st.selected = search.origin
                lists[pane] = st
            default:
                if search.field.handle(.key(key)) { applySearch(from: search.origin) }
            }
            return []
        }
        // Two-key `g g`.
        if key == .char("g") && scopes.contains(.list) {
            if pendingG { pendingG = false; return perform(.top) }
            pendingG = true
            return []
        }
        pendingG = false
        if let action = Keymap.action(for: key, scopes: scopes) { return perform(action) }
        // A key that does nothing here says so, and where to find the keys that do.
        message = lang == .vi ? "Phím \(key) không dùng ở đây — nhấn ? để xem các phím" : "\(key) does nothing here — press ? for the keys"
        return []
    }

    /// Moves a picker's highlight or edits its query (matching again only when the query changed); false when the
    /// key is Enter or Esc.
    func handlePicker(_ key: Key, _ p: inout PickerState, _ picker: ChoicePicker) -> Bool {
        switch key {
        case .enter, .escape: return false
        case .down, .ctrl("n"): p.list.selected = min(p.list.selected + 1, max(0, p.matched.count - 1))
        case .up, .ctrl("p"): p.list.selected = max(0, p.list.selected - 1)
        default:
            if p.query.handle(.key(key)) { picker.refresh(&p) }
        }
        return true
    }

    /// A picker with its matches computed for the empty query.
    func openPicker(_ picker: ChoicePicker) -> PickerState {
        var p = PickerState()
        picker.refresh(&p)
        return p
    }

    /// Carries out a keymap action.
    public mutating func perform(_ action: Action) -> [Effect] {
        let page = max(1, size.height - 8)
        switch action {
        case .quit: return [.quit]
        case .help: overlay = .help(scroll: 0)
        case .back:
            if !stack.isEmpty { stack.removeLast() } else if !filters.isEmpty || !search.field.text.isEmpty {
                search.field.set("")
            }
        case .gotoPane(let p): stack.removeAll(); pane = p
        case .nextPane: stack.removeAll(); pane = Pane(rawValue: (pane.rawValue + 1) % Pane.allCases.count) ?? .overview
        case .prevPane: stack.removeAll(); pane = Pane(rawValue: (pane.rawValue + Pane.allCases.count - 1) % Pane.allCases.count) ?? .overview
        case .down: move(1)
        case .up: move(-1)
        case .pageDown: if route != nil { scrollDetail(page) } else { move(page) }
        case .pageUp: if route != nil { scrollDetail(-page) } else { move(-page) }
        case .top: move(Int.min / 2)
        case .bottom: move(Int.max / 2)
        case .left: if productBoard { boardColumn = max(0, boardColumn - 1) }
        case .right: if productBoard { boardColumn = min(5, boardColumn + 1) }
        case .open: open()
        case .search:
            search.editing = true
            searchMatches = 0
            search.origin = lists[pane]?.selected ?? 0
            search.field.set("")
        case .nextMatch: findMatch(forward: true)
        case .prevMatch: findMatch(forward: false)
        case .filter:
            let filters = availableFilters()
            let picker = ChoicePicker(title: Msg.filter.text(lang), options: filters.map { filterLabel($0) })
            overlay = .filterPicker(openPicker(picker), filters, picker)
        case .clearFilters:
            filters.removeAll()
            for p in Pane.allCases where p != .overview { refreshRows(p) }
        case .sortNext:
            let n = PaneTables.spec(pane, self).columns.count
            let cur = sorts[pane]
            sorts[pane] = SortOrder(column: cur.map { ($0.column + 1) % n } ?? 0, ascending: true)
            refreshRows(pane)
        case .sortReverse:
            let cur = sorts[pane] ?? SortOrder(column: 0, ascending: true)
            sorts[pane] = SortOrder(column: cur.column, ascending: !cur.ascending)
            refreshRows(pane)
        case .palette:
            let (items, folded) = paletteItems()
            let picker = ChoicePicker(title: Msg.paletteTitle.text(lang), options: items.map(\.label), folded: folded)
            overlay = .palette(openPicker(picker), items, picker)
        case .toggleLang:
            lang = lang == .vi ? .en : .vi
            for p in Pane.allCases where p != .overview { refreshRows(p) }
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
            message = Msg.theme.text(lang) + ": " + theme.name
        case .toggleView: if pane == .products { productBoard.toggle() }
        case .showWarnings: overlay = .warnings(TableState())
        case .showJournal: return [.showJournal]
        case .add, .edit, .delete, .undo, .redo, .report, .note, .updateAction, .actionDone, .nextStep, .reject, .evaluate, .addChain, .manageReports, .manageNotes, .manageEvaluations:
            return performEdit(action)
        case .present:
            startPresentation(allowNotes: false)
            if case .task(let i) = route, let pos = slides.firstIndex(of: .task(i)) { presentation?.index = pos }
        }
        return []
    }

    /// Scrolls the facts of the open record.
    mutating func scrollDetail(_ delta: Int) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].scroll = max(0, min(500, stack[stack.count - 1].scroll + delta))
    }

    mutating func move(_ delta: Int) {
        if let last = stack.last {
            let n = DetailView.links(for: last.route, self).count
            if n == 0 { scrollDetail(max(-1000, min(1000, delta))); return }
            let sel = max(0, min(max(0, n - 1), clampAdd(last.selection, delta)))
            stack[stack.count - 1].selection = sel
            return
        }
        if pane == .products && productBoard {
            let col = boardColumn
            let count = boardCards(column: col).count
            boardRow[col] = max(0, min(max(0, count - 1), clampAdd(boardRow[col], delta)))
            return
        }
        guard pane != .overview else { return }
        var st = lists[pane] ?? TableState()
        let n = rows[pane]?.count ?? 0
        st.selected = max(0, min(max(0, n - 1), clampAdd(st.selected, delta)))
        lists[pane] = st
    }

    func clampAdd(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? (b > 0 ? Int.max / 2 : Int.min / 2) : r
    }

    /// The products on one column of the board, in the pane's filtered order.
    public func boardCards(column: Int) -> [Int] {
        guard let step = CycleStep(rawValue: column + 1) else { return [] }
        return (rows[.products] ?? []).filter { dataset.products[$0].cycleStep == step && dataset.products[$0].rejection == nil }
    }

    mutating func open() {
        if let last = stack.last {
            let links = DetailView.links(for: last.route, self)
            if links.indices.contains(last.selection) { stack.append((links[last.selection].route, 0, 0)) }
            return
        }
        if pane == .products && productBoard {
            let cards = boardCards(column: boardColumn)
            if cards.indices.contains(boardRow[boardColumn]) { stack.append((.product(cards[boardRow[boardColumn]]), 0, 0)) }
            return
        }
        guard pane != .overview, let rec = selectedRecord(pane) else { return }
        stack.append((PaneTables.spec(pane, self).route(rec), 0, 0))
    }

    mutating func go(_ target: PaletteTarget) -> [Effect] {
        switch target {
        case .pane(let p): stack.removeAll(); pane = p
        case .route(let r): stack.append((r, 0, 0))
        case .action(let a): return perform(a)
        case .form(let t):
            if readOnly { return readOnlyRefusal() }
            openForm(t)
        case .delete(let change, let title):
            if readOnly { return readOnlyRefusal() }
            requestDelete(change, title: title)
        }
        return []
    }

    // MARK: - Search

    mutating func applySearch(from origin: Int) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        searchMatches = 0
        guard !q.isEmpty, let r = rows[pane], !r.isEmpty else { return }
        let n = r.count
        var first: Int?
        var count = 0
        for k in 0..<n {
            let pos = (origin + k) % n
            if matchesSearch(pane, r[pos], q) {
                count += 1
                if first == nil { first = pos }
            }
        }
        searchMatches = count
        if let first {
            var st = lists[pane] ?? TableState()
            st.selected = first
            lists[pane] = st
        } else {
            message = "0 " + Msg.matches.text(lang)
        }
    }

    mutating func findMatch(forward: Bool) {
        let q = Array(TextFolding.fold(search.field.text).utf8)
        guard !q.isEmpty, let r = rows[pane], !r.isEmpty else { return }
        let n = r.count
        let cur = lists[pane]?.selected ?? 0
        for k in 1...n {
            let pos = ((forward ? cur + k : cur - k) % n + n) % n
            if matchesSearch(pane, r[pos], q) {
                var st = lists[pane] ?? TableState()
                st.selected = pos
                lists[pane] = st
                return
            }
        }
        message = "0 " + Msg.matches.text(lang)
    }

    /// How many rows of the current pane match the search.
    public var matchCount: Int { searchMatches }

    // MARK: - Filters

    func availableFilters() -> [Filter] {
        var out: [Filter] = []
        switch pane {
        case .tasks: out += TaskStatus.allCases.map { .taskStatus($0) }
        case .products:
            out += cache.districtIds.map { .district($0) }
            out += ProductGroup.allCases.map { .group($0) }
            out += [3, 4, 5].map { .stars($0) }
            out += CycleStep.allCases.map { .step($0) }
            out += ProducerType.allCases.map { .producerType($0) }
        case .producers:
            out += cache.districtIds.map { .district($0) }
            out += ProducerType.allCases.map { .producerType($0) }
        case .zones, .districts, .villages:
            out += cache.districtIds.map { .district($0) }
        case .overview: break
        }
        return out
    }

    /// A filter as the filter bar and picker show it.
    public func filterLabel(_ f: Filter) -> String {
        let t = { (m: Msg) in m.text(lang) }
        switch f {
        case .district(let d): return t(.district) + ": " + cache.index.unitName(d)
        case .group(let g): return t(.group) + ": " + g.label(lang)
        case .stars(let s): return t(.stars) + ": " + Format.stars(s)
        case .step(let s): return t(.step) + ": \(s.rawValue). " + (lang == .vi ? s.vi : s.en)
        case .producerType(let p): return t(.type) + ": " + p.label(lang)
        case .taskStatus(let s): return t(.status) + ": " + s.label(lang)
        }
    }

    mutating func addFilter(_ f: Filter) {
        // One filter per kind: a new district replaces the old one.
        let kind = kindOf(f)
        var kept = filters.filter { kindOf($0) != kind }
        kept.append(f)
        filters = kept
        for p in Pane.allCases where p != .overview { refreshRows(p) }
    }

    func kindOf(_ f: Filter) -> Int {
        switch f {
        case .district: 0
        case .group: 1
        case .stars: 2
        case .step: 3
        case .producerType: 4
        case .taskStatus: 5
        }
    }

    // MARK: - Palette

    /// Every pane, action and record by name, with the labels folded for matching (product and producer names
    /// reuse the folding done at load, so opening the palette stays quick on 100k products).
    func paletteItems() -> ([PaletteItem], [String]) {
        var items: [PaletteItem] = Pane.allCases.map { PaletteItem(label: "▸ " + $0.title(lang), target: .pane($0)) }
        for b in Keymap.bindings where b.scope == .global {
            if case .gotoPane = b.action { continue }
            items.append(PaletteItem(label: "⚙ " + b.help(lang), target: .action(b.action)))
        }
        for (i, t) in dataset.tasks.enumerated() {
            items.append(PaletteItem(label: "\(Msg.tasks.text(lang)) \(t.ordinal): " + (lang == .vi ? t.shortTitle : t.shortTitleEn), target: .route(.task(i))))
        }
        for d in cache.index.districts { items.append(PaletteItem(label: d.level.label(lang) + " " + d.name, target: .route(.district(d.id)))) }
        // Agencies have no pane: the palette opens their form.
        items.append(PaletteItem(label: lang == .vi ? "⚙ Thêm cơ quan" : "⚙ Add an agency", target: .form(.agency(id: nil))))
        for a in dataset.agencies {
            items.append(PaletteItem(label: (lang == .vi ? "Sửa cơ quan: " : "Edit agency: ") + "\(a.shortName) — \(a.name)", target: .form(.agency(id: a.id))))
            items.append(PaletteItem(label: (lang == .vi ? "Xoá cơ quan: " : "Delete agency: ") + "\(a.shortName) — \(a.name)",
                                     target: .delete(RecordChange(before: a, after: nil), title: a.name)))
        }
        for (i, z) in dataset.zones.enumerated() { items.append(PaletteItem(label: z.name, target: .route(.zone(i)))) }
        var folded = items.map { TextFolding.fold($0.label) }
        for (i, p) in dataset.producers.enumerated() { items.append(PaletteItem(label: p.name, target: .route(.producer(i)))) }
        folded += cache.foldedProducers
        for (i, p) in dataset.products.enumerated() { items.append(PaletteItem(label: p.name, target: .route(.product(i)))) }
        folded += cache.foldedProducts
        let rest = dataset.craftVillages.enumerated().map { PaletteItem(label: $0.element.name, target: .route(.village($0.offset))) }
            + dataset.tourismModels.enumerated().map { PaletteItem(label: $0.element.name, target: .route(.tourism($0.offset))) }
        items += rest
        folded += rest.map { TextFolding.fold($0.label) }
        return (items, folded)
    }

    // MARK: - Mouse

    mutating func handleMouse(_ m: MouseEvent) {
        switch m.kind {
        case .wheelDown: move(3)
        case .wheelUp: move(-3)
        case .click:
            if m.y == 1 {
                let ranges = TabBar(titles: Pane.allCases.map { $0.title(lang) }, selected: pane.rawValue).hitRanges(width: size.width)
                if let i = ranges.firstIndex(where: { $0.contains(m.x) }), let p = Pane(rawValue: i) { stack.removeAll(); pane = p }
                return
            }
            guard route == nil, pane != .overview, !(pane == .products && productBoard) else { return }
            // Table rows start below the title, tabs, filter line, block border and header.
            let firstRowY = 5
            let row = (lists[pane]?.offset ?? 0) + m.y - firstRowY
            if m.y >= firstRowY, let n = rows[pane]?.count, row >= 0, row < n {
                var st = lists[pane] ?? TableState()
                st.selected = row
                lists[pane] = st
            }
        }
    }
}

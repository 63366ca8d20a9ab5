import OCOPModel
import TerminalCore

extension AppState {
    /// Esc on the panes: back out of a detail, else drop the search query, else (a top-level list) go to the
    /// overview; on the overview it lets go of the focused item.
    mutating func back() {
        if !stack.isEmpty {
            stack.removeLast()
        } else if !search.field.text.isEmpty {
            search.field.set("")
            search.pane = nil
        } else if pane != .overview {
            goto(.overview)
        } else {
            overviewFocus = nil
        }
    }

    /// Shows a pane (closing any open detail).
    mutating func goto(_ p: Pane) {
        stack.removeAll()
        pane = p
    }

    /// The next or previous pane in tab order.
    mutating func cyclePane(_ delta: Int) {
        let n = Pane.allCases.count
        goto(Pane(rawValue: ((pane.rawValue + delta) % n + n) % n) ?? .overview)
    }

    /// Rows a page key moves.
    var pageSize: Int { max(1, size.height - 8) }

    /// A movement key in whatever is open: help, the journal, the warnings, a picker, a detail, the board or a list.
    mutating func moveAction(_ action: Action, key: Key) -> [Effect] {
        let delta: Int, step: Int
        switch action {
        case .down: (delta, step) = (1, 1)
        case .up: (delta, step) = (-1, -1)
        case .pageDown: (delta, step) = (pageSize, 10)
        case .pageUp: (delta, step) = (-pageSize, -10)
        case .top: (delta, step) = (Int.min / 2, Int.min / 2)
        default: (delta, step) = (Int.max / 2, Int.max / 2)
        }
        switch overlay {
        case .help(var h):
            h.scroll = max(0, clampAdd(h.scroll, step))
            overlay = .help(h)
            return []
        case .journal(let entries, var st):
            st.selected = max(0, min(max(0, entries.count - 1), clampAdd(st.selected, step)))
            overlay = .journal(entries, st)
            return []
        case .warnings(var st):
            st.selected = clampAdd(st.selected, delta)
            overlay = .warnings(st)
            return []
        case .picker: return pickerAction(action, key: key)
        default: break
        }
        if form?.picker != nil { return fieldPickerAction(action, key: key) }
        if route != nil, action == .pageDown || action == .pageUp {
            scrollDetail(delta)
            return []
        }
        move(delta)
        return []
    }

    /// Scrolls the facts of the open record.
    mutating func scrollDetail(_ delta: Int) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1].scroll = max(0, min(500, stack[stack.count - 1].scroll + delta))
    }

    /// Moves the selection of the detail's links, the board or the pane's list.
    mutating func move(_ delta: Int) {
        if pane == .overview && stack.isEmpty { moveOverviewFocus(delta); return }
        if let last = stack.last {
            let n = DetailView.links(for: last.route, self).count
            if n == 0 { scrollDetail(max(-1000, min(1000, delta))); return }
            stack[stack.count - 1].selection = max(0, min(max(0, n - 1), clampAdd(last.selection, delta)))
            return
        }
        if onBoard { moveOnBoard(delta); return }
        guard pane.list != nil else { return }
        var st = lists[pane] ?? TableState()
        let n = rows[pane]?.count ?? 0
        st.selected = max(0, min(max(0, n - 1), clampAdd(st.selected, delta)))
        lists[pane] = st
    }

    /// `a + b` that saturates instead of overflowing (Home and End move by huge amounts).
    func clampAdd(_ a: Int, _ b: Int) -> Int {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? (b > 0 ? Int.max / 2 : Int.min / 2) : r
    }

    /// Enter: opens the selected link of a detail, the board's card or the list's row.
    mutating func open() {
        if pane == .overview && stack.isEmpty { openOverviewItem(); return }
        if let last = stack.last {
            let links = DetailView.links(for: last.route, self)
            if links.indices.contains(last.selection) { stack.append(DetailEntry(route: links[last.selection].route)) }
            return
        }
        if let r = onBoard ? boardRoute : selectedRoute(pane) { stack.append(DetailEntry(route: r)) }
    }

    /// A click selects a tab or a row; the wheel scrolls. With a form open the wheel moves between its fields and
    /// nothing behind it reacts.
    mutating func mouse(_ m: MouseEvent) {
        if var f = form {
            guard f.picker == nil, f.question == nil, f.conflict == nil, !f.saving else { return }
            if m.kind == .wheelDown { f.focus = (f.focus + 1) % f.fields.count }
            if m.kind == .wheelUp { f.focus = (f.focus + f.fields.count - 1) % f.fields.count }
            form = f
            return
        }
        guard case .none = overlay, presentation == nil else { return }
        switch m.kind {
        case .wheelDown: move(3)
        case .wheelUp: move(-3)
        case .click:
            if m.y == 1 {
                let ranges = TabBar(titles: Pane.allCases.map { $0.title(lang) }, shortTitles: Pane.allCases.map { $0.shortTitle(lang) },
                                    selected: pane.rawValue).hitRanges(width: size.width)
                if let i = ranges.firstIndex(where: { $0.contains(m.x) }), let p = Pane(rawValue: i) { goto(p) }
                return
            }
            guard route == nil, pane.list != nil, !onBoard else { return }
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

import Foundation
import OCOPModel
import TerminalCore

/// Draws the dashboard from its state: title and breadcrumb, tabs, filter line, the pane or a detail, overlays, footer.
public enum DashboardView {
    /// The smallest usable terminal.
    public static let minWidth = 80, minHeight = 24

    /// Renders the whole screen; returns where the text cursor should be (when typing a search or a query).
    @discardableResult
    public static func render(_ s: AppState, into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let theme = s.theme
        let lang = s.lang
        if buf.width < minWidth || buf.height < minHeight {
            buf.fill(buf.area)
            let msg = Msg.tooSmall.text(lang) + " \(minWidth)×\(minHeight) (\(buf.width)×\(buf.height))"
            Paragraph(msg, style: Style(.warning, bold: true)).render(in: buf.area.centered(width: min(buf.width, 40), height: min(buf.height, 4)), into: &buf, theme: theme)
            return nil
        }
        var cursor: (x: Int, y: Int)?
        if let p = s.presentation {
            cursor = DeckView.render(s, p, into: &buf)
            if case .help(let h) = s.overlay { s.renderHelp(h, into: &buf); cursor = nil }
            return cursor
        }
        let parts = Layout(.vertical, [.length(1), .length(1), .length(1), .fill(1), .length(1)]).split(buf.area)
        // Title and breadcrumb.
        var crumb = [Msg.appTitle.text(lang), s.pane.title(lang)]
        for entry in s.stack { crumb.append(DetailView.title(for: entry.route, s)) }
        var right = (s.dataset.info.illustrative ? Msg.illustrative.text(lang) + " · " : "") + Msg.asOf.text(lang) + " " + s.asOf.display
        if s.readOnly { right = Msg.readOnly.text(lang) + " · " + right }
        StatusLine(left: crumb.joined(separator: " › "), right: right).render(in: parts[0], into: &buf, theme: theme)
        TabBar(titles: Pane.allCases.map { $0.title(lang) }, selected: s.pane.rawValue).render(in: parts[1], into: &buf, theme: theme)
        FilterLine.render(s, in: parts[2], into: &buf)
        if let last = s.stack.last {
            DetailPanel.render(s, last, in: parts[3], into: &buf)
        } else if s.pane == .overview {
            OverviewPane.render(s, in: parts[3], into: &buf)
        } else if s.onBoard {
            ProductBoard.render(s, in: parts[3], into: &buf)
        } else {
            renderTable(s, in: parts[3], into: &buf)
        }
        if s.search.editing {
            buf.fill(parts[4], style: Style(.footer))
            let prompt = "/ " + Msg.searchPrompt.text(lang) + " "
            let used = buf.put(prompt, x: 0, y: parts[4].y, style: Style(.footerKey))
            var field = s.search.field
            let x = TextField(focused: true).render(in: Rect(x: used, y: parts[4].y, width: max(1, buf.width - used - 16), height: 1), into: &buf, state: &field, theme: theme)
            buf.put("\(s.matchCount) " + Msg.matches.text(lang), x: buf.width - 15, y: parts[4].y, width: 15, style: Style(.footer), align: .right)
            cursor = (x, parts[4].y)
        } else {
            Footer(hints: footerHints(s), right: s.message ?? (s.readOnly ? Msg.readOnly.text(lang) : "")).render(in: parts[4], into: &buf, theme: theme)
        }
        switch s.overlay {
        case .none, .help: break
        case .confirmDelete, .restoreDraft: s.renderDialog(into: &buf)
        case .picker(let p): cursor = AppState.renderPicker(p, into: &buf, theme: theme)
        case .journal(let entries, let st): s.renderJournal(entries, st, into: &buf)
        case .warnings(let st): s.renderWarnings(st, into: &buf)
        }
        if let f = s.form { cursor = FormView.render(s, f, into: &buf) }
        if case .help(let h) = s.overlay {
            s.renderHelp(h, into: &buf)
            cursor = nil
        }
        return cursor
    }

    /// The footer's hints: footer-flagged bindings of the active scopes.
    static func footerHints(_ s: AppState) -> [(key: String, label: String)] {
        var out: [(key: String, label: String)] = []
        var seen = Set<String>()
        let scopes = s.scopes
        for scope in scopes {
            for b in Keymap.bindings where b.scope == scope && b.footer {
                let label = b.help(s.lang)
                if seen.insert(label).inserted { out.append((b.keys[0].description, label)) }
            }
        }
        // Quit and help — and Esc in a record's detail, the way back — go first so they never drop off a narrow row;
        // the rest keep their order.
        let first: Set<String> = s.route == nil ? ["q", "?"] : ["q", "?", Key.escape.description]
        out = out.filter { first.contains($0.key) } + out.filter { !first.contains($0.key) }
        if scopes.contains(.global) { out.append(("1-7", Msg.panesHint.text(s.lang))) }
        return out
    }

    static func renderTable(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        guard let list = s.pane.list else { return }
        let columns = list.columns(s)
        let rows = s.rows[s.pane] ?? []
        let inner = Block(title: s.pane.title(s.lang), focused: true).render(in: area, into: &buf, theme: s.theme)
        if rows.isEmpty {
            buf.put(Msg.noRows.text(s.lang), x: inner.x + 1, y: inner.y + 1, style: Style(.muted))
            return
        }
        var st = s.lists[s.pane] ?? TableState()
        let sort = s.sorts[s.pane]
        let hasStyle = columns.contains { $0.style != nil }
        Table(columns: columns.map(\.tableColumn), rowCount: rows.count, sortColumn: sort?.column, sortAscending: sort?.ascending ?? true,
              rowStyle: hasStyle ? { r, c in columns[c].style?(rows[r]) } : nil) { r, c in columns[c].text(rows[r]) }
            .render(in: inner, into: &buf, state: &st, theme: s.theme)
    }
}

/// The line under the tabs: active filters, the sort, the search query, warnings and the record count.
enum FilterLine {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        buf.fill(area)
        var x = area.x
        if !s.filters.isEmpty {
            x += buf.put("⏷ " + Msg.active.text(lang) + ": ", x: x, y: area.y, style: Style(.accent, bold: true), clip: area)
            x += buf.put(s.filters.map { s.filterLabel($0) }.joined(separator: " · ") + "  (x " + Msg.clearFilters.text(lang).lowercased() + ")",
                         x: x, y: area.y, style: Style(.warning, bold: true), clip: area)
        } else if s.pane != .overview && s.route == nil {
            x += buf.put(Msg.noFilter.text(lang) + " (f " + Msg.filter.text(lang).lowercased() + ")", x: x, y: area.y, style: Style(.muted), clip: area)
        }
        if s.route == nil, let list = s.pane.list, let sort = s.sorts[s.pane] {
            let col = list.columns(s)[sort.column].title
            x += buf.put("  │ " + Msg.sortedBy.text(lang) + ": " + col + (sort.ascending ? " ▲" : " ▼"), x: x, y: area.y, style: Style(.muted), clip: area)
        }
        if !s.search.field.text.isEmpty && !s.search.editing {
            x += buf.put("  │ / " + s.search.field.text + " (n/N)", x: x, y: area.y, style: Style(.accent), clip: area)
        }
        if let d = s.diskWarning {
            let w = "⚠ " + d
            let ww = TextWidth.width(of: w)
            buf.put(w, x: max(x + 2, area.maxX - ww), y: area.y, style: Style(.danger, bold: true), clip: area)
        } else if !s.warnings.isEmpty {
            let w = "⚠ \(s.warnings.count) " + Msg.dataWarnings.text(lang)
            let ww = TextWidth.width(of: w)
            if x + ww + 2 <= area.maxX { buf.put(w, x: area.maxX - ww, y: area.y, style: Style(.warning, bold: true)) }
        } else if s.route == nil, s.pane != .overview {
            let n = s.rows[s.pane]?.count ?? 0
            let total = s.recordCount(s.pane)
            let count = n == total ? "\(n) " + Msg.records.text(lang) : "\(n)/\(total) " + Msg.records.text(lang)
            let w = TextWidth.width(of: count)
            if x + w + 2 <= area.maxX { buf.put(count, x: area.maxX - w, y: area.y, style: Style(.muted)) }
        }
    }
}

/// An open record: its facts (scrolled), then its links to related records.
enum DetailPanel {
    static func render(_ s: AppState, _ entry: DetailEntry, in area: Rect, into buf: inout CellBuffer) {
        let inner = Block(title: DetailView.title(for: entry.route, s), focused: true).render(in: area, into: &buf, theme: s.theme)
        let links = DetailView.links(for: entry.route, s)
        let para = Paragraph(lines: DetailView.lines(for: entry.route, s))
        let needed = para.rows(width: max(1, inner.width - 1)).count
        // Facts first; the links take the rest of the box (at least a third of it when both are long).
        let minLinks = links.isEmpty ? 0 : min(links.count + 1, max(3, inner.height / 3))
        let infoHeight = min(needed, inner.height - minLinks)
        let linkRows = links.isEmpty ? 0 : min(links.count + 1, inner.height - infoHeight)
        let maxScroll = max(0, needed - infoHeight)
        var p = para
        p.scroll = min(entry.scroll, maxScroll)
        p.render(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: infoHeight), into: &buf, theme: s.theme)
        if maxScroll > 0 {
            Scrollbar(total: needed, offset: p.scroll, visible: infoHeight)
                .render(in: Rect(x: inner.maxX - 1, y: inner.y, width: 1, height: infoHeight), into: &buf, theme: s.theme)
        }
        if !links.isEmpty {
            let la = Rect(x: inner.x, y: inner.y + infoHeight, width: inner.width, height: linkRows)
            buf.put("─ " + Msg.linksHeading.text(s.lang) + " " + String(repeating: "─", count: max(0, la.width)), x: la.x, y: la.y, style: Style(.border), clip: la)
            var st = TableState(selected: entry.selection)
            ListView(count: links.count) { "  " + links[$0].label }.render(in: la.inset(top: 1), into: &buf, state: &st, theme: s.theme)
        }
    }
}

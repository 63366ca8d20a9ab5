import Foundation
import OCOPModel
import TerminalCore
import OCOPText

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
        if s.readOnly { right = Msg.readOnly.text(lang) + (s.readOnlyReason.map { " (" + $0 + ")" } ?? "") + " · " + right }
        StatusLine(left: crumb.joined(separator: " › "), right: right).render(in: parts[0], into: &buf, theme: theme)
        TabBar(titles: Pane.allCases.map { $0.title(lang) }, shortTitles: Pane.allCases.map { $0.shortTitle(lang) }, selected: s.pane.rawValue)
            .render(in: parts[1], into: &buf, theme: theme)
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
              rowStyle: hasStyle ? { r, c in columns[c].style?(rows[r]) } : nil,
              shortCell: { r, c in columns[c].short?(rows[r]) }) { r, c in columns[c].text(rows[r]) }
            .render(in: inner, into: &buf, state: &st, theme: s.theme)
    }
}

/// The line under the tabs: active filters, the sort, the search query, warnings and the record count. The count
/// (or the warning) is placed first, at the right; the rest is cut to what is left, never over it.
enum FilterLine {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        buf.fill(area)
        // The right-hand part: a disk warning, else data warnings, else the pane's record count.
        var right: (text: String, style: Style)?
        if let d = s.connectionWarning ?? s.diskWarning {
            right = ("⚠ " + d, Style(.danger, bold: true))
        } else if !s.warnings.isEmpty {
            right = ("⚠ \(s.warnings.count) " + Msg.dataWarnings.text(lang), Style(.warning, bold: true))
        } else if s.route == nil, s.pane != .overview {
            let n = s.rows[s.pane]?.count ?? 0
            let total = s.recordCount(s.pane)
            right = ((n == total ? "\(n)" : "\(n)/\(total)") + " " + Msg.records.text(lang), Style(.muted))
        }
        var limit = area.maxX
        if let r = right {
            let w = min(TextWidth.width(of: r.text), area.width)
            buf.put(r.text, x: area.maxX - w, y: area.y, width: w, style: r.style)
            limit = area.maxX - w - 2
        }
        var parts: [(String, Style)] = []
        if !s.filters.isEmpty {
            parts.append(("⏷ " + Msg.active.text(lang) + ": ", Style(.accent, bold: true)))
            parts.append((s.filters.map { s.filterLabel($0) }.joined(separator: " · ") + "  (x " + Msg.clearFilters.text(lang).lowercased() + ")",
                          Style(.warning, bold: true)))
        } else if s.pane != .overview && s.route == nil {
            parts.append((Msg.noFilter.text(lang) + " (f " + Msg.filter.text(lang).lowercased() + ")", Style(.muted)))
        }
        if s.route == nil, let list = s.pane.list, let sort = s.sorts[s.pane] {
            let col = list.columns(s)[sort.column].title
            parts.append(("  │ " + Msg.sortedBy.text(lang) + ": " + col + (sort.ascending ? " ▲" : " ▼"), Style(.muted)))
        }
        if !s.search.field.text.isEmpty && !s.search.editing && s.route == nil && s.search.pane == s.pane {
            parts.append(("  │ / " + s.search.field.text + " (n/N)", Style(.accent)))
        }
        let clip = Rect(x: area.x, y: area.y, width: max(0, limit - area.x), height: 1)
        var x = area.x
        for (text, style) in parts { x += buf.put(text, x: x, y: area.y, style: style, clip: clip) }
        // Text cut at the limit ends with "…" so the cut shows.
        if parts.reduce(0, { $0 + TextWidth.width(of: $1.0) }) > clip.width, clip.width > 0 {
            buf.put("…", x: clip.maxX - 1, y: area.y, style: Style(.muted))
        }
    }
}

/// An open record: its facts (scrolled), then its links to related records.
enum DetailPanel {
    static func render(_ s: AppState, _ entry: DetailEntry, in area: Rect, into buf: inout CellBuffer) {
        let inner = Block(title: DetailView.title(for: entry.route, s), focused: true).render(in: area, into: &buf, theme: s.theme)
        let links = DetailView.links(for: entry.route, s)
        let para = Paragraph(lines: DetailView.lines(for: entry.route, s))
        // Facts first; the links take the rest of the box (at least a third of it when both are long).
        let minLinks = links.isEmpty ? 0 : min(links.count + 1, max(3, inner.height / 3))
        // The text wraps inside a one-column margin; when it scrolls, the scrollbar's column is kept free too, so
        // no letter of a full line is hidden under it.
        var textWidth = max(1, inner.width - 1)
        var needed = para.rows(width: textWidth).count
        if needed > inner.height - minLinks {
            textWidth = max(1, inner.width - 2)
            needed = para.rows(width: textWidth).count
        }
        let infoHeight = max(0, min(needed, inner.height - minLinks))
        let linkRows = links.isEmpty ? 0 : min(links.count + 1, inner.height - infoHeight)
        let maxScroll = max(0, needed - infoHeight)
        var p = para
        p.scroll = min(entry.scroll, maxScroll)
        p.render(in: Rect(x: inner.x + 1, y: inner.y, width: textWidth, height: infoHeight), into: &buf, theme: s.theme)
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

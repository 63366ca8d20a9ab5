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
        if let p = s.presentation { return PresentationView.render(s, p, into: &buf) }
        let parts = Layout(.vertical, [.length(1), .length(1), .length(1), .fill(1), .length(1)]).split(buf.area)
        // Title and breadcrumb.
        var crumb = [Msg.appTitle.text(lang), s.pane.title(lang)]
        for entry in s.stack { crumb.append(DetailView.title(for: entry.route, s)) }
        var right = (s.dataset.info.illustrative ? Msg.illustrative.text(lang) + " · " : "") + Msg.asOf.text(lang) + " " + s.asOf.display
        if s.readOnly { right = Msg.readOnly.text(lang) + " · " + right }
        StatusLine(left: crumb.joined(separator: " › "), right: right).render(in: parts[0], into: &buf, theme: theme)
        TabBar(titles: Pane.allCases.map { $0.title(lang) }, selected: s.pane.rawValue).render(in: parts[1], into: &buf, theme: theme)
        renderFilterLine(s, in: parts[2], into: &buf)
        if let last = s.stack.last {
            renderDetail(s, route: last.route, selection: last.selection, scroll: last.scroll, in: parts[3], into: &buf)
        } else {
            switch s.pane {
            case .overview: OverviewView.render(s, in: parts[3], into: &buf)
            case .products where s.productBoard: BoardView.render(s, in: parts[3], into: &buf)
            default: renderTable(s, in: parts[3], into: &buf)
            }
        }
        var cursor: (x: Int, y: Int)?
        if s.search.editing {
            buf.fill(parts[4], style: Style(.footer))
            let prompt = "/ " + Msg.searchPrompt.text(lang) + " "
            let used = buf.put(prompt, x: 0, y: parts[4].y, style: Style(.footerKey))
            var field = s.search.field
            let x = TextField(focused: true).render(in: Rect(x: used, y: parts[4].y, width: max(1, buf.width - used - 16), height: 1), into: &buf, state: &field, theme: theme)
            buf.put("\(s.matchCount) " + Msg.matches.text(lang), x: buf.width - 15, y: parts[4].y, width: 15, style: Style(.footer), align: .right)
            cursor = (x, parts[4].y)
        } else {
            // With a form open, the footer names the form's keys (q types a letter there).
            let hints = s.form == nil ? footerHints(s) : (lang == .vi
                ? [("Tab", "Trường sau"), ("Enter", "Lưu"), ("Esc", "Huỷ"), ("Ctrl-C", "Thoát")]
                : [("Tab", "Next field"), ("Enter", "Save"), ("Esc", "Cancel"), ("Ctrl-C", "Quit")])
            Footer(hints: hints, right: s.message ?? (s.readOnly ? Msg.readOnly.text(lang) : "")).render(in: parts[4], into: &buf, theme: theme)
        }
        switch s.overlay {
        case .none: break
        case .help(let scroll): renderHelp(s, scroll: scroll, into: &buf)
        case .confirmDelete(_, let title, let c):
            let vi = lang == .vi
            ConfirmDialog(title: vi ? "Xoá bản ghi?" : "Delete the record?",
                          message: (vi ? "Xoá \"\(title)\"? Thao tác được lưu và ghi nhật ký; có thể hoàn tác bằng u." : "Delete \"\(title)\"? It is saved and journalled; u undoes it."),
                          cancelLabel: vi ? "Huỷ" : "Cancel", confirmLabel: vi ? "Xoá" : "Delete")
                .render(in: buf.area, into: &buf, state: c, theme: theme)
        case .restoreDraft(let draft, let c):
            let vi = lang == .vi
            ConfirmDialog(title: vi ? "Biểu mẫu chưa lưu" : "Unsaved form",
                          message: vi ? "Lần trước \"\(draft.title)\" còn mở, chưa lưu (lúc \(draft.savedAt)). Khôi phục những gì đã gõ?"
                                      : "Last time \"\(draft.title)\" was open and unsaved (at \(draft.savedAt)). Bring back what was typed?",
                          cancelLabel: vi ? "Để sau" : "Later", confirmLabel: vi ? "Khôi phục" : "Restore")
                .render(in: buf.area, into: &buf, state: c, theme: theme)
        case .palette(var p, _, let picker), .filterPicker(var p, _, let picker), .chooser(var p, _, let picker):
            let area = buf.area.centered(width: min(buf.width - 4, 70), height: min(buf.height - 4, 20))
            picker.render(in: area, into: &buf, state: &p, theme: theme)
            cursor = (area.x + 3 + p.query.cursorColumn, area.y + 1)
        case .journal(let entries, var st):
            let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
            buf.fill(area, style: Style(.dialog))
            let inner = Block(title: Msg.journal.text(lang) + " (\(entries.count), Esc)", focused: true).render(in: area, into: &buf, theme: theme)
            if entries.isEmpty {
                buf.put(Msg.none.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
            } else {
                ListView(count: entries.count) { journalLine(entries[$0], lang) }.render(in: inner, into: &buf, state: &st, theme: theme)
            }
        case .warnings(var st):
            let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
            buf.fill(area, style: Style(.dialog))
            let inner = Block(title: Msg.warnings.text(lang) + " (\(s.warnings.count))", focused: true).render(in: area, into: &buf, theme: theme)
            if s.warnings.isEmpty {
                buf.put(Msg.none.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
            } else {
                ListView(count: s.warnings.count) { s.warnings[$0].message(lang) }.render(in: inner, into: &buf, state: &st, theme: theme)
            }
        }
        if let f = s.form { cursor = FormView.render(s, f, into: &buf) }
        return cursor
    }

    /// One journal entry as a line: when, who, what, the field, before → after.
    static func journalLine(_ e: JournalEntry, _ lang: Language) -> String {
        let vi = lang == .vi
        let actions: [String: (String, String)] = [
            "add": ("thêm", "add"), "edit": ("sửa", "edit"), "delete": ("xoá", "delete"), "undo": ("hoàn tác", "undo"),
            "redo": ("làm lại", "redo"), "note": ("ghi chú", "note"), "edit-note": ("sửa ghi chú", "edit note"),
            "report": ("báo cáo", "report"), "edit-report": ("sửa báo cáo", "edit report"), "evaluation": ("đánh giá", "evaluation"),
            "edit-evaluation": ("sửa đánh giá", "edit evaluation"), "next-step": ("bước sau", "next step"), "reject": ("loại", "reject"),
            "action-done": ("hành động xong", "action done"), "add-action": ("thêm hành động", "add action"),
            "update-action": ("cập nhật hành động", "update action"), "add-chain": ("thêm chuỗi", "add chain"),
            "edit-chain": ("sửa chuỗi", "edit chain"), "edit-over-conflict": ("sửa (ghi đè)", "edit (over a conflict)"),
        ]
        let files = DatasetFile.allCases.first { $0.recordsKey == e.kind }
        let kinds: [DatasetFile: Msg] = [.units: .districts, .tasks: .tasks, .producers: .producers, .products: .products,
                                         .zones: .zones, .craftVillages: .craftVillage, .tourismModels: .tourismModel]
        let kind = files.flatMap { kinds[$0] }.map { $0.text(lang).lowercased() } ?? (files == .agencies ? (vi ? "cơ quan" : "agencies") : e.kind)
        let action = e.action.map { a in actions[a].map { vi ? $0.0 : $0.1 } ?? a } ?? ""
        var when = e.time
        if let d = ISO8601DateFormatter().date(from: e.time) {
            let f = DateFormatter()
            f.dateFormat = "dd/MM/yyyy HH:mm"
            when = f.string(from: d)
        }
        func short(_ v: String?) -> String {
            guard let v else { return "—" }
            return v.count > 40 ? String(v.prefix(39)) + "…" : v
        }
        return "\(when)  \(e.user) · \(action) · \(kind) \(e.id) · \(e.field): \(short(e.before)) → \(short(e.after))"
    }

    /// The footer's hints: footer-flagged bindings of the active scopes.
    static func footerHints(_ s: AppState) -> [(key: String, label: String)] {
        var out: [(key: String, label: String)] = []
        var seen = Set<String>()
        for scope in s.scopes {
            for b in Keymap.bindings where b.scope == scope && b.footer {
                let label = b.help(s.lang)
                if seen.insert(label).inserted { out.append((b.keys[0].description, label)) }
            }
        }
        // Quit and help — and Esc in a record's detail, the way back — go first so they never drop off a narrow row;
        // the rest keep their order.
        let first: Set<String> = s.route == nil ? ["q", "?"] : ["q", "?", Key.escape.description]
        out = out.filter { first.contains($0.key) } + out.filter { !first.contains($0.key) }
        out.append(("1-7", s.lang == .vi ? "Khung" : "Panes"))
        return out
    }

    static func renderFilterLine(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        buf.fill(area)
        var x = area.x
        if !s.filters.isEmpty {
            x += buf.put("⏷ " + Msg.active.text(lang) + ": ", x: x, y: area.y, style: Style(.accent, bold: true), clip: area)
            x += buf.put(s.filters.map { s.filterLabel($0) }.joined(separator: " · ") + "  (x " + Msg.clearFilters.text(lang).lowercased() + ")", x: x, y: area.y, style: Style(.warning, bold: true), clip: area)
        } else if s.pane != .overview && s.route == nil {
            x += buf.put(Msg.noFilter.text(lang) + " (f " + Msg.filter.text(lang).lowercased() + ")", x: x, y: area.y, style: Style(.muted), clip: area)
        }
        if s.route == nil, s.pane != .overview, let sort = s.sorts[s.pane] {
            let col = PaneTables.spec(s.pane, s).columns[sort.column].title
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

    static func renderTable(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let spec = PaneTables.spec(s.pane, s)
        let rows = s.rows[s.pane] ?? []
        let inner = Block(title: s.pane.title(s.lang), focused: true).render(in: area, into: &buf, theme: s.theme)
        if rows.isEmpty {
            buf.put(Msg.noRows.text(s.lang), x: inner.x + 1, y: inner.y + 1, style: Style(.muted))
            return
        }
        var st = s.lists[s.pane] ?? TableState()
        let sort = s.sorts[s.pane]
        Table(columns: spec.columns, rowCount: rows.count, sortColumn: sort?.column, sortAscending: sort?.ascending ?? true,
              rowStyle: spec.style.map { f in { r, c in f(rows[r], c) } }) { r, c in spec.cell(rows[r], c) }
            .render(in: inner, into: &buf, state: &st, theme: s.theme)
    }

    static func renderDetail(_ s: AppState, route: Route, selection: Int, scroll: Int, in area: Rect, into buf: inout CellBuffer) {
        let inner = Block(title: DetailView.title(for: route, s), focused: true).render(in: area, into: &buf, theme: s.theme)
        let links = DetailView.links(for: route, s)
        let para = Paragraph(lines: DetailView.lines(for: route, s))
        let needed = para.rows(width: max(1, inner.width - 1)).count
        // Facts first; the links take the rest of the box (at least a third of it when both are long).
        let minLinks = links.isEmpty ? 0 : min(links.count + 1, max(3, inner.height / 3))
        let infoHeight = min(needed, inner.height - minLinks)
        let linkRows = links.isEmpty ? 0 : min(links.count + 1, inner.height - infoHeight)
        let maxScroll = max(0, needed - infoHeight)
        var p = para
        p.scroll = min(scroll, maxScroll)
        p.render(in: Rect(x: inner.x + 1, y: inner.y, width: inner.width - 1, height: infoHeight), into: &buf, theme: s.theme)
        if maxScroll > 0 {
            Scrollbar(total: needed, offset: p.scroll, visible: infoHeight)
                .render(in: Rect(x: inner.maxX - 1, y: inner.y, width: 1, height: infoHeight), into: &buf, theme: s.theme)
        }
        if !links.isEmpty {
            let la = Rect(x: inner.x, y: inner.y + infoHeight, width: inner.width, height: linkRows)
            buf.put("─ " + (s.lang == .vi ? "Liên kết (Enter mở)" : "Links (Enter opens)") + " " + String(repeating: "─", count: max(0, la.width)),
                    x: la.x, y: la.y, style: Style(.border), clip: la)
            var st = TableState(selected: selection)
            ListView(count: links.count) { "  " + links[$0].label }.render(in: la.inset(top: 1), into: &buf, state: &st, theme: s.theme)
        }
    }

    static func renderHelp(_ s: AppState, scroll: Int, into buf: inout CellBuffer) {
        let lang = s.lang
        var lines: [[Span]] = []
        var first = true
        for scope in s.scopes {
            let vi = lang == .vi
            let named: String
            switch scope {
            case .global: named = Msg.global.text(lang)
            case .records: named = vi ? "Sửa dữ liệu" : "Editing"
            case .task: named = vi ? "Nhiệm vụ đang chọn" : "The selected task"
            case .product: named = vi ? "Sản phẩm đang chọn" : "The selected product"
            case .zone: named = vi ? "Vùng nguyên liệu đang chọn" : "The selected zone"
            case .detail: named = vi ? "Chi tiết bản ghi" : "Record detail"
            case .list, .products: named = Msg.keysOfPane.text(lang)
            }
            let title = named + (first && scope != .global ? " — " + s.pane.title(lang) : "")
            first = false
            lines.append([Span("▌" + title, Style(.header))])
            for b in Keymap.bindings where b.scope == scope {
                lines.append([Span("  " + TextWidth.pad(b.keyLabel, to: 16), Style(.accent, bold: true)), Span(b.help(lang))])
            }
            lines.append([Span("")])
        }
        let area = buf.area.centered(width: min(buf.width - 4, 64), height: buf.height - 2)
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.helpTitle.text(lang) + " (Esc)", focused: true).render(in: area, into: &buf, theme: s.theme)
        Paragraph(lines: lines, scroll: min(scroll, max(0, lines.count - inner.height))).render(in: inner.inset(left: 1), into: &buf, theme: s.theme)
    }
}

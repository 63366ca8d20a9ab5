import OCOPModel
import TerminalCore

/// Draws an open form over the dashboard: labels, values, a message beside each field, the live score of an
/// evaluation, the keys, and any picker, question or conflict on top.
public enum FormView {
    /// Renders the form; returns where the text cursor goes when a field or picker is typed into.
    public static func render(_ s: AppState, _ f: FormState, into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let theme = s.theme
        let vi = s.lang == .vi
        let width = min(buf.width - 2, 110)
        let extraRows = 4 + (FormBuilder.liveScore(f) != nil ? 1 : 0)
        // Inside the pane's area (below title, tabs and filter line, above the footer) when it fits.
        let paneArea = buf.area.inset(top: 3, bottom: 1)
        // Long text takes three rows, wrapped; every other field one.
        let heights = f.fields.map { field -> Int in if case .longText = field.kind { return 3 } else { return 1 } }
        let height = min(paneArea.height, heights.reduce(0, +) + extraRows + 2)
        let box = paneArea.centered(width: width, height: height)
        buf.fill(box, style: Style(.dialog))
        let inner = Block(title: f.title, focused: true).render(in: box, into: &buf, theme: theme).inset(left: 1, right: 1)
        // Marker, label and the required star; then the value; then the message.
        let labelWidth = min(30, (f.fields.map { TextWidth.width(of: $0.label) }.max() ?? 10) + 4)
        let valueX = inner.x + labelWidth + 1
        let valueWidth = max(10, min(48, inner.width - labelWidth - 1 - 18))
        let noteX = valueX + valueWidth + 2
        let visible = max(1, inner.height - (extraRows - 1))
        // The first field shown keeps the focused one in view.
        var scroll = min(f.scroll, f.focus)
        while scroll < f.focus && heights[scroll...f.focus].reduce(0, +) > visible { scroll += 1 }
        var cursor: (x: Int, y: Int)?
        var y = inner.y
        var lastShown = scroll
        for i in scroll..<f.fields.count {
            guard y + heights[i] <= inner.y + visible || i == scroll else { break }
            lastShown = i
            let field = f.fields[i]
            let focused = i == f.focus
            defer { y += heights[i] }
            let marker = focused ? "▶ " : "  "
            let required: Bool
            switch field.kind {
            case .text(let r), .longText(let r), .date(let r), .reference(_, let r): required = r
            case .integer, .decimal: required = true
            default: required = false
            }
            buf.put(marker + field.label + (required ? " *" : ""), x: inner.x, y: y, width: labelWidth,
                    style: Style(focused ? .accent : .dialog, bold: focused))
            let area = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            if case .longText = field.kind {
                let c = renderArea(field.input, focused: focused && f.picker == nil, in: Rect(x: valueX, y: y, width: valueWidth, height: heights[i]), into: &buf)
                if focused { cursor = c }
            } else if field.kind.isTyped {
                var st = field.input
                // A field not being edited shows its beginning.
                if !focused { st.moveHome() }
                let cx = TextField(focused: focused && f.picker == nil).render(in: area, into: &buf, state: &st, theme: theme)
                if focused { cursor = (cx, y) }
            } else {
                buf.fill(area, style: Style(focused ? .selectedRow : .text))
                var shown = s.display(field)
                switch field.kind {
                case .choice: shown = "◂ " + shown + " ▸"
                case .reference, .references, .multiChoice: shown += "  ⏷"
                default: break
                }
                buf.put(shown, x: valueX, y: y, width: valueWidth, style: Style(focused ? .selectedRow : .text))
            }
            if let e = field.error {
                buf.put("✗ " + e, x: noteX, y: y, width: max(0, inner.maxX - noteX), style: Style(.danger, bold: true))
            } else if let h = field.hint {
                buf.put(h, x: noteX, y: y, width: max(0, inner.maxX - noteX), style: Style(.muted))
            }
        }
        if scroll > 0 || lastShown < f.fields.count - 1 {
            Scrollbar(total: f.fields.count, offset: scroll, visible: lastShown - scroll + 1)
                .render(in: Rect(x: inner.maxX, y: inner.y, width: 1, height: visible), into: &buf, theme: theme)
        }
        y = inner.y + visible
        if let live = FormBuilder.liveScore(f) {
            let certificate = Rules.isCertifiable(stars: live.stars)
                ? (vi ? " — đủ điều kiện cấp giấy chứng nhận 36 tháng" : " — earns a 36-month certificate")
                : (vi ? " — chưa đủ 3 sao, không cấp giấy chứng nhận" : " — below 3★, no certificate")
            buf.put((vi ? "Tổng: \(live.total) điểm → " : "Total: \(live.total) points → ") + Format.stars(live.stars) + " (\(live.stars)★)" + certificate,
                    x: inner.x, y: y, width: inner.width, style: Style(.star, bold: true))
            y += 1
        }
        // The focused field's whole message, or the form's own.
        let focusedError = f.fields.indices.contains(f.focus) ? f.fields[f.focus].error.map { f.fields[f.focus].label + ": " + $0 } : nil
        if let line = f.error ?? focusedError {
            buf.put("✗ " + line, x: inner.x, y: y, width: inner.width, style: Style(.danger, bold: true))
        } else if f.saving {
            buf.put(vi ? "⏳ Đang lưu…" : "⏳ Saving…", x: inner.x, y: y, width: inner.width, style: Style(.warning, bold: true))
        }
        y += 1
        let kind = f.fields.indices.contains(f.focus) ? f.fields[f.focus].kind : .text(required: false)
        var hints = vi ? "Tab/⇧Tab: trường · Enter/Ctrl-S: lưu · Esc: huỷ" : "Tab/⇧Tab: field · Enter/Ctrl-S: save · Esc: cancel"
        switch kind {
        case .choice: hints += vi ? " · ←/→ hoặc Space: chọn" : " · ←/→ or Space: choose"
        case .reference, .references, .multiChoice: hints += vi ? " · gõ hoặc Space: tìm và chọn" : " · type or Space: find and choose"
        case .flag: hints += vi ? " · Space: bật/tắt" : " · Space: toggle"
        default: break
        }
        buf.put(hints, x: inner.x, y: min(y, inner.maxY - 1), width: inner.width, style: Style(.muted))

        if let p = f.picker {
            var st = p.state
            let area = buf.area.centered(width: min(buf.width - 6, 70), height: min(buf.height - 4, 18))
            var picker = p.picker
            if p.multi { picker.title += vi ? " (Enter: chọn/bỏ, Esc: xong)" : " (Enter: toggle, Esc: done)" }
            picker.render(in: area, into: &buf, state: &st, theme: theme)
            cursor = (area.x + 3 + st.query.cursorColumn, area.y + 1)
        }
        if let q = f.question {
            let dialog = ConfirmDialog(
                title: q == .quit ? (vi ? "Thoát ocop?" : "Quit ocop?") : (vi ? "Bỏ biểu mẫu?" : "Discard the form?"),
                message: q == .quit ? (vi ? "Biểu mẫu có dữ liệu chưa lưu. Thoát sẽ mất những gì đã gõ." : "The form has unsaved typing. Quitting loses it.")
                    : (vi ? "Những gì bạn đã gõ sẽ mất." : "What you typed will be lost."),
                cancelLabel: vi ? "Tiếp tục sửa" : "Keep editing",
                confirmLabel: q == .quit ? (vi ? "Thoát" : "Quit") : (vi ? "Bỏ" : "Discard"))
            dialog.render(in: buf.area, into: &buf, state: f.questionState, theme: theme)
            cursor = nil
        }
        if let c = f.conflict {
            renderConflict(s, c, into: &buf)
            cursor = nil
        }
        return cursor
    }

    /// A long text wrapped by grapheme over the area's rows, scrolled to keep the cursor in view; returns the
    /// cursor's screen position.
    static func renderArea(_ st: TextFieldState, focused: Bool, in area: Rect, into buf: inout CellBuffer) -> (x: Int, y: Int) {
        buf.fill(area, style: Style(focused ? .inputFocused : .input))
        // Word-wrapped (a word longer than the row is cut); each grapheme keeps its index for the cursor.
        var lines: [[(k: Int, g: Character, w: Int)]] = [[]]
        var width = 0
        for (k, g) in st.text.enumerated() {
            let w = TextWidth.width(of: g)
            // A space that reaches past the row stays at its end (invisible there); the next word wraps.
            if width + w > area.width && g != " " {
                var carry: [(k: Int, g: Character, w: Int)] = []
                if let space = lines[lines.count - 1].lastIndex(where: { $0.g == " " }), space < lines[lines.count - 1].count - 1 {
                    carry = Array(lines[lines.count - 1][(space + 1)...])
                    lines[lines.count - 1].removeSubrange((space + 1)...)
                }
                lines.append(carry)
                width = carry.reduce(0) { $0 + $1.w }
            }
            lines[lines.count - 1].append((k, g, w))
            width += w
        }
        var cursorAt = (line: lines.count - 1, col: width)
        if width >= area.width && st.cursor >= st.text.count { lines.append([]); cursorAt = (lines.count - 1, 0) }
        for (n, line) in lines.enumerated() {
            var col = 0
            for item in line {
                if item.k == st.cursor { cursorAt = (n, col) }
                col += item.w
            }
        }
        let first = focused ? max(0, cursorAt.line - area.height + 1) : 0
        for row in 0..<area.height where first + row < lines.count {
            var text = String(lines[first + row].map(\.g))
            while text.last == " " && TextWidth.width(of: text) > area.width { text.removeLast() }
            if !focused && row == area.height - 1 && first + row < lines.count - 1 { text = String(text.dropLast()) + "…" }
            buf.put(text, x: area.x, y: area.y + row, width: area.width, style: Style(focused ? .inputFocused : .input))
        }
        let at = (x: area.x + cursorAt.col, y: area.y + cursorAt.line - first)
        if focused && at.x < area.maxX { buf.restyle(Rect(x: at.x, y: at.y, width: 1, height: 1), Style(.inputFocused, reverse: true)) }
        return at
    }

    static func renderConflict(_ s: AppState, _ c: EditConflict, into buf: inout CellBuffer) {
        let vi = s.lang == .vi
        let theirs = RecordChange(file: c.change.file, id: c.change.id, before: c.theirs, after: c.change.after).fieldDiffs()
        var lines: [[Span]] = [[Span(c.theirs == nil
            ? (vi ? "Một người khác đã xoá bản ghi này sau khi bạn mở nó." : "Someone else deleted this record after you opened it.")
            : (vi ? "Một người khác đã lưu bản ghi này sau khi bạn mở nó. Các trường khác nhau:" : "Someone else saved this record after you opened it. Fields that differ:"),
            Style(.warning, bold: true))]]
        for d in theirs.prefix(12) {
            // The form's label for the field when it has one (a quick action's part shows under the record's key).
            let label = s.form?.field(d.field)?.label ?? d.field
            lines.append([Span("• " + label, Style(.accent, bold: true))])
            lines.append([Span(vi ? "   trên đĩa: " : "   on disk: ", Style(.muted)), Span(String((d.before ?? "—").prefix(200)))])
            lines.append([Span(vi ? "   của bạn:  " : "   yours:   ", Style(.muted)), Span(String((d.after ?? "—").prefix(200)))])
        }
        lines.append([Span("")])
        lines.append([Span("m", Style(.footerKey, bold: true)), Span(vi ? " giữ bản của tôi (ghi đè)   " : " keep mine (overwrite)   "),
                      Span("t", Style(.footerKey, bold: true)), Span(vi ? " lấy bản trên đĩa   " : " take theirs   "),
                      Span("Esc", Style(.footerKey, bold: true)), Span(vi ? " quay lại biểu mẫu" : " back to the form")])
        let area = buf.area.centered(width: min(buf.width - 4, 90), height: min(buf.height - 2, lines.count + 4))
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: vi ? "Xung đột khi lưu" : "Save conflict", focused: true, borderRole: .danger).render(in: area, into: &buf, theme: s.theme)
        Paragraph(lines: lines).render(in: inner.inset(left: 1), into: &buf, theme: s.theme)
    }
}

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
        let height = min(paneArea.height, f.fields.count + extraRows + 2)
        let box = paneArea.centered(width: width, height: height)
        buf.fill(box, style: Style(.dialog))
        let inner = Block(title: f.title, focused: true).render(in: box, into: &buf, theme: theme).inset(left: 1, right: 1)
        // Marker, label and the required star; then the value; then the message.
        let labelWidth = min(30, (f.fields.map { TextWidth.width(of: $0.label) }.max() ?? 10) + 4)
        let valueX = inner.x + labelWidth + 1
        let valueWidth = max(10, min(48, inner.width - labelWidth - 1 - 18))
        let noteX = valueX + valueWidth + 2
        let visible = max(1, inner.height - (extraRows - 1))
        var scroll = f.scroll
        if f.focus < scroll { scroll = f.focus }
        if f.focus >= scroll + visible { scroll = f.focus - visible + 1 }
        var cursor: (x: Int, y: Int)?
        for (row, i) in (scroll..<min(f.fields.count, scroll + visible)).enumerated() {
            let field = f.fields[i]
            let y = inner.y + row
            let focused = i == f.focus
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
            if field.kind.isTyped {
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
        if f.fields.count > visible {
            Scrollbar(total: f.fields.count, offset: scroll, visible: visible)
                .render(in: Rect(x: inner.maxX, y: inner.y, width: 1, height: visible), into: &buf, theme: theme)
        }
        var y = inner.y + visible
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

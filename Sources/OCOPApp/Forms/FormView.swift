import OCOPModel
import TerminalCore
import OCOPText

/// Draws an open form over the dashboard: labels, values, a message beside each field, the live score of an
/// evaluation, the keys, and any picker, question or conflict on top.
public enum FormView {
    /// Renders the form; returns where the text cursor goes when a field or picker is typed into.
    public static func render(_ s: AppState, _ f: FormState, into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let theme = s.theme
        let lang = s.lang
        let t = { (m: Msg) in m.text(lang) }
        let live = EvaluationForm.liveScore(f)
        let width = min(buf.width - 2, 110)
        let extraRows = 4 + (live != nil ? 1 : 0)
        // Inside the pane's area (below title, tabs and filter line, above the footer) when it fits.
        let paneArea = buf.area.inset(top: 3, bottom: 1)
        // Marker, label and the required star; then the value; then the message.
        let innerWidth = width - 4
        let labelWidth = min(30, (f.fields.map { TextWidth.width(of: $0.label) }.max() ?? 10) + 4)
        let valueWidth = max(10, min(48, innerWidth - labelWidth - 1 - 18))
        let noteWidth = max(0, innerWidth - labelWidth - 1 - valueWidth - 2)
        // A message that does not fit beside its field wraps under it (never cut): the rows it needs there.
        let underWidth = max(1, innerWidth - labelWidth - 1)
        let errorRows = f.fields.map { field -> [String] in
            guard let e = field.error, TextWidth.width(of: "✗ " + e) > noteWidth else { return [] }
            return Paragraph.wrap("✗ " + e, width: underWidth)
        }
        // Long text takes three rows, wrapped; every other field one; plus a message wrapped under it.
        let heights = f.fields.indices.map { i -> Int in
            (f.fields[i].kind.isLongText ? 3 : 1) + errorRows[i].count
        }
        let height = min(paneArea.height, heights.reduce(0, +) + extraRows + 2)
        let box = paneArea.centered(width: width, height: height)
        buf.fill(box, style: Style(.dialog))
        let inner = Block(title: f.title, focused: true).render(in: box, into: &buf, theme: theme).inset(left: 1, right: 1)
        let valueX = inner.x + labelWidth + 1
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
            buf.put((focused ? "▶ " : "  ") + field.label + (field.kind.isRequired ? " *" : ""), x: inner.x, y: y, width: labelWidth,
                    style: Style(focused ? .accent : .dialog, bold: focused))
            let area = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            // A chosen value is short: its hint starts just after it, so that a long hint is not cut.
            var hintX = noteX
            if case .longText = field.kind {
                let c = LongTextView.render(field.input, focused: focused && f.picker == nil, in: Rect(x: valueX, y: y, width: valueWidth, height: 3), into: &buf)
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
                hintX = min(noteX, valueX + TextWidth.width(of: shown) + 3)
            }
            if !errorRows[i].isEmpty {
                let first = y + heights[i] - errorRows[i].count
                for (k, line) in errorRows[i].enumerated() {
                    buf.put(line, x: valueX, y: first + k, width: max(0, inner.maxX - valueX), style: Style(.danger, bold: true))
                }
            } else if let e = field.error {
                buf.put("✗ " + e, x: noteX, y: y, width: max(0, inner.maxX - noteX), style: Style(.danger, bold: true))
            } else if let h = field.hint {
                buf.put(h, x: hintX, y: y, width: max(0, inner.maxX - hintX), style: Style(.muted))
            }
        }
        if scroll > 0 || lastShown < f.fields.count - 1 {
            Scrollbar(total: f.fields.count, offset: scroll, visible: lastShown - scroll + 1)
                .render(in: Rect(x: inner.maxX, y: inner.y, width: 1, height: visible), into: &buf, theme: theme)
        }
        y = inner.y + visible
        if let live {
            switch live {
            case .score(let total, let stars):
                let certificate = Rules.isCertifiable(stars: stars) ? t(.liveEarnsCertificate) : t(.liveNoCertificate)
                buf.put(Msg.liveTotal.text(lang, total) + Format.stars(stars) + " (\(stars)★)" + certificate,
                        x: inner.x, y: y, width: inner.width, style: Style(.star, bold: true))
            case .partOutOfRange(let label, let maximum):
                buf.put(Msg.livePartOutOfRange.text(lang, label, maximum), x: inner.x, y: y, width: inner.width, style: Style(.danger, bold: true))
            }
            y += 1
        }
        // The focused field's whole message, or the form's own.
        let focusedError = f.focused.flatMap { field in field.error.map { field.label + ": " + $0 } }
        if let line = f.error ?? focusedError {
            buf.put("✗ " + line, x: inner.x, y: y, width: inner.width, style: Style(.danger, bold: true))
        } else if f.saving {
            buf.put("⏳ " + t(.saving), x: inner.x, y: y, width: inner.width, style: Style(.warning, bold: true))
        }
        y += 1
        var hints = t(.formKeysHint)
        switch f.focused?.kind ?? .text(required: false) {
        case .choice: hints += t(.formKeysChoice)
        case .reference, .references, .multiChoice: hints += t(.formKeysReference)
        case .flag: hints += t(.formKeysFlag)
        default: break
        }
        buf.put(hints, x: inner.x, y: min(y, inner.maxY - 1), width: inner.width, style: Style(.muted))

        if let p = f.picker {
            var st = p.state
            let area = buf.area.centered(width: min(buf.width - 6, 70), height: min(buf.height - 4, 18))
            var picker = p.picker
            if p.multi { picker.title += t(.pickerMultiHint) }
            picker.render(in: area, into: &buf, state: &st, theme: theme)
            cursor = (area.x + 3 + st.query.cursorColumn, area.y + 1)
        }
        if let q = f.question {
            let dialog: ConfirmDialog
            switch q {
            case .quit: dialog = ConfirmDialog(title: t(.quitTitle), message: t(.quitQuestion), cancelLabel: t(.keepEditing), confirmLabel: t(.quit))
            case .discard: dialog = ConfirmDialog(title: t(.discardTitle), message: t(.discardQuestion), cancelLabel: t(.keepEditing), confirmLabel: t(.discardButton))
            case .saveMovingStep(let from, let to, _, _):
                dialog = ConfirmDialog(title: t(.stepChangeTitle), message: Msg.stepChangeQuestion.text(lang, from.numbered(lang), to.numbered(lang)),
                                       cancelLabel: t(.keepEditing), confirmLabel: t(.keySave))
            }
            dialog.render(in: buf.area, into: &buf, state: f.questionState, theme: theme)
            cursor = nil
        }
        if let c = f.conflict {
            ConflictView.render(s, c, into: &buf)
            cursor = nil
        }
        return cursor
    }
}

import OCOPModel
import TerminalCore
import OCOPText

extension AppState {
    /// A key in the conflict view: keep mine (saved over theirs), take theirs (the form closes), or back to the form.
    mutating func conflictAction(_ action: Action) -> [Effect] {
        guard var f = form, let c = f.conflict else { return [] }
        switch action {
        case .keepMine:
            var ch = c.change
            ch.before = c.theirs
            f.conflict = nil
            f.saving = true
            form = f
            return [.commit(ch, action: .editOverConflict, origin: .form)]
        case .takeTheirs:
            var ds = dataset
            try? RecordCodec.apply(RecordChange(file: c.change.file, id: c.change.id, before: nil, after: c.theirs), to: &ds)
            replaceData(ds, warnings: warnings)
            form = nil
            message = Msg.tookTheirs.text(lang)
        default:
            f.conflict = nil
            form = f
        }
        return []
    }
}

/// The conflict view: both versions of a record someone else saved meanwhile, field by field, and the choices.
enum ConflictView {
    static func render(_ s: AppState, _ c: EditConflict, into buf: inout CellBuffer) {
        let lang = s.lang
        let theirs = RecordChange(file: c.change.file, id: c.change.id, before: c.theirs, after: c.change.after).fieldDiffs()
        var lines: [[Span]] = [[Span((c.theirs == nil ? Msg.conflictDeleted : Msg.conflictSaved).text(lang), Style(.warning, bold: true))]]
        for d in theirs.prefix(12) {
            // The form's label for the field when it has one (a quick action's part shows under the record's key).
            let label = FieldKey(rawValue: d.field).flatMap { s.form?.field($0)?.label } ?? d.field
            lines.append([Span("• " + label, Style(.accent, bold: true))])
            lines.append([Span(Msg.conflictOnDisk.text(lang), Style(.muted)), Span(String((d.before ?? "—").prefix(200)))])
            lines.append([Span(Msg.conflictYours.text(lang), Style(.muted)), Span(String((d.after ?? "—").prefix(200)))])
        }
        lines.append([Span("")])
        var keys: [Span] = []
        for b in Keymap.bindings where b.scope == .conflict && b.footer {
            keys.append(Span(b.keys[0].description, Style(.footerKey, bold: true)))
            keys.append(Span(" " + b.help(lang).lowercased() + "   "))
        }
        lines.append(keys)
        let area = buf.area.centered(width: min(buf.width - 4, 90), height: min(buf.height - 2, lines.count + 4))
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.scopeConflict.text(lang), focused: true, borderRole: .danger).render(in: area, into: &buf, theme: s.theme)
        Paragraph(lines: lines).render(in: inner.inset(left: 1), into: &buf, theme: s.theme)
    }
}

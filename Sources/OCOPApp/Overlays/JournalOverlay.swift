import Foundation
import OCOPModel
import TerminalCore

extension AppState {
    /// Draws the journal's latest entries, newest first.
    func renderJournal(_ entries: [JournalEntry], _ st: TableState, into buf: inout CellBuffer) {
        var st = st
        let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.journal.text(lang) + " (\(entries.count), Esc)", focused: true).render(in: area, into: &buf, theme: theme)
        if entries.isEmpty {
            buf.put(Msg.none.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
        } else {
            ListView(count: entries.count) { JournalText.line(entries[$0], lang) }.render(in: inner, into: &buf, state: &st, theme: theme)
        }
    }

    /// Draws the data warnings found while loading.
    func renderWarnings(_ st: TableState, into buf: inout CellBuffer) {
        var st = st
        let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.warnings.text(lang) + " (\(warnings.count))", focused: true).render(in: area, into: &buf, theme: theme)
        if warnings.isEmpty {
            buf.put(Msg.none.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
        } else {
            ListView(count: warnings.count) { warnings[$0].message(lang) }.render(in: inner, into: &buf, state: &st, theme: theme)
        }
    }
}

/// A journal entry as one line: when, who, what, the field, before → after.
enum JournalText {
    static func line(_ e: JournalEntry, _ lang: Language) -> String {
        let file = DatasetFile.allCases.first { $0.recordsKey == e.kind }
        let kind = file.map { kindName($0, lang) } ?? e.kind
        let action = e.journalAction?.label(lang) ?? e.action ?? ""
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

    /// A record kind as the journal names it, lower case.
    static func kindName(_ file: DatasetFile, _ lang: Language) -> String {
        let m: Msg
        switch file {
        case .units: m = .districts
        case .tasks: m = .tasks
        case .producers: m = .producers
        case .products: m = .products
        case .zones: m = .zones
        case .craftVillages: m = .craftVillage
        case .tourismModels: m = .tourismModel
        case .agencies: m = .agencies
        case .dataset: m = .datasetInfo
        }
        return m.text(lang).lowercased()
    }
}

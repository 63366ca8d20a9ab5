import Foundation
import OCOPModel
import TerminalCore
import OCOPText

extension AppState {
    /// Draws the journal: one entry per saved change, newest first, its field changes beneath, wrapped.
    func renderJournal(_ changes: [JournalChange], _ st: TableState, into buf: inout CellBuffer) {
        var st = st
        let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.journalTitle.text(lang, changes.count), focused: true).render(in: area, into: &buf, theme: theme)
        if changes.isEmpty {
            buf.put(Msg.journalEmpty.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
        } else {
            WrappedList(count: changes.count) { JournalText.lines(changes[$0], self) }.render(in: inner, into: &buf, state: &st, theme: theme)
        }
    }

    /// Enter in the journal: the changed record opens (when it still exists).
    mutating func openJournalEntry() {
        guard case .journal(let changes, let st) = overlay, changes.indices.contains(st.selected) else { return }
        let c = changes[st.selected]
        guard let file = c.file, let route = Self.route(file, c.id), route.exists(self) else {
            message = Msg.journalRecordGone.text(lang)
            return
        }
        overlay = .none
        presentation = nil
        stack.append(DetailEntry(route: route))
    }

    /// Draws the data warnings found while loading, each whole (wrapped, never cut).
    func renderWarnings(_ st: TableState, into buf: inout CellBuffer) {
        var st = st
        let area = buf.area.centered(width: buf.width - 4, height: buf.height - 4)
        buf.fill(area, style: Style(.dialog))
        let title = warnings.isEmpty ? Msg.noWarnings.text(lang) : Msg.warnings.text(lang) + " (\(warnings.count))"
        let inner = Block(title: title, focused: true).render(in: area, into: &buf, theme: theme)
        if warnings.isEmpty {
            buf.put(Msg.noWarnings.text(lang), x: inner.x, y: inner.y, style: Style(.muted))
        } else {
            WrappedList(count: warnings.count) { [warnings[$0].message(lang)] }.render(in: inner, into: &buf, state: &st, theme: theme)
        }
    }
}

/// A journal change in words: a heading (when, who, what, which record by name) and a line per field, with
/// references by name and lists of parts summarised.
enum JournalText {
    static func lines(_ c: JournalChange, _ s: AppState) -> [String] {
        let lang = s.lang
        let kind = c.file.map { kindName($0, lang) } ?? (c.kind == "snapshots" ? Msg.kindSnapshot.text(lang) : c.kind)
        let action = c.journalAction?.label(lang) ?? c.action ?? ""
        let name = recordName(c, s)
        var out = ["\(when(c.time)) · \(c.user) · \(action) \(kind) “\(name)”"]
        if c.journalAction == .add || c.journalAction == .delete || (c.fields.count > 6 && c.fields.allSatisfy { $0.before == nil || $0.after == nil }) {
            // A whole record added or deleted: its fields named once, not one line each.
            out.append(Msg.journalFieldsSet.text(lang, c.fields.count, c.fields.map { FieldNames.label($0.name, lang) }.joined(separator: ", ")))
            return out
        }
        for f in c.fields { out.append(fieldLine(f, c, s)) }
        return out
    }

    /// One field's change: "Tên: cũ → mới", references by name, part lists summarised.
    static func fieldLine(_ f: JournalChange.Field, _ c: JournalChange, _ s: AppState) -> String {
        let lang = s.lang
        let label = FieldNames.label(f.name, lang)
        if let parts = PartsDiff.between(f.before, f.after) {
            let noun = partNoun(f.name).text(lang)
            var said: [String] = []
            said += parts.added.map { Msg.journalAdded.text(lang, noun, partLabel($0)) }
            said += parts.removed.map { Msg.journalRemoved.text(lang, noun, partLabel($0)) }
            said += parts.changed.map { Msg.journalChanged.text(lang, noun, partLabel($0)) }
            if !said.isEmpty { return label + ": " + said.joined(separator: "; ") }
        }
        if let values = ValuesDiff.between(f.before, f.after), !(values.added.isEmpty && values.removed.isEmpty) {
            var said: [String] = []
            if !values.added.isEmpty { said.append(Msg.journalValuesAdded.text(lang, values.added.map { refName(f.name, $0, s) }.joined(separator: ", "))) }
            if !values.removed.isEmpty { said.append(Msg.journalValuesRemoved.text(lang, values.removed.map { refName(f.name, $0, s) }.joined(separator: ", "))) }
            return label + ": " + said.joined(separator: "; ")
        }
        return label + ": " + value(f.name, f.before, s) + " → " + value(f.name, f.after, s)
    }

    /// A value as officials read it: a reference by name, a date as dd/mm/yyyy, long text shortened.
    static func value(_ field: String, _ v: String?, _ s: AppState) -> String {
        guard let v, !v.isEmpty else { return "—" }
        if let d = CivilDate.parse(v), v.count == 10 { return d.display }
        let named = refName(field, v, s)
        return named.count > 80 ? String(named.prefix(79)) + "…" : named
    }

    /// The name of a referenced record for a reference field, else the value itself.
    static func refName(_ field: String, _ id: String, _ s: AppState) -> String {
        let idx = s.cache.index
        switch field {
        case "producerId", "leadProducerId", "operatorProducerId": return idx.producerById[id]?.name ?? id
        case "communeId", "communeIds", "parentId": return idx.unitById[id].map { $0.level.label(s.lang) + " " + $0.name } ?? id
        case "leadAgencyId", "coordinatingAgencyIds", "ownerAgencyId", "agencyId": return idx.agencyById[id]?.shortName ?? id
        case "zoneId", "zoneIds": return idx.zoneById[id]?.name ?? id
        case "productIds": return idx.product(id)?.name ?? id
        default: return id
        }
    }

    /// The noun for a part list's items.
    static func partNoun(_ field: String) -> Msg {
        switch field {
        case "reports": .partReport
        case "notes": .partNote
        case "actions": .partAction
        case "evaluations": .partEvaluation
        case "chains": .partChain
        default: .partItem
        }
    }

    /// A part as one short phrase: its date and title, period or text.
    static func partLabel(_ o: [String: String]) -> String {
        let date = o["date"].flatMap { CivilDate.parse($0)?.display }
        let text = o["title"] ?? o["name"] ?? o["period"] ?? o["text"].map { $0.count > 40 ? String($0.prefix(39)) + "…" : $0 }
            ?? o["total"].map { "\($0) điểm" } ?? o["standard"] ?? ""
        return [date, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The record's name now, or as the journal last saw it.
    static func recordName(_ c: JournalChange, _ s: AppState) -> String {
        if let file = c.file, let r = AppState.route(file, c.id), let rec = r.record(s) { return rec.detailTitle(s) }
        if let file = c.file, file == .agencies, let a = s.cache.index.agencyById[c.id] { return a.name }
        let named = c.fields.first { ["name", "shortTitle"].contains($0.name) }
        return named?.after ?? named?.before ?? c.id
    }

    /// The journal's ISO time as dd/mm/yyyy HH:mm.
    static func when(_ time: String) -> String {
        guard let d = ISO8601DateFormatter().date(from: time) else { return time }
        let f = DateFormatter()
        f.dateFormat = "dd/MM/yyyy HH:mm"
        return f.string(from: d)
    }

    /// A record kind as the journal names it, lower case.
    static func kindName(_ file: DatasetFile, _ lang: Language) -> String {
        let m: Msg
        switch file {
        case .units: m = .kindUnit
        case .tasks: m = .kindTask
        case .producers: m = .kindProducer
        case .products: m = .kindProduct
        case .zones: m = .kindZone
        case .craftVillages: m = .craftVillage
        case .tourismModels: m = .tourismModel
        case .agencies: m = .kindAgency
        case .dataset: m = .datasetInfo
        case .meetings: m = .kindMeeting
        }
        return m.text(lang).lowercased()
    }
}

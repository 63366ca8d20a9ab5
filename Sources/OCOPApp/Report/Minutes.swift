import Foundation
import OCOPModel
import OCOPText

/// A meeting's minutes (biên bản) in the administrative layout of Decree 30/2020/NĐ-CP: the issuing body and the
/// national heading side by side, number and place-and-date line, title, time and place, chair, secretary,
/// attendees, content by agenda item with the figures as of the meeting, decisions with owners and due dates,
/// closing time, signature blocks. Built once as blocks; rendered as Markdown or Word (`Minutes+Docx`).
public struct Minutes: Sendable, Equatable {
    /// One block of the body.
    public enum Block: Sendable, Equatable {
        case heading(String)
        case paragraph(String)
        case bullet(String)
    }
    public var issuingBody: String
    public var national: String
    public var motto: String
    public var number: String
    public var placeDate: String
    public var title: String
    public var subtitle: String
    public var body: [Block]
    /// The signature blocks: role, hint, name (secretary left, chair right).
    public var signatures: [(role: String, hint: String, name: String)]

    /// Two minutes are equal when they read the same.
    public static func == (a: Minutes, b: Minutes) -> Bool {
        a.markdown() == b.markdown()
    }

    /// The minutes of a meeting, with the figures of `ds` (the data as of the meeting) on the meeting's date.
    public init(_ m: Meeting, data ds: Dataset, lang: Language) {
        let t = { (msg: Msg) in msg.text(lang) }
        func agency(_ id: String?) -> String? { id.flatMap { a in ds.agencies.first { $0.id == a }?.shortName } }
        issuingBody = m.issuingBody ?? t(.minutesDefaultBody)
        national = t(.minutesNational)
        motto = t(.minutesMotto)
        number = Msg.minutesNumber.text(lang, m.number ?? "……/BB")
        placeDate = Msg.minutesPlaceDate.text(lang, ds.info.province, String(format: "%02d", m.date.day), String(format: "%02d", m.date.month), m.date.year)
        title = t(.minutesTitle)
        subtitle = m.title
        var b: [Block] = []
        let opened = m.openedAt.flatMap(MeetingTime.clock) ?? "…"
        b.append(.paragraph(Msg.minutesTime.text(lang, opened, m.date.display)))
        if let place = m.place { b.append(.paragraph(Msg.minutesPlace.text(lang, place))) }
        b.append(.paragraph(Msg.minutesChair.text(lang, m.chair ?? "…")))
        b.append(.paragraph(Msg.minutesSecretary.text(lang, m.secretary ?? "…")))
        b.append(.paragraph(t(.minutesAttendees)))
        for a in m.attendees { b.append(.bullet(a.name + (agency(a.agencyId).map { " (" + $0 + ")" } ?? ""))) }
        // Content by agenda item, with the figures as of the meeting.
        b.append(.heading(t(.minutesContent)))
        let report = Report(ds, asOf: m.date, lang: lang)
        let agenda = m.agenda.isEmpty ? [AgendaItem(title: t(.slideOverview), slide: "overview")] : m.agenda
        for (i, item) in agenda.enumerated() {
            b.append(.paragraph("\(i + 1). " + item.title))
            if item.slide == "overview" {
                b.append(.paragraph(Msg.minutesFigures.text(lang, m.date.display)))
                for f in report.figures { b.append(.bullet(f.label + ": " + Format.number(f.value, lang))) }
            }
            if let tid = item.taskId, let task = ds.tasks.first(where: { $0.id == tid }),
               let row = report.tasks.first(where: { $0.ordinal == task.ordinal }) {
                b.append(.bullet(Msg.minutesTaskLine.text(lang, row.statusLabel, row.progress, row.lead)))
                for n in m.notes where n.taskId == tid {
                    if let note = task.notes.first(where: { $0.id == n.noteId }) { b.append(.bullet(Msg.minutesNote.text(lang, note.text))) }
                }
            }
        }
        b.append(.heading(t(.minutesDecisions)))
        if m.decisions.isEmpty { b.append(.paragraph(t(.minutesNoDecisions))) }
        for (i, d) in m.decisions.enumerated() {
            var line = "\(i + 1). " + d.text
            if d.ownerAgencyId != nil || d.dueDate != nil {
                line += " " + Msg.minutesOwnerDue.text(lang, agency(d.ownerAgencyId) ?? "—", d.dueDate?.display ?? "—")
            }
            b.append(.paragraph(line))
        }
        if let closed = m.closedAt.flatMap(MeetingTime.clock) {
            b.append(.paragraph(Msg.minutesClosing.text(lang, closed, (m.closedAt.flatMap(MeetingTime.day) ?? m.date).display)))
        } else {
            b.append(.paragraph(t(.minutesNotClosed)))
        }
        body = b
        signatures = [(t(.minutesSecretarySign), t(.minutesSignHint), m.secretary ?? ""), (t(.minutesChairSign), t(.minutesSignHint), m.chair ?? "")]
    }

    /// The minutes as Markdown: the heading as a two-column table, the body, the signatures as a table.
    public func markdown() -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "| " + cell(issuingBody) + " | **" + cell(national) + "** |\n|:---:|:---:|\n"
        out += "| " + cell(number) + " | **" + cell(motto) + "** |\n"
        out += "|  | *" + cell(placeDate) + "* |\n\n"
        out += "# " + title + "\n\n**" + subtitle + "**\n\n"
        var inList = false
        for block in body {
            if case .bullet(let s) = block {
                out += "- " + s + "\n"
                inList = true
                continue
            }
            // A list ends with a blank line before the next block.
            if inList { out += "\n" }
            inList = false
            switch block {
            case .heading(let s): out += "## " + s + "\n\n"
            case .paragraph(let s): out += s + "\n\n"
            case .bullet: break
            }
        }
        if inList { out += "\n" }
        out += "| " + signatures.map { "**" + cell($0.role) + "**" }.joined(separator: " | ") + " |\n"
        out += "|" + signatures.map { _ in ":---:|" }.joined() + "\n"
        out += "| " + signatures.map { "*" + cell($0.hint) + "*" }.joined(separator: " | ") + " |\n"
        out += "| " + signatures.map { _ in "<br><br>" }.joined(separator: " | ") + " |\n"
        out += "| " + signatures.map { cell($0.name) }.joined(separator: " | ") + " |\n"
        return out
    }
}

import Foundation
import OCOPModel
import OCOPText

/// "Since the last meeting" as text: a title and sections of lines, for the report and the deck's slide.
public enum SinceText {
    /// One section: its heading and lines.
    public struct Section: Codable, Sendable, Equatable {
        public var heading: String
        public var lines: [String]
    }

    /// The title: since the meeting (its date and title) or since a date, up to the report's date.
    public static func title(_ r: SinceReport, _ lang: Language) -> String {
        if let m = r.meeting { return Msg.sinceTitle.text(lang, m.date.display, m.title, r.to.display) }
        return Msg.sinceTitleDate.text(lang, r.from.display, r.to.display)
    }

    /// The sections that have something, in the order officials go through them.
    public static func sections(_ r: SinceReport, _ ds: Dataset, _ lang: Language) -> [Section] {
        var steps: [String] = [], certs: [String] = [], evals: [String] = [], tasks: [String] = [], actions: [String] = []
        var zones: [String] = [], decisions: [String] = []
        for item in r.items {
            let lines = Self.lines(item, ds, lang)
            switch item.change {
            case .step: steps += lines
            case .newCertificate, .expiredCertificate, .revokedCertificate: certs += lines
            case .evaluation: evals += lines
            case .progress: tasks += lines
            case .actionDone, .actionOverdue: actions += lines
            case .zoneAdded, .chainAdded: zones += lines
            case .decision: decisions += lines
            }
        }
        let all: [(Msg, [String])] = [(.sinceDecisions, decisions), (.sinceSteps, steps), (.sinceCertificates, certs), (.evaluations, evals),
                                      (.sinceTasks, tasks), (.sinceActions, actions), (.sinceZones, zones)]
        return all.filter { !$0.1.isEmpty }.map { Section(heading: $0.0.text(lang), lines: $0.1) }
    }

    /// One item's lines (a task's progress is followed by its reports, indented).
    public static func lines(_ item: SinceItem, _ ds: Dataset, _ lang: Language) -> [String] {
        func agency(_ id: String?) -> String { id.flatMap { a in ds.agencies.first { $0.id == a }?.shortName } ?? "" }
        var out: [String] = []
        switch item.change {
        case .step(let from, let to):
            out.append(Msg.sinceStepLine.text(lang, item.name, from.map { "\($0.rawValue)" } ?? "—", "\(to.rawValue). " + to.label(lang)))
        case .newCertificate(let stars, let issued): out.append(Msg.sinceNewCertificate.text(lang, item.name, stars, issued.display))
        case .expiredCertificate(let stars, let expired): out.append(Msg.sinceExpiredCertificate.text(lang, item.name, stars, expired.display))
        case .revokedCertificate(let stars, _): out.append(Msg.sinceRevokedCertificate.text(lang, item.name, stars))
        case .evaluation(let date, let total, let stars): out.append(Msg.sinceEvaluationLine.text(lang, item.name, total, stars, date.display))
        case .progress(let from, let to, let reports):
            out.append(Msg.sinceProgressLine.text(lang, item.name, from.map { "\($0)" } ?? "—", to))
            for rep in reports { out.append("  " + Msg.sinceReportLine.text(lang, rep.date.display, agency(rep.agencyId), rep.narrative)) }
        case .actionDone(let title, let on): out.append(Msg.sinceActionDone.text(lang, item.name, title, on.display))
        case .actionOverdue(let title, let due): out.append(Msg.sinceActionOverdue.text(lang, item.name, title, due.display))
        case .zoneAdded(let area): out.append(Msg.sinceZoneAdded.text(lang, item.name, Format.number(area, lang)))
        case .chainAdded(let chain): out.append(Msg.sinceChainAdded.text(lang, item.name, chain))
        case .decision(let d, let outcome):
            var who: [String] = []
            if let o = d.ownerAgencyId { who.append(agency(o)) }
            if let due = d.dueDate { who.append(due.display) }
            let state: String
            switch outcome {
            case .done(let on): state = Msg.decisionDone.text(lang, on.display)
            case .inProgress(let progress, let overdue): state = (overdue ? Msg.decisionOverdue : Msg.decisionInProgress).text(lang, progress)
            case .noAction: state = Msg.decisionNoAction.text(lang)
            }
            out.append(d.text + (who.isEmpty ? "" : " (" + who.joined(separator: ", ") + ")") + " — " + state)
        }
        return out
    }

    /// The whole section as text or Markdown.
    public static func render(_ r: SinceReport, _ ds: Dataset, _ lang: Language, markdown md: Bool) -> String {
        render(title: title(r, lang), sections(r, ds, lang), lang, markdown: md)
    }

    /// A section already laid out (title and sections) as text or Markdown.
    public static func render(title t: String, _ secs: [Section], _ lang: Language, markdown md: Bool) -> String {
        var out = ""
        out += md ? "## " + t + "\n\n" : t + "\n" + String(repeating: "-", count: t.count) + "\n"
        if secs.isEmpty { out += Msg.sinceNothing.text(lang) + "\n" }
        for s in secs {
            out += md ? "\n### " + s.heading + "\n\n" : "\n" + s.heading + "\n"
            for l in s.lines { out += (md ? (l.hasPrefix("  ") ? "  - " + l.dropFirst(2) : "- " + l) : "  " + l) + "\n" }
        }
        return out + "\n"
    }
}

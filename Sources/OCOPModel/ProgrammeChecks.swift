import Foundation
import OCOPText

/// The programme's own rules, checked on a decoded dataset beside the structural checks: units and agencies over
/// time, the criteria set and the council that may award stars on an evaluation's date (from the rules table, which is
/// data), the certificate against the latest qualifying evaluation, and the notice's six tasks.
enum ProgrammeChecks {
    static func problems(_ ds: Dataset) -> [Problem] {
        var out: [Problem] = []
        func add(_ sev: Severity, _ file: DatasetFile, _ path: @autoclosure () -> [PathComponent], _ kind: ProblemKind, id: String?) {
            out.append(Problem(sev, file: file.rawValue, path: path(), recordId: id, kind))
        }
        let timeline = UnitTimeline(ds.units)
        // Units: successors known, contiguous and without loops.
        for (i, u) in ds.units.enumerated() {
            let p = ProblemPath("units", i)
            for (j, s) in (u.successorIds ?? []).enumerated() {
                guard let su = timeline.byId[s] else {
                    add(.error, .units, p(.key("successorIds"), .index(j)), .unknownReference(id: s, target: DatasetFile.units.rawValue), id: u.id)
                    continue
                }
                if let end = u.validTo, su.validFrom != end.adding(days: 1) {
                    add(.warning, .units, p(.key("successorIds"), .index(j)), .successorNotContiguous(successor: s, expectedFrom: end.adding(days: 1)), id: u.id)
                }
            }
            if u.successorIds?.isEmpty == false, let cycle = timeline.successorCycle(from: u.id), cycle.first == u.id {
                add(.error, .units, p(.key("successorIds")), .successorCycle(path: cycle), id: u.id)
            }
        }
        // Agencies: dates in order, successors known and contiguous.
        let agencies = Dictionary(ds.agencies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (i, a) in ds.agencies.enumerated() {
            let p = ProblemPath("agencies", i)
            if let f = a.validFrom, let t = a.validTo, t < f { add(.error, .agencies, p(.key("validTo")), .invalidPeriod(from: f, to: t), id: a.id) }
            for (j, s) in (a.successorIds ?? []).enumerated() {
                guard let sa = agencies[s] else {
                    add(.error, .agencies, p(.key("successorIds"), .index(j)), .unknownReference(id: s, target: DatasetFile.agencies.rawValue), id: a.id)
                    continue
                }
                if let end = a.validTo, let from = sa.validFrom, from > end.adding(days: 1) {
                    add(.warning, .agencies, p(.key("successorIds"), .index(j)), .successorNotContiguous(successor: s, expectedFrom: end.adding(days: 1)), id: a.id)
                }
            }
        }
        func agencyValid(_ id: String, on date: CivilDate) -> (Bool, String?) {
            guard let a = agencies[id] else { return (true, nil) }
            let ok = (a.validFrom.map { $0 <= date } ?? true) && (a.validTo.map { date <= $0 } ?? true)
            return (ok, a.successorIds?.first)
        }
        // Tasks: exactly six, ordinals 1–6 once each; reports and actions owned by bodies that existed on their dates.
        let ordinals = ds.tasks.map(\.ordinal)
        if ordinals.sorted() != Array(1...6) {
            add(.error, .tasks, [.key("tasks")], .taskOrdinals(found: ordinals), id: nil)
        }
        for (i, t) in ds.tasks.enumerated() {
            let p = ProblemPath("tasks", i)
            for (j, r) in t.reports.enumerated() {
                let (ok, successor) = agencyValid(r.agencyId, on: r.date)
                if !ok { add(.warning, .tasks, p(.key("reports"), .index(j), .key("agencyId")), .notValidOn(id: r.agencyId, date: r.date, successor: successor), id: t.id) }
            }
            for (j, a) in t.actions.enumerated() {
                guard let due = a.dueDate, a.doneDate == nil || (a.doneDate.map { $0 >= due } ?? false) else { continue }
                let (ok, successor) = agencyValid(a.ownerAgencyId, on: a.doneDate ?? due)
                if !ok { add(.warning, .tasks, p(.key("actions"), .index(j), .key("ownerAgencyId")), .notValidOn(id: a.ownerAgencyId, date: a.doneDate ?? due, successor: successor), id: t.id) }
            }
        }
        // Products: the criteria set in force on each evaluation's date, the group under the evaluation's set, the
        // council that may award those stars, the certificate against the latest qualifying evaluation, and the
        // commune valid on the evaluation's date.
        let rules = ds.rules
        for (i, pr) in ds.products.enumerated() {
            let p = ProblemPath("products", i)
            // The latest evaluation, the latest that may certify (the first of equals) and the first date, in one pass.
            var latestIndex: Int?, latestCertifiable: Int?, first: CivilDate?
            for (j, e) in pr.evaluations.enumerated() {
                if latestIndex.map({ pr.evaluations[$0].date < e.date }) ?? true { latestIndex = j }
                if Rules.isCertifiable(stars: e.stars), latestCertifiable.map({ pr.evaluations[$0].date < e.date }) ?? true { latestCertifiable = j }
                if first.map({ e.date < $0 }) ?? true { first = e.date }
            }
            for (j, e) in pr.evaluations.enumerated() {
                let ep = p.nested("evaluations", j)
                let usable = rules.mayUse(e.criteriaSet, on: e.date)
                if !usable {
                    add(.error, .products, ep(.key("criteriaSet")),
                        .criteriaSetNotInForce(criteriaSet: e.criteriaSet.rawValue, date: e.date, inForce: rules.criteriaSets(on: e.date).map(\.rawValue)), id: pr.id)
                } else if j == latestIndex, !e.criteriaSet.groups.contains(pr.group) {
                    // The product's group is today's; earlier evaluations may predate its move to a newer set's group.
                    add(.error, .products, ep(.key("criteriaSet")), .groupNotInCriteriaSet(group: pr.group.rawValue, criteriaSet: e.criteriaSet.rawValue), id: pr.id)
                }
                // A council scoring above what it may award forwards the product (and certifies what it may);
                // a council with no right to award on that date, or below its range, is a mistake.
                if Rules.isCertifiable(stars: e.stars), usable {
                    let allowed = rules.awardable(by: e.councilLevel, under: e.criteriaSet, on: e.date)
                    if allowed.map({ e.stars < $0.lowerBound }) ?? true {
                        let text = allowed.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)" }
                        add(.warning, .products, ep(.key("councilLevel")),
                            .councilCannotAward(level: e.councilLevel.rawValue, stars: e.stars, criteriaSet: e.criteriaSet.rawValue, date: e.date, allowed: text), id: pr.id)
                    }
                }
            }
            if let c = pr.certificate, let latest = latestCertifiable.map({ pr.evaluations[$0] }) {
                let cp = p.nested("certificate")
                let cap = rules.awardable(by: latest.councilLevel, under: latest.criteriaSet, on: latest.date)?.upperBound ?? latest.stars
                let expected = min(latest.stars, cap)
                if c.stars != expected {
                    add(.warning, .products, cp(.key("stars")), .certificateDisagrees(field: "stars", certificate: "\(c.stars)", evaluation: "\(expected)"), id: pr.id)
                } else if c.issuedOn != latest.date {
                    add(.warning, .products, cp(.key("issuedOn")),
                        .certificateDisagrees(field: "issuedOn", certificate: c.issuedOn.display, evaluation: latest.date.display), id: pr.id)
                } else if let decision = latest.decisionNumber, decision != c.decisionNumber {
                    add(.warning, .products, cp(.key("decisionNumber")),
                        .certificateDisagrees(field: "decisionNumber", certificate: c.decisionNumber, evaluation: decision), id: pr.id)
                }
            }
            // The commune must have existed at some time between the product's registration and its first evaluation.
            if let first, let u = timeline.byId[pr.communeId] {
                let registered = CivilDate(year: pr.registeredYear, month: 1, day: 1) ?? first
                let from = min(registered, first)
                let overlaps = (u.validFrom.map { $0 <= first } ?? true) && (u.validTo.map { $0 >= from } ?? true)
                if !overlaps {
                    add(.warning, .products, p(.key("communeId")),
                        .notValidOn(id: pr.communeId, date: first, successor: (u.validTo.map { $0 < first } ?? false) ? timeline.current(pr.communeId, on: first).first : nil),
                        id: pr.id)
                }
            }
        }
        return out
    }
}

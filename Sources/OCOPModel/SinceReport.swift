import Foundation

/// What became of a meeting's decision by now.
public enum DecisionOutcome: Sendable, Hashable {
    /// The action it created was done on a date.
    case done(CivilDate)
    /// The action is open, with its progress; overdue when its due date has passed.
    case inProgress(progress: Int, overdue: Bool)
    /// The decision created no action (or the action is gone).
    case noAction
}

/// One thing that changed since a meeting (or a date), naming the record it belongs to.
public struct SinceItem: Sendable, Hashable {
    /// The kind of change.
    public enum Change: Sendable, Hashable {
        case step(from: CycleStep?, to: CycleStep)
        case newCertificate(stars: Int, issued: CivilDate)
        case expiredCertificate(stars: Int, expired: CivilDate)
        case revokedCertificate(stars: Int, on: CivilDate?)
        case evaluation(date: CivilDate, total: Int, stars: Int)
        case progress(from: Int?, to: Int, reports: [ProgressReport])
        case actionDone(title: String, on: CivilDate)
        case actionOverdue(title: String, due: CivilDate)
        case zoneAdded(areaHa: Double)
        case chainAdded(chain: String)
        case decision(MeetingDecision, DecisionOutcome)
    }
    public var file: DatasetFile
    public var id: String
    /// The record's name (product, task, zone …) or the meeting's title.
    public var name: String
    public var change: Change
}

/// Since the last meeting (or a date): the programme's changes between the data as it was then and now.
public struct SinceReport: Sendable {
    public var from: CivilDate
    public var to: CivilDate
    public var meeting: Meeting?
    public var items: [SinceItem]

    /// The changes from `old` (the data when the meeting closed, or on the date) to `new`, as of `to`; with the
    /// meeting, its decisions and what became of them.
    public static func between(_ old: Dataset, _ new: Dataset, from: CivilDate, to: CivilDate, meeting: Meeting?) -> SinceReport {
        var items: [SinceItem] = []
        var oldProducts: [String: Product] = [:]
        for p in old.products { oldProducts[p.id] = p }
        for p in new.products {
            let o = oldProducts[p.id]
            if o?.cycleStep != p.cycleStep { items.append(SinceItem(file: .products, id: p.id, name: p.name, change: .step(from: o?.cycleStep, to: p.cycleStep))) }
            for e in p.evaluations where !(o?.evaluations.contains(e) ?? false) {
                items.append(SinceItem(file: .products, id: p.id, name: p.name, change: .evaluation(date: e.date, total: e.total, stars: e.stars)))
            }
            if let c = p.certificate, c.revokedOn == nil, o?.certificate?.issuedOn != c.issuedOn || o?.certificate?.stars != c.stars {
                items.append(SinceItem(file: .products, id: p.id, name: p.name, change: .newCertificate(stars: c.stars, issued: c.issuedOn)))
            }
            if let oc = o?.certificate, oc.revokedOn == nil, p.certificate == nil || p.certificate?.revokedOn != nil {
                items.append(SinceItem(file: .products, id: p.id, name: p.name, change: .revokedCertificate(stars: oc.stars, on: p.certificate?.revokedOn)))
            }
            if let c = p.certificate, c.revokedOn == nil, c.expiresOn < to, c.expiresOn >= from {
                items.append(SinceItem(file: .products, id: p.id, name: p.name, change: .expiredCertificate(stars: c.stars, expired: c.expiresOn)))
            }
        }
        var oldTasks: [String: ConclusionTask] = [:]
        for t in old.tasks { oldTasks[t.id] = t }
        for t in new.tasks.sorted(by: { $0.ordinal < $1.ordinal }) {
            let o = oldTasks[t.id]
            let reports = t.reports.filter { r in !(o?.reports.contains { $0.id == r.id } ?? false) }
            if o?.progress != t.progress || !reports.isEmpty {
                items.append(SinceItem(file: .tasks, id: t.id, name: t.shortTitle, change: .progress(from: o?.progress, to: t.progress, reports: reports)))
            }
            for a in t.actions {
                let oa = o?.actions.first { $0.id == a.id }
                if let done = a.doneDate, oa?.doneDate == nil {
                    items.append(SinceItem(file: .tasks, id: t.id, name: t.shortTitle, change: .actionDone(title: a.title, on: done)))
                } else if a.doneDate == nil, let due = a.dueDate, due < to, due >= from {
                    items.append(SinceItem(file: .tasks, id: t.id, name: t.shortTitle, change: .actionOverdue(title: a.title, due: due)))
                }
            }
        }
        var oldZones: [String: RawMaterialZone] = [:]
        for z in old.zones { oldZones[z.id] = z }
        for z in new.zones {
            guard let o = oldZones[z.id] else {
                items.append(SinceItem(file: .zones, id: z.id, name: z.name, change: .zoneAdded(areaHa: z.areaHa)))
                for c in z.chains { items.append(SinceItem(file: .zones, id: z.id, name: z.name, change: .chainAdded(chain: c.name))) }
                continue
            }
            for c in z.chains where !o.chains.contains(where: { $0.id == c.id }) {
                items.append(SinceItem(file: .zones, id: z.id, name: z.name, change: .chainAdded(chain: c.name)))
            }
        }
        if let meeting {
            for d in meeting.decisions {
                var outcome = DecisionOutcome.noAction
                if let tid = d.taskId, let aid = d.actionId, let a = new.tasks.first(where: { $0.id == tid })?.actions.first(where: { $0.id == aid }) {
                    if let done = a.doneDate { outcome = .done(done) }
                    else { outcome = .inProgress(progress: a.progress, overdue: a.dueDate.map { $0 < to } ?? false) }
                }
                items.append(SinceItem(file: .meetings, id: meeting.id, name: meeting.title, change: .decision(d, outcome)))
            }
        }
        return SinceReport(from: from, to: to, meeting: meeting, items: items)
    }
}

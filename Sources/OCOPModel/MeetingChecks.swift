import Foundation

/// Checks `meetings.json` (a note or action a meeting names but its task no longer holds is a warning: the task
/// was edited since): unique ids, text present, references to agencies, tasks, task notes and actions, and
/// opening and closing times that parse and come in order.
enum MeetingChecks {
    /// Every problem of the dataset's meetings; positions are filled in by the loader.
    static func problems(_ ds: Dataset) -> [Problem] {
        var out: [Problem] = []
        let file = DatasetFile.meetings
        func add(_ path: [PathComponent], _ kind: ProblemKind, id: String, _ sev: Severity = .error) {
            out.append(Problem(sev, file: file.rawValue, path: path, recordId: id, kind))
        }
        let agencies = Set(ds.agencies.map(\.id))
        var tasks: [String: ConclusionTask] = [:]
        for t in ds.tasks { tasks[t.id] = t }
        var seen: [String: Int] = [:]
        for (i, m) in ds.meetings.enumerated() {
            let p: [PathComponent] = [.key(file.recordsKey), .index(i)]
            if let first = seen[m.id] {
                add(p + [.key("id")], .duplicateId(id: m.id, firstIndex: first), id: m.id)
            } else {
                seen[m.id] = i
            }
            if m.title.allSatisfy(\.isWhitespace) { add(p + [.key("title")], .emptyText, id: m.id) }
            for (j, a) in m.attendees.enumerated() {
                let ap = p + [.key("attendees"), .index(j)]
                if a.name.allSatisfy(\.isWhitespace) { add(ap + [.key("name")], .emptyText, id: m.id) }
                if let ag = a.agencyId, !agencies.contains(ag) {
                    add(ap + [.key("agencyId")], .unknownReference(id: ag, target: DatasetFile.agencies.rawValue), id: m.id)
                }
            }
            func task(_ tid: String, _ path: [PathComponent]) -> ConclusionTask? {
                guard let t = tasks[tid] else {
                    add(path, .unknownReference(id: tid, target: DatasetFile.tasks.rawValue), id: m.id)
                    return nil
                }
                return t
            }
            for (j, item) in m.agenda.enumerated() {
                let ip = p + [.key("agenda"), .index(j)]
                if item.title.allSatisfy(\.isWhitespace) { add(ip + [.key("title")], .emptyText, id: m.id) }
                if let tid = item.taskId { _ = task(tid, ip + [.key("taskId")]) }
            }
            for (j, n) in m.notes.enumerated() {
                let np = p + [.key("notes"), .index(j)]
                if let t = task(n.taskId, np + [.key("taskId")]), !t.notes.contains(where: { $0.id == n.noteId }) {
                    add(np + [.key("noteId")], .unknownReference(id: n.noteId, target: DatasetFile.tasks.rawValue), id: m.id, .warning)
                }
            }
            for (j, d) in m.decisions.enumerated() {
                let dp = p + [.key("decisions"), .index(j)]
                if d.text.allSatisfy(\.isWhitespace) { add(dp + [.key("text")], .emptyText, id: m.id) }
                if let ag = d.ownerAgencyId, !agencies.contains(ag) {
                    add(dp + [.key("ownerAgencyId")], .unknownReference(id: ag, target: DatasetFile.agencies.rawValue), id: m.id)
                }
                guard let tid = d.taskId else {
                    if d.noteId != nil || d.actionId != nil { add(dp + [.key("taskId")], .missingField(name: "taskId"), id: m.id) }
                    continue
                }
                guard let t = task(tid, dp + [.key("taskId")]) else { continue }
                if let nid = d.noteId, !t.notes.contains(where: { $0.id == nid }) {
                    add(dp + [.key("noteId")], .unknownReference(id: nid, target: DatasetFile.tasks.rawValue), id: m.id, .warning)
                }
                if let aid = d.actionId, !t.actions.contains(where: { $0.id == aid }) {
                    add(dp + [.key("actionId")], .unknownReference(id: aid, target: DatasetFile.tasks.rawValue), id: m.id, .warning)
                }
            }
            let opened = m.openedAt.flatMap(MeetingTime.parse)
            let closed = m.closedAt.flatMap(MeetingTime.parse)
            if let s = m.openedAt, opened == nil { add(p + [.key("openedAt")], .invalidDate(value: s), id: m.id) }
            if let s = m.closedAt, closed == nil { add(p + [.key("closedAt")], .invalidDate(value: s), id: m.id) }
            if m.status == .closed, m.closedAt == nil { add(p + [.key("closedAt")], .missingField(name: "closedAt"), id: m.id) }
            if let o = opened, let c = closed, c < o, let from = m.openedAt.flatMap(MeetingTime.day), let to = m.closedAt.flatMap(MeetingTime.day) {
                add(p + [.key("closedAt")], .invalidPeriod(from: from, to: to), id: m.id)
            }
        }
        return out
    }
}

/// Times of meetings: ISO 8601 with an offset (`2020-12-31T08:00:00+07:00`), as the journal writes them.
public enum MeetingTime {
    /// The instant a time string names, or nil when it is not ISO 8601 with a zone.
    public static func parse(_ s: String) -> Date? {
        ISO8601DateFormatter().date(from: s)
    }

    /// Now, with the machine's offset (`2026-12-04T16:54:56+07:00`): minutes give local wall-clock times.
    public static func now(_ date: Date = Date(), timeZone: TimeZone = .current) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = timeZone
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    /// The day a time falls on as written.
    public static func day(_ s: String) -> CivilDate? { CivilDate.parse(String(s.prefix(10))) }

    /// The wall-clock hour and minute of a time as written ("08:00"), whatever its zone.
    public static func clock(_ s: String) -> String? {
        guard parse(s) != nil, let t = s.firstIndex(of: "T") else { return nil }
        return String(s[s.index(after: t)...].prefix(5))
    }
}

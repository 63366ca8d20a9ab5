import Foundation

/// The programme's rules as pure functions.
public enum Rules {
    /// Stars for a total score out of 100: 90/70/50/30 thresholds.
    public static func stars(forTotal total: Int) -> Int {
        switch total {
        case 90...: 5
        case 70..<90: 4
        case 50..<70: 3
        case 30..<50: 2
        default: 1
        }
    }

    /// Whether a star rank earns a certificate (3★ and above).
    public static func isCertifiable(stars: Int) -> Bool { stars >= 3 }

    /// How long a certificate stays valid.
    public static let certificateValidityMonths = 36

    /// The expiry of a certificate issued on a date: issue + 36 months, clamped to the month's end.
    public static func certificateExpiry(issuedOn: CivilDate) -> CivilDate {
        issuedOn.adding(months: certificateValidityMonths)
    }

    /// Whether a certificate expires within `days` of `date` (and has not already expired).
    public static func expiresWithin(_ cert: Certificate, days: Int, of date: CivilDate) -> Bool {
        cert.expiresOn >= date && date.days(to: cert.expiresOn) <= days
    }

    /// Whether a certificate has expired by `date`.
    public static func isExpired(_ cert: Certificate, on date: CivilDate) -> Bool {
        cert.expiresOn < date
    }

    /// Total and stars for part scores, capped by the criteria set's part maxima.
    public static func score(a: Int, b: Int, c: Int, set: CriteriaSet) -> (total: Int, stars: Int) {
        let m = set.partMaxima
        let total = min(max(a, 0), m.a) + min(max(b, 0), m.b) + min(max(c, 0), m.c)
        return (total, stars(forTotal: total))
    }

    /// The status word of a task on a date, derived from its deadline, completion and progress.
    public static func status(of task: ConclusionTask, on date: CivilDate) -> TaskStatus {
        if let done = task.completedOn {
            if let deadline = task.deadline, done > deadline { return .doneLate }
            return .doneOnTime
        }
        if task.ongoing { return .ongoing }
        if let deadline = task.deadline, deadline < date { return .overdue }
        let started = task.progress > 0 || task.actions.contains { $0.progress > 0 || $0.doneDate != nil }
        return started ? .inProgress : .notStarted
    }

    /// Whether an action is overdue on a date: past its due date and not done.
    public static func isOverdue(_ action: TaskAction, on date: CivilDate) -> Bool {
        guard action.doneDate == nil, let due = action.dueDate else { return false }
        return due < date
    }
}

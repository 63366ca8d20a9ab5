import Foundation
import OCOPModel

/// Where "since" starts: the last closed meeting, or a date.
public enum SinceStart: Sendable, Equatable {
    case lastMeeting
    case date(CivilDate)

    /// `last-meeting` or a date (dd/mm/yyyy or yyyy-mm-dd).
    public init?(_ text: String) {
        if text == "last-meeting" { self = .lastMeeting; return }
        guard let d = CivilDate.parse(text) else { return nil }
        self = .date(d)
    }
}

/// Meetings with history: closing one stores a snapshot; "since the last meeting" compares with the data then.
public enum MeetingHistory {
    /// Closes the meeting (its record frozen) and stores a snapshot of the data as it stands at the close.
    @discardableResult
    public static func close(_ id: String, in dir: URL, current ds: Dataset, user: String, time: String = MeetingTime.now()) throws -> Meeting {
        let m = try MeetingSession.close(id, in: dir, current: ds, user: user, time: time)
        try SnapshotStore.take(dir, reason: JournalAction.closeMeeting.rawValue, meetingId: id, user: user, time: time)
        return m
    }

    /// What changed since the last meeting closed on or before `today` (compared with the snapshot its closing
    /// stored, or the history on its day) or since a date.
    public static func since(_ start: SinceStart, in dir: URL, current ds: Dataset, today: CivilDate) throws -> SinceReport {
        switch start {
        case .date(let d):
            let old = try History.dataset(before: History.endOf(d), in: dir)
            return SinceReport.between(old, ds, from: d, to: today, meeting: nil)
        case .lastMeeting:
            guard let m = ds.lastClosedMeeting(onOrBefore: today) else { throw HistoryError.noSnapshotBefore(today.iso) }
            let old: Dataset
            if let snap = SnapshotStore.all(dir).last(where: { $0.meetingId == m.id }) {
                old = try SnapshotStore.dataset(snap, in: dir)
            } else {
                old = try History.dataset(before: History.endOf(m.date), in: dir)
            }
            return SinceReport.between(old, ds, from: m.date, to: today, meeting: m)
        }
    }
}

import Foundation

/// The kind of a review meeting.
public enum MeetingKind: String, DomainEnum {
    case periodicReview, thematic
}

/// Where a meeting stands: planned, open (notes and decisions are being recorded) or closed (its record frozen).
public enum MeetingStatus: String, DomainEnum {
    case planned, open, closed
}

/// Someone present at a meeting, with the agency they represent.
public struct MeetingAttendee: Codable, Hashable, Sendable {
    public var name: String
    public var agencyId: String?

    /// An attendee.
    public init(name: String, agencyId: String? = nil) {
        self.name = name
        self.agencyId = agencyId
    }
}

/// One item of a meeting's agenda: a task, a slide of the deck, or both, with its title.
public struct AgendaItem: Codable, Hashable, Sendable {
    public var title: String
    public var taskId: String?
    public var slide: String?

    /// An agenda item.
    public init(title: String, taskId: String? = nil, slide: String? = nil) {
        self.title = title
        self.taskId = taskId
        self.slide = slide
    }
}

/// A task note recorded during a meeting (the note itself lives on the task).
public struct MeetingNoteLink: Codable, Hashable, Sendable {
    public var taskId: String
    public var noteId: String

    /// A link to a task's note.
    public init(taskId: String, noteId: String) {
        self.taskId = taskId
        self.noteId = noteId
    }
}

/// A decision of a meeting; it may create an action on a task, owned by an agency with a due date.
public struct MeetingDecision: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var text: String
    public var taskId: String?
    /// The task note the decision was recorded as, if any.
    public var noteId: String?
    /// The action the decision created on the task, if any.
    public var actionId: String?
    public var ownerAgencyId: String?
    public var dueDate: CivilDate?

    /// A decision.
    public init(id: String, text: String, taskId: String? = nil, noteId: String? = nil, actionId: String? = nil,
                ownerAgencyId: String? = nil, dueDate: CivilDate? = nil) {
        self.id = id
        self.text = text
        self.taskId = taskId
        self.noteId = noteId
        self.actionId = actionId
        self.ownerAgencyId = ownerAgencyId
        self.dueDate = dueDate
    }
}

/// A review meeting of the programme (`meetings.json`): who chaired and took the minutes, who came, the agenda,
/// the notes and decisions recorded, and when it was opened and closed. A closed meeting's record is frozen.
public struct Meeting: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var title: String
    public var kind: MeetingKind
    public var place: String?
    /// The body that issues the minutes (cơ quan ban hành), e.g. "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI".
    public var issuingBody: String?
    /// The minutes' number, e.g. "01/BB-UBND".
    public var number: String?
    public var chair: String?
    public var secretary: String?
    public var attendees: [MeetingAttendee]
    public var agenda: [AgendaItem]
    public var notes: [MeetingNoteLink]
    public var decisions: [MeetingDecision]
    public var status: MeetingStatus
    /// When the meeting was opened and closed (ISO 8601 times).
    public var openedAt: String?
    public var closedAt: String?

    /// A meeting from all its fields.
    public init(id: String, date: CivilDate, title: String, kind: MeetingKind, place: String? = nil, issuingBody: String? = nil,
                number: String? = nil, chair: String? = nil, secretary: String? = nil, attendees: [MeetingAttendee] = [],
                agenda: [AgendaItem] = [], notes: [MeetingNoteLink] = [], decisions: [MeetingDecision] = [],
                status: MeetingStatus, openedAt: String? = nil, closedAt: String? = nil) {
        self.id = id
        self.date = date
        self.title = title
        self.kind = kind
        self.place = place
        self.issuingBody = issuingBody
        self.number = number
        self.chair = chair
        self.secretary = secretary
        self.attendees = attendees
        self.agenda = agenda
        self.notes = notes
        self.decisions = decisions
        self.status = status
        self.openedAt = openedAt
        self.closedAt = closedAt
    }

    /// Whether the meeting's record may no longer change.
    public var isFrozen: Bool { status == .closed }
}

extension Meeting: DatasetRecord {
    public static var file: DatasetFile { .meetings }
    public static var list: WritableKeyPath<Dataset, [Meeting]> { \.meetings }
}

extension Dataset {
    /// The meetings, oldest first (by date, then opening time).
    public var meetingsByDate: [Meeting] {
        meetings.sorted { ($0.date, $0.openedAt ?? "", $0.id) < ($1.date, $1.openedAt ?? "", $1.id) }
    }

    /// The last closed meeting on or before a date.
    public func lastClosedMeeting(onOrBefore date: CivilDate) -> Meeting? {
        meetingsByDate.last { $0.status == .closed && $0.date <= date }
    }

    /// The meeting held on a date that is not closed yet (planned or open), if any.
    public func meetingToContinue(on date: CivilDate) -> Meeting? {
        meetingsByDate.last { $0.date == date && $0.status != .closed }
    }
}

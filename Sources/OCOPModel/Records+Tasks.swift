import Foundation
import OCOPText

/// One action under a task, owned by an agency.
public struct TaskAction: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var ownerAgencyId: String
    public var dueDate: CivilDate?
    public var doneDate: CivilDate?
    public var progress: Int

    /// A value from all its fields.
    public init(id: String, title: String, ownerAgencyId: String, dueDate: CivilDate? = nil, doneDate: CivilDate? = nil, progress: Int) {
        self.id = id
        self.title = title
        self.ownerAgencyId = ownerAgencyId
        self.dueDate = dueDate
        self.doneDate = doneDate
        self.progress = progress
    }
}

/// A named figure inside a progress report.
public struct ReportFigure: Codable, Hashable, Sendable {
    public var label: String
    public var value: Double
    public var unit: String?

    /// A value from all its fields.
    public init(label: String, value: Double, unit: String? = nil) {
        self.label = label
        self.value = value
        self.unit = unit
    }
}

/// A dated progress report on a task from an agency.
public struct ProgressReport: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var agencyId: String
    public var periodKind: ReportPeriodKind
    public var period: String
    public var narrative: String
    public var figures: [ReportFigure]?

    /// A value from all its fields.
    public init(id: String, date: CivilDate, agencyId: String, periodKind: ReportPeriodKind, period: String, narrative: String, figures: [ReportFigure]? = nil) {
        self.id = id
        self.date = date
        self.agencyId = agencyId
        self.periodKind = periodKind
        self.period = period
        self.narrative = narrative
        self.figures = figures
    }
}

/// A meeting note or decision recorded on a task.
public struct MeetingNote: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var date: CivilDate
    public var kind: NoteKind
    public var text: String
    public var author: String

    /// A note or decision.
    public init(id: String, date: CivilDate, kind: NoteKind, text: String, author: String) {
        self.id = id
        self.date = date
        self.kind = kind
        self.text = text
        self.author = author
    }
}

/// One of the six tasks the conclusion notice assigns.
public struct ConclusionTask: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var ordinal: Int
    public var shortTitle: String
    public var shortTitleEn: String
    public var text: String
    public var leadAgencyId: String
    public var coordinatingAgencyIds: [String]
    public var deadline: CivilDate?
    public var ongoing: Bool
    public var completedOn: CivilDate?
    public var progress: Int
    public var actions: [TaskAction]
    public var reports: [ProgressReport]
    public var notes: [MeetingNote]
    /// The agencies the notice itself names for this task; the others (lead or coordinating) come from the
    /// province's follow-up plan, and the UI marks them so.
    public var noticeAgencyIds: [String]?

    /// Whether an agency's assignment to the task comes from the notice itself.
    public func namedInNotice(_ agencyId: String) -> Bool { noticeAgencyIds?.contains(agencyId) ?? false }

    /// A value from all its fields.
    public init(id: String, ordinal: Int, shortTitle: String, shortTitleEn: String, text: String, leadAgencyId: String, coordinatingAgencyIds: [String], deadline: CivilDate? = nil, ongoing: Bool, completedOn: CivilDate? = nil, progress: Int, actions: [TaskAction], reports: [ProgressReport], notes: [MeetingNote]) {
        self.id = id
        self.ordinal = ordinal
        self.shortTitle = shortTitle
        self.shortTitleEn = shortTitleEn
        self.text = text
        self.leadAgencyId = leadAgencyId
        self.coordinatingAgencyIds = coordinatingAgencyIds
        self.deadline = deadline
        self.ongoing = ongoing
        self.completedOn = completedOn
        self.progress = progress
        self.actions = actions
        self.reports = reports
        self.notes = notes
    }
}

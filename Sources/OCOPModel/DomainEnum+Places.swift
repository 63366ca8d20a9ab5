import Foundation
import OCOPText

/// Whether a zone is crops or livestock.
public enum ZoneKind: String, DomainEnum {
    case crop, livestock, aquaculture
}

/// An assessment of one of the "4 có".
public enum Assessment: String, DomainEnum {
    case met, partial, notMet, unassessed
}

/// Recognition of a craft village.
public enum CraftRecognition: String, DomainEnum {
    case traditional, recognized, pending, none
}

/// Kind of tourism model.
public enum TourismType: String, DomainEnum {
    case experiential, agricultural, community, eco
}

/// Whether a meeting entry is a note or a decision.
public enum NoteKind: String, DomainEnum {
    case note, decision
}

/// How often a progress report is due.
public enum ReportPeriodKind: String, DomainEnum {
    case month, quarter, halfYear, year
}

/// The derived status of a conclusion task, in the words officials use.
public enum TaskStatus: String, CaseIterable, Sendable, Hashable, Labelled {
    case doneOnTime, doneLate, inProgress, overdue, notStarted, ongoing
}

import Foundation
import OCOPText

/// Whether a zone is crops or livestock.
public enum ZoneKind: String, DomainEnum {
    case crop, livestock, aquaculture
    public var vi: String {
        switch self {
        case .crop: "trồng trọt"
        case .livestock: "chăn nuôi"
        case .aquaculture: "thủy sản"
        }
    }
    public var en: String { rawValue }
}

/// An assessment of one of the "4 có".
public enum Assessment: String, DomainEnum {
    case met, partial, notMet, unassessed
    public var vi: String {
        switch self {
        case .met: "đạt"
        case .partial: "đạt một phần"
        case .notMet: "chưa đạt"
        case .unassessed: "chưa đánh giá"
        }
    }
    public var en: String {
        switch self {
        case .met: "met"
        case .partial: "partly met"
        case .notMet: "not met"
        case .unassessed: "not assessed"
        }
    }
}

/// Recognition of a craft village.
public enum CraftRecognition: String, DomainEnum {
    case traditional, recognized, pending, none
    public var vi: String {
        switch self {
        case .traditional: "làng nghề truyền thống"
        case .recognized: "làng nghề"
        case .pending: "đang đề nghị công nhận"
        case .none: "chưa công nhận"
        }
    }
    public var en: String {
        switch self {
        case .traditional: "traditional craft village"
        case .recognized: "craft village"
        case .pending: "recognition pending"
        case .none: "not recognised"
        }
    }
}

/// Kind of tourism model.
public enum TourismType: String, DomainEnum {
    case experiential, agricultural, community, eco
    public var vi: String {
        switch self {
        case .experiential: "du lịch trải nghiệm"
        case .agricultural: "du lịch nông nghiệp"
        case .community: "du lịch cộng đồng"
        case .eco: "du lịch sinh thái"
        }
    }
    public var en: String {
        switch self {
        case .experiential: "experiential"
        case .agricultural: "agricultural"
        case .community: "community"
        case .eco: "eco-tourism"
        }
    }
}

/// Whether a meeting entry is a note or a decision.
public enum NoteKind: String, DomainEnum {
    case note, decision
    public var vi: String { self == .note ? "ghi chú" : "kết luận" }
    public var en: String { rawValue }
}

/// How often a progress report is due.
public enum ReportPeriodKind: String, DomainEnum {
    case month, quarter, halfYear, year
    public var vi: String {
        switch self {
        case .month: "tháng"
        case .quarter: "quý"
        case .halfYear: "6 tháng"
        case .year: "năm"
        }
    }
    public var en: String {
        switch self {
        case .month: "monthly"
        case .quarter: "quarterly"
        case .halfYear: "half-yearly"
        case .year: "yearly"
        }
    }
}

/// The derived status of a conclusion task, in the words officials use.
public enum TaskStatus: String, CaseIterable, Sendable, Hashable, Labelled {
    case doneOnTime, doneLate, inProgress, overdue, notStarted, ongoing
    public var vi: String {
        switch self {
        case .doneOnTime: "hoàn thành đúng hạn"
        case .doneLate: "hoàn thành quá hạn"
        case .inProgress: "đang thực hiện, trong hạn"
        case .overdue: "quá hạn"
        case .notStarted: "chưa triển khai"
        case .ongoing: "thường xuyên"
        }
    }
    public var en: String {
        switch self {
        case .doneOnTime: "done on time"
        case .doneLate: "done late"
        case .inProgress: "in progress"
        case .overdue: "overdue"
        case .notStarted: "not started"
        case .ongoing: "ongoing"
        }
    }
}

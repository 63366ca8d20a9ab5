import Foundation

/// A domain value with a Vietnamese and an English label: every enum the UI shows labels itself this one way.
public protocol Labelled {
    /// The Vietnamese label shown to officials.
    var vi: String { get }
    /// The English label for `--lang en`.
    var en: String { get }
}

extension Labelled {
    /// The label in the given language.
    public func label(_ lang: Language) -> String { lang == .vi ? vi : en }
}

/// A closed set of values stored as strings in the JSON files, with Vietnamese and English labels.
public protocol DomainEnum: Labelled, CaseIterable, Hashable, Sendable, Codable, RawRepresentable where RawValue == String {}

extension DomainEnum {

    /// The raw values a file may use, for error messages.
    public static var allowedValues: [String] { allCases.map(\.rawValue) }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let raw = try c.decode(String.self)
        guard let v = Self(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "enum:\(raw)|" + Self.allowedValues.joined(separator: ", ")))
        }
        self = v
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}

/// The UI and message language.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}

/// Level of an administrative unit.
public enum UnitLevel: String, DomainEnum {
    case province, city, district, ward, commune, town
    public var vi: String {
        switch self {
        case .province: "tỉnh"
        case .city: "thành phố"
        case .district: "huyện"
        case .ward: "phường"
        case .commune: "xã"
        case .town: "thị trấn"
        }
    }
    public var en: String { rawValue }
    /// District-level units (city under the province, or district).
    public var isDistrictLevel: Bool { self == .city || self == .district }
    /// Commune-level units (ward, commune, town).
    public var isCommuneLevel: Bool { self == .ward || self == .commune || self == .town }
}

/// Level of a government agency.
public enum AgencyLevel: String, DomainEnum {
    case central, province, district, commune
    public var vi: String {
        switch self {
        case .central: "trung ương"
        case .province: "tỉnh"
        case .district: "huyện"
        case .commune: "xã"
        }
    }
    public var en: String { rawValue }
}

/// Type of an OCOP producer (chủ thể OCOP).
public enum ProducerType: String, DomainEnum {
    case enterprise, cooperative, cooperativeGroup, household
    public var vi: String {
        switch self {
        case .enterprise: "doanh nghiệp"
        case .cooperative: "hợp tác xã"
        case .cooperativeGroup: "tổ hợp tác"
        case .household: "hộ sản xuất có ĐKKD"
        }
    }
    public var en: String {
        switch self {
        case .enterprise: "enterprise"
        case .cooperative: "cooperative"
        case .cooperativeGroup: "cooperative group"
        case .household: "registered household"
        }
    }
}

/// The criteria set an evaluation uses.
public enum CriteriaSet: String, DomainEnum {
    case d1048 = "1048/QĐ-TTg"
    case d148 = "148/QĐ-TTg"
    public var vi: String { "QĐ " + rawValue }
    public var en: String { "Decision " + rawValue }

    /// Maximum points of parts A, B and C.
    public var partMaxima: (a: Int, b: Int, c: Int) {
        switch self {
        case .d1048: (35, 25, 40)
        case .d148: (40, 25, 35)
        }
    }

    /// The product groups this set defines.
    public var groups: [ProductGroup] {
        switch self {
        case .d1048: [.food, .beverage, .herbal, .textile, .souvenir, .ruralTourism]
        case .d148: [.food, .beverage, .medicinal, .handicraft, .ornamental, .communityTourism]
        }
    }
}

/// Product group (ngành / nhóm sản phẩm) across both criteria sets.
public enum ProductGroup: String, DomainEnum {
    case food, beverage, herbal, medicinal, textile, souvenir, handicraft, ornamental, ruralTourism, communityTourism
    public var vi: String {
        switch self {
        case .food: "Thực phẩm"
        case .beverage: "Đồ uống"
        case .herbal: "Thảo dược"
        case .medicinal: "Dược liệu và sản phẩm từ dược liệu"
        case .textile: "Vải và may mặc"
        case .souvenir: "Lưu niệm – nội thất – trang trí"
        case .handicraft: "Hàng thủ công mỹ nghệ"
        case .ornamental: "Sinh vật cảnh"
        case .ruralTourism: "Dịch vụ du lịch nông thôn, bán hàng"
        case .communityTourism: "Dịch vụ du lịch cộng đồng, sinh thái và điểm du lịch"
        }
    }
    public var en: String {
        switch self {
        case .food: "Food"
        case .beverage: "Beverages"
        case .herbal: "Herbal"
        case .medicinal: "Medicinal herbs and products"
        case .textile: "Textiles and garments"
        case .souvenir: "Souvenirs, furniture, decoration"
        case .handicraft: "Handicrafts"
        case .ornamental: "Ornamental plants and animals"
        case .ruralTourism: "Rural tourism services, retail"
        case .communityTourism: "Community and eco-tourism services"
        }
    }
}

/// The six steps of the yearly OCOP cycle.
public enum CycleStep: Int, CaseIterable, Hashable, Sendable, Codable, Comparable, Labelled {
    case communication = 1, ideaRegistration, planSubmission, implementation, evaluation, tradePromotion

    public var vi: String {
        switch self {
        case .communication: "Tuyên truyền, hướng dẫn"
        case .ideaRegistration: "Nhận đăng ký ý tưởng sản phẩm"
        case .planSubmission: "Nhận phương án, dự án SXKD"
        case .implementation: "Triển khai phương án, dự án SXKD"
        case .evaluation: "Đánh giá và xếp hạng sản phẩm"
        case .tradePromotion: "Xúc tiến thương mại"
        }
    }
    /// A short label for narrow columns.
    public var shortVi: String {
        switch self {
        case .communication: "Tuyên truyền"
        case .ideaRegistration: "Ý tưởng"
        case .planSubmission: "Phương án"
        case .implementation: "Triển khai"
        case .evaluation: "Đánh giá"
        case .tradePromotion: "Xúc tiến TM"
        }
    }
    public var en: String {
        switch self {
        case .communication: "Communication and guidance"
        case .ideaRegistration: "Idea registration"
        case .planSubmission: "Business plans received"
        case .implementation: "Plan implementation"
        case .evaluation: "Evaluation and ranking"
        case .tradePromotion: "Trade promotion"
        }
    }
    public var shortEn: String {
        switch self {
        case .communication: "Guidance"
        case .ideaRegistration: "Ideas"
        case .planSubmission: "Plans"
        case .implementation: "Implementing"
        case .evaluation: "Evaluation"
        case .tradePromotion: "Promotion"
        }
    }
    /// The short label for narrow columns in a language.
    public func shortLabel(_ lang: Language) -> String { lang == .vi ? shortVi : shortEn }
    /// "5. Đánh giá và xếp hạng sản phẩm": the number and the label.
    public func numbered(_ lang: Language) -> String { "\(rawValue). " + label(lang) }
    public static func < (a: CycleStep, b: CycleStep) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let n = try c.decode(Int.self)
        guard let s = CycleStep(rawValue: n) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                debugDescription: "enum:\(n)|1, 2, 3, 4, 5, 6"))
        }
        self = s
    }
}

/// Council level for evaluations.
public enum CouncilLevel: String, DomainEnum {
    case commune, district, province, central
    public var vi: String {
        switch self {
        case .commune: "cấp xã"
        case .district: "cấp huyện"
        case .province: "cấp tỉnh"
        case .central: "trung ương"
        }
    }
    public var en: String { rawValue }
}

/// Why an evaluation took place.
public enum EvaluationKind: String, DomainEnum {
    case first, reevaluation, upgrade
    public var vi: String {
        switch self {
        case .first: "lần đầu"
        case .reevaluation: "đánh giá lại"
        case .upgrade: "nâng hạng"
        }
    }
    public var en: String {
        switch self {
        case .first: "first"
        case .reevaluation: "re-evaluation"
        case .upgrade: "upgrade"
        }
    }
}

/// A production or quality standard a product or zone holds.
public enum Standard: String, DomainEnum {
    case vietGAP = "VietGAP"
    case globalGAP = "GlobalGAP"
    case organic = "organic"
    case haccp = "HACCP"
    case iso22000 = "ISO 22000"
    case traceability = "traceability"
    public var vi: String {
        switch self {
        case .organic: "hữu cơ"
        case .traceability: "truy xuất nguồn gốc"
        default: rawValue
        }
    }
    public var en: String {
        switch self {
        case .organic: "organic"
        case .traceability: "traceability"
        default: rawValue
        }
    }
}

/// An intellectual-property mark.
public enum MarkKind: String, DomainEnum {
    case trademark, collectiveMark, certificationMark, geographicalIndication
    public var vi: String {
        switch self {
        case .trademark: "nhãn hiệu"
        case .collectiveMark: "nhãn hiệu tập thể"
        case .certificationMark: "nhãn hiệu chứng nhận"
        case .geographicalIndication: "chỉ dẫn địa lý"
        }
    }
    public var en: String {
        switch self {
        case .trademark: "trademark"
        case .collectiveMark: "collective mark"
        case .certificationMark: "certification mark"
        case .geographicalIndication: "geographical indication"
        }
    }
}

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

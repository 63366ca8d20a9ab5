import Foundation
import OCOPText

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

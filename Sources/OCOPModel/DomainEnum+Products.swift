import Foundation
import OCOPText

/// The six steps of the yearly OCOP cycle.
public enum CycleStep: Int, CaseIterable, Hashable, Sendable, Codable, Comparable, Labelled {
    case communication = 1, ideaRegistration, planSubmission, implementation, evaluation, tradePromotion

    /// The short label for narrow columns in a language.
    public func shortLabel(_ lang: Language) -> String { Terms.text("CycleStep.short.\(rawValue)", lang) }
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
}

/// Why an evaluation took place.
public enum EvaluationKind: String, DomainEnum {
    case first, reevaluation, upgrade
}

/// A production or quality standard a product or zone holds.
public enum Standard: String, DomainEnum {
    case vietGAP = "VietGAP"
    case globalGAP = "GlobalGAP"
    case organic = "organic"
    case haccp = "HACCP"
    case iso22000 = "ISO 22000"
    case traceability = "traceability"
}

/// An intellectual-property mark.
public enum MarkKind: String, DomainEnum {
    case trademark, collectiveMark, certificationMark, geographicalIndication
}

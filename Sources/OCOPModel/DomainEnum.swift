import Foundation
import OCOPText

/// A domain value the UI labels: every enum shown to officials names its words in the strings catalog (`Terms`)
/// under "Type.value", in Vietnamese and English.
public protocol Labelled {
    /// The key of this value's words in the catalog.
    var termKey: String { get }
}

extension Labelled {
    /// The label in the given language.
    public func label(_ lang: Language) -> String { Terms.text(termKey, lang) }
    /// The Vietnamese label shown to officials.
    public var vi: String { label(.vi) }
    /// The English label for `--lang en`.
    public var en: String { label(.en) }
}

extension Labelled where Self: RawRepresentable, RawValue == String {
    public var termKey: String { "\(Self.self).\(rawValue)" }
}

extension Labelled where Self: RawRepresentable, RawValue == Int {
    public var termKey: String { "\(Self.self).\(rawValue)" }
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

/// Level of an administrative unit.
public enum UnitLevel: String, DomainEnum {
    case province, city, districtTown, district, ward, commune, town
    /// District-level units (a city or town under the province, or a district).
    public var isDistrictLevel: Bool { self == .city || self == .district || self == .districtTown }
    /// Commune-level units (ward, commune, town).
    public var isCommuneLevel: Bool { self == .ward || self == .commune || self == .town }
}

/// Level of a government agency.
public enum AgencyLevel: String, DomainEnum {
    case central, province, district, commune
}

/// Type of an OCOP producer (chủ thể OCOP).
public enum ProducerType: String, DomainEnum {
    case enterprise, cooperative, cooperativeGroup, household
}

/// The criteria set an evaluation uses.
public enum CriteriaSet: String, DomainEnum {
    case d1048 = "1048/QĐ-TTg"
    case d148 = "148/QĐ-TTg"

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
}

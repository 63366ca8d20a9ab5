import Foundation
import OCOPText

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


/// Level of an administrative unit.
public enum UnitLevel: String, DomainEnum {
    case province, city, districtTown, district, ward, commune, town
    public var vi: String {
        switch self {
        case .province: "tỉnh"
        case .city: "thành phố"
        case .districtTown: "thị xã"
        case .district: "huyện"
        case .ward: "phường"
        case .commune: "xã"
        case .town: "thị trấn"
        }
    }
    public var en: String {
        switch self {
        case .districtTown: "town (thị xã)"
        case .town: "township"
        default: rawValue
        }
    }
    /// District-level units (a city or town under the province, or a district).
    public var isDistrictLevel: Bool { self == .city || self == .district || self == .districtTown }
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

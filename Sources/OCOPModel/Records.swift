import Foundation

/// The conclusion notice the programme's six tasks come from.
public struct Notice: Codable, Hashable, Sendable {
    public var number: String?
    public var date: CivilDate
    public var conferenceDate: CivilDate
    public var venue: String
    public var chairedBy: String
    public var signerRole: String
    public var signer: String
    public var title: String

    /// A value from all its fields.
    public init(number: String? = nil, date: CivilDate, conferenceDate: CivilDate, venue: String, chairedBy: String, signerRole: String, signer: String, title: String) {
        self.number = number
        self.date = date
        self.conferenceDate = conferenceDate
        self.venue = venue
        self.chairedBy = chairedBy
        self.signerRole = signerRole
        self.signer = signer
        self.title = title
    }
}

/// Metadata of a dataset: which province and programme it describes.
public struct DatasetInfo: Codable, Hashable, Sendable {
    public var province: String
    public var programme: String
    public var period: String
    public var illustrative: Bool
    public var description: String
    public var notice: Notice

    /// A value from all its fields.
    public init(province: String, programme: String, period: String, illustrative: Bool, description: String, notice: Notice) {
        self.province = province
        self.programme = programme
        self.period = period
        self.illustrative = illustrative
        self.description = description
        self.notice = notice
    }
}

/// A province, city, district, ward, commune or town, with its validity period.
public struct AdminUnit: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var level: UnitLevel
    public var parentId: String?
    public var validFrom: CivilDate?
    public var validTo: CivilDate?

    /// A value from all its fields.
    public init(id: String, name: String, level: UnitLevel, parentId: String? = nil, validFrom: CivilDate? = nil, validTo: CivilDate? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parentId = parentId
        self.validFrom = validFrom
        self.validTo = validTo
    }
}

/// A department or local government body that leads or coordinates tasks.
public struct Agency: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String
    public var level: AgencyLevel

    /// A value from all its fields.
    public init(id: String, name: String, shortName: String, level: AgencyLevel) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.level = level
    }
}

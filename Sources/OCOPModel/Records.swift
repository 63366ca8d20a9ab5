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

/// Metadata of a dataset: which province and programme it describes, the notice, the 2018–2020 review's figures,
/// the 2021–2025 targets and the table of the programme's rules.
public struct DatasetInfo: Codable, Hashable, Sendable {
    public var province: String
    public var programme: String
    public var period: String
    public var illustrative: Bool
    public var description: String
    public var notice: Notice
    /// What the 2018–2020 review reported.
    public var baseline: [ProgrammeFigure]?
    /// What the programme set out to reach by the end of its period.
    public var targets: [ProgrammeTarget]?
    /// Who may award which stars under which criteria set, and when each set applies (nil: the built-in table).
    public var rules: ProgrammeRules?

    /// A value from all its fields.
    public init(province: String, programme: String, period: String, illustrative: Bool, description: String, notice: Notice,
                baseline: [ProgrammeFigure]? = nil, targets: [ProgrammeTarget]? = nil, rules: ProgrammeRules? = nil) {
        self.province = province
        self.programme = programme
        self.period = period
        self.illustrative = illustrative
        self.description = description
        self.notice = notice
        self.baseline = baseline
        self.targets = targets
        self.rules = rules
    }
}

/// A figure a review reported (the 2018–2020 baseline), with where it comes from.
public struct ProgrammeFigure: Codable, Hashable, Sendable {
    /// What is counted: a `TargetMeasure` raw value, or any other key.
    public var key: String
    public var label: String
    public var value: Double
    /// Where the figure was published (a report, a press release); nil when it could not be sourced.
    public var source: String?
    /// True when the figure is illustrative (not sourced).
    public var illustrative: Bool?

    /// A value from all its fields.
    public init(key: String, label: String, value: Double, source: String? = nil, illustrative: Bool? = nil) {
        self.key = key
        self.label = label
        self.value = value
        self.source = source
        self.illustrative = illustrative
    }
}

/// What a target measures, so that progress against it is computed from the data by the figures' definitions.
public enum TargetMeasure: String, Codable, Hashable, Sendable, CaseIterable {
    /// Products ever certified by the target's date (`Figure.everCertified`): what plans count as "products recognised".
    case everCertified
    /// Products certified (đạt OCOP) on the target's date.
    case certifiedProducts
    /// Products certified 4★ or more.
    case fourStarsOrMore
    /// Products certified 5★ (or scored ≥ 90 by the province and forwarded).
    case fiveStars
    /// Producers with at least one certified product.
    case producers
    /// The share of communes with at least one certified product, in per cent.
    case communeCoveragePercent
}

/// A target of the programme for a year, with its source.
public struct ProgrammeTarget: Codable, Hashable, Sendable {
    public var measure: TargetMeasure
    public var label: String
    public var value: Double
    /// The year the target is for (its end: 31/12).
    public var year: Int
    public var source: String?
    public var illustrative: Bool?

    /// A value from all its fields.
    public init(measure: TargetMeasure, label: String, value: Double, year: Int, source: String? = nil, illustrative: Bool? = nil) {
        self.measure = measure
        self.label = label
        self.value = value
        self.year = year
        self.source = source
        self.illustrative = illustrative
    }
}

/// A province, city, district, ward, commune or town, with its validity period and what it became: units merge and
/// split (1 July 2025: districts abolished, 159 communes of the old Đồng Nai area became 55), records keep the unit
/// they were registered in, and views follow `successorIds` to the unit valid on their date.
public struct AdminUnit: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var level: UnitLevel
    public var parentId: String?
    public var validFrom: CivilDate?
    public var validTo: CivilDate?
    /// The units this one became when it ended (one for a merge, several for a split).
    public var successorIds: [String]?

    /// A value from all its fields.
    public init(id: String, name: String, level: UnitLevel, parentId: String? = nil, validFrom: CivilDate? = nil, validTo: CivilDate? = nil,
                successorIds: [String]? = nil) {
        self.id = id
        self.name = name
        self.level = level
        self.parentId = parentId
        self.validFrom = validFrom
        self.validTo = validTo
        self.successorIds = successorIds
    }
}

/// A department or local government body that leads or coordinates tasks, with its validity (departments merged in
/// 2025: Sở NN&PTNT and Sở TN&MT became Sở Nông nghiệp và Môi trường) and what it became.
public struct Agency: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String
    public var level: AgencyLevel
    public var validFrom: CivilDate?
    public var validTo: CivilDate?
    public var successorIds: [String]?

    /// A value from all its fields.
    public init(id: String, name: String, shortName: String, level: AgencyLevel, validFrom: CivilDate? = nil, validTo: CivilDate? = nil,
                successorIds: [String]? = nil) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.level = level
        self.validFrom = validFrom
        self.validTo = validTo
        self.successorIds = successorIds
    }
}

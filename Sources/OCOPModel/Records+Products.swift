import Foundation
import OCOPText

/// An OCOP producer (chủ thể): enterprise, cooperative, cooperative group or registered household.
public struct Producer: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var type: ProducerType
    public var communeId: String
    public var representative: String
    public var registrationNumber: String

    /// A value from all its fields.
    public init(id: String, name: String, type: ProducerType, communeId: String, representative: String, registrationNumber: String) {
        self.id = id
        self.name = name
        self.type = type
        self.communeId = communeId
        self.representative = representative
        self.registrationNumber = registrationNumber
    }
}

/// A council's evaluation of a product with its part scores and stars.
public struct Evaluation: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var councilLevel: CouncilLevel
    public var criteriaSet: CriteriaSet
    public var scoreA: Int
    public var scoreB: Int
    public var scoreC: Int
    public var total: Int
    public var stars: Int
    public var decisionNumber: String?
    public var kind: EvaluationKind

    /// A value from all its fields.
    public init(date: CivilDate, councilLevel: CouncilLevel, criteriaSet: CriteriaSet, scoreA: Int, scoreB: Int, scoreC: Int, total: Int, stars: Int, decisionNumber: String? = nil, kind: EvaluationKind) {
        self.date = date
        self.councilLevel = councilLevel
        self.criteriaSet = criteriaSet
        self.scoreA = scoreA
        self.scoreB = scoreB
        self.scoreC = scoreC
        self.total = total
        self.stars = stars
        self.decisionNumber = decisionNumber
        self.kind = kind
    }
}

/// An OCOP certificate with its star rank and validity, and its revocation (thu hồi) when it was revoked.
public struct Certificate: Codable, Hashable, Sendable {
    public var stars: Int
    public var decisionNumber: String
    public var issuedOn: CivilDate
    public var expiresOn: CivilDate
    /// The day the certificate was revoked, and the decision that revoked it.
    public var revokedOn: CivilDate?
    public var revocationDecision: String?

    /// A value from all its fields.
    public init(stars: Int, decisionNumber: String, issuedOn: CivilDate, expiresOn: CivilDate, revokedOn: CivilDate? = nil,
                revocationDecision: String? = nil) {
        self.stars = stars
        self.decisionNumber = decisionNumber
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.revokedOn = revokedOn
        self.revocationDecision = revocationDecision
    }
}

/// An intellectual-property mark a product holds.
public struct IPMark: Codable, Hashable, Sendable {
    public var kind: MarkKind
    public var name: String

    /// A value from all its fields.
    public init(kind: MarkKind, name: String) {
        self.kind = kind
        self.name = name
    }
}

/// Why and where a product left the cycle.
public struct Rejection: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var reason: String

    /// A value from all its fields.
    public init(date: CivilDate, reason: String) {
        self.date = date
        self.reason = reason
    }
}

/// A product moving through the OCOP cycle.
public struct Product: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var name: String
    public var producerId: String
    public var communeId: String
    public var group: ProductGroup
    public var subgroup: String
    public var criteriaSet: CriteriaSet
    public var cycleStep: CycleStep
    public var registeredYear: Int
    public var rejection: Rejection?
    public var evaluations: [Evaluation]
    public var certificate: Certificate?
    public var standards: [Standard]
    public var marks: [IPMark]
    public var zoneIds: [String]

    /// A value from all its fields.
    public init(id: String, name: String, producerId: String, communeId: String, group: ProductGroup, subgroup: String, criteriaSet: CriteriaSet, cycleStep: CycleStep, registeredYear: Int, rejection: Rejection? = nil, evaluations: [Evaluation], certificate: Certificate? = nil, standards: [Standard], marks: [IPMark], zoneIds: [String]) {
        self.id = id
        self.name = name
        self.producerId = producerId
        self.communeId = communeId
        self.group = group
        self.subgroup = subgroup
        self.criteriaSet = criteriaSet
        self.cycleStep = cycleStep
        self.registeredYear = registeredYear
        self.rejection = rejection
        self.evaluations = evaluations
        self.certificate = certificate
        self.standards = standards
        self.marks = marks
        self.zoneIds = zoneIds
    }
}

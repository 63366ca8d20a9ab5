import Foundation

/// The record readers of the fast path: products and producers, field by field as their `Codable` forms read them.
extension FastRecords {
    static let productKeys = KeyTable(["certificate", "communeId", "criteriaSet", "cycleStep", "evaluations", "group", "id",
                                       "marks", "name", "producerId", "registeredYear", "rejection", "standards", "subgroup", "zoneIds"])
    static let productRequired = productKeys.mask(["communeId", "criteriaSet", "cycleStep", "evaluations", "group", "id", "marks",
                                                   "name", "producerId", "registeredYear", "standards", "subgroup", "zoneIds"])
    static let evaluationKeys = KeyTable(["councilLevel", "criteriaSet", "date", "decisionNumber", "kind", "scoreA", "scoreB",
                                          "scoreC", "stars", "total"])
    static let evaluationRequired = evaluationKeys.mask(["councilLevel", "criteriaSet", "date", "kind", "scoreA", "scoreB",
                                                         "scoreC", "stars", "total"])
    static let certificateKeys = KeyTable(["decisionNumber", "expiresOn", "issuedOn", "revocationDecision", "revokedOn", "stars"])
    static let certificateRequired = certificateKeys.mask(["decisionNumber", "expiresOn", "issuedOn", "stars"])
    static let markKeys = KeyTable(["kind", "name"])
    static let rejectionKeys = KeyTable(["date", "reason"])
    static let producerKeys = KeyTable(["communeId", "id", "name", "registrationNumber", "representative", "type"])

    static let groups = EnumTable(ProductGroup.allCases)
    static let criteriaSets = EnumTable(CriteriaSet.allCases)
    static let councilLevels = EnumTable(CouncilLevel.allCases)
    static let evaluationKinds = EnumTable(EvaluationKind.allCases)
    static let standards = EnumTable(Standard.allCases)
    static let markKinds = EnumTable(MarkKind.allCases)
    static let producerTypes = EnumTable(ProducerType.allCases)

    /// The products of `products.json`, or nil for the general path.
    static func products(_ url: URL) -> [Product]? {
        load(.products, url: url) { (p: inout LineParser) -> Product? in product(&p) }
    }

    /// The producers of `producers.json`, or nil for the general path.
    static func producers(_ url: URL) -> [Producer]? {
        load(.producers, url: url) { (p: inout LineParser) -> Producer? in producer(&p) }
    }

    /// One product line.
    static func product(_ p: inout LineParser) -> Product? {
        var id: String?, name: String?, producerId: String?, communeId: String?, subgroup: String?
        var group: ProductGroup?, criteriaSet: CriteriaSet?, cycleStep: CycleStep?, registeredYear: Int?
        var rejection: Rejection?, evaluations: [Evaluation]?, certificate: Certificate?
        var standards: [Standard]?, marks: [IPMark]?, zoneIds: [String]?
        let ok = p.object(productKeys, required: productRequired) { p, k in
            switch k {
            case 0:
                if p.null() { return true }
                certificate = self.certificate(&p)
                return certificate != nil
            case 1: communeId = p.sharedId(); return communeId != nil
            case 2: criteriaSet = p.enumValue(criteriaSets); return criteriaSet != nil
            case 3: cycleStep = p.int().flatMap(CycleStep.init(rawValue:)); return cycleStep != nil
            case 4: evaluations = p.array(evaluation); return evaluations != nil
            case 5: group = p.enumValue(groups); return group != nil
            case 6: id = p.id(); return id != nil
            case 7: marks = p.array(mark); return marks != nil
            case 8: name = p.string(); return name != nil
            case 9: producerId = p.sharedId(); return producerId != nil
            case 10: registeredYear = p.int(); return registeredYear != nil
            case 11:
                if p.null() { return true }
                rejection = self.rejection(&p)
                return rejection != nil
            case 12: standards = p.array { $0.enumValue(self.standards) }; return standards != nil
            case 13: subgroup = p.shared(); return subgroup != nil
            default: zoneIds = p.array { $0.sharedId() }; return zoneIds != nil
            }
        }
        guard ok, let id, let name, let producerId, let communeId, let group, let subgroup, let criteriaSet, let cycleStep,
              let registeredYear, let evaluations, let standards, let marks, let zoneIds else { return nil }
        return Product(id: id, name: name, producerId: producerId, communeId: communeId, group: group, subgroup: subgroup,
                       criteriaSet: criteriaSet, cycleStep: cycleStep, registeredYear: registeredYear, rejection: rejection,
                       evaluations: evaluations, certificate: certificate, standards: standards, marks: marks, zoneIds: zoneIds)
    }

    static func evaluation(_ p: inout LineParser) -> Evaluation? {
        var date: CivilDate?, council: CouncilLevel?, set: CriteriaSet?, a: Int?, b: Int?, c: Int?, total: Int?, stars: Int?
        var decision: String?, kind: EvaluationKind?
        let ok = p.object(evaluationKeys, required: evaluationRequired) { p, k in
            switch k {
            case 0: council = p.enumValue(councilLevels); return council != nil
            case 1: set = p.enumValue(criteriaSets); return set != nil
            case 2: date = p.date(); return date != nil
            case 3:
                if p.null() { return true }
                decision = p.shared()
                return decision != nil
            case 4: kind = p.enumValue(evaluationKinds); return kind != nil
            case 5: a = p.int(); return a != nil
            case 6: b = p.int(); return b != nil
            case 7: c = p.int(); return c != nil
            case 8: stars = p.int(); return stars != nil
            default: total = p.int(); return total != nil
            }
        }
        guard ok, let date, let council, let set, let a, let b, let c, let total, let stars, let kind else { return nil }
        return Evaluation(date: date, councilLevel: council, criteriaSet: set, scoreA: a, scoreB: b, scoreC: c, total: total,
                          stars: stars, decisionNumber: decision, kind: kind)
    }

    static func certificate(_ p: inout LineParser) -> Certificate? {
        var stars: Int?, decision: String?, issued: CivilDate?, expires: CivilDate?, revoked: CivilDate?, revocation: String?
        let ok = p.object(certificateKeys, required: certificateRequired) { p, k in
            switch k {
            case 0: decision = p.shared(); return decision != nil
            case 1: expires = p.date(); return expires != nil
            case 2: issued = p.date(); return issued != nil
            case 3:
                if p.null() { return true }
                revocation = p.string()
                return revocation != nil
            case 4:
                if p.null() { return true }
                revoked = p.date()
                return revoked != nil
            default: stars = p.int(); return stars != nil
            }
        }
        guard ok, let stars, let decision, let issued, let expires else { return nil }
        return Certificate(stars: stars, decisionNumber: decision, issuedOn: issued, expiresOn: expires, revokedOn: revoked,
                           revocationDecision: revocation)
    }

    static func mark(_ p: inout LineParser) -> IPMark? {
        var kind: MarkKind?, name: String?
        let ok = p.object(markKeys, required: 0b11) { p, k in
            if k == 0 { kind = p.enumValue(markKinds); return kind != nil }
            name = p.shared()
            return name != nil
        }
        guard ok, let kind, let name else { return nil }
        return IPMark(kind: kind, name: name)
    }

    static func rejection(_ p: inout LineParser) -> Rejection? {
        var date: CivilDate?, reason: String?
        let ok = p.object(rejectionKeys, required: 0b11) { p, k in
            if k == 0 { date = p.date(); return date != nil }
            reason = p.shared()
            return reason != nil
        }
        guard ok, let date, let reason else { return nil }
        return Rejection(date: date, reason: reason)
    }

    /// One producer line.
    static func producer(_ p: inout LineParser) -> Producer? {
        var id: String?, name: String?, type: ProducerType?, communeId: String?, representative: String?, registration: String?
        let ok = p.object(producerKeys, required: 0b111111) { p, k in
            switch k {
            case 0: communeId = p.sharedId(); return communeId != nil
            case 1: id = p.id(); return id != nil
            case 2: name = p.string(); return name != nil
            case 3: registration = p.string(); return registration != nil
            case 4: representative = p.shared(); return representative != nil
            default: type = p.enumValue(producerTypes); return type != nil
            }
        }
        guard ok, let id, let name, let type, let communeId, let representative, let registration else { return nil }
        return Producer(id: id, name: name, type: type, communeId: communeId, representative: representative,
                        registrationNumber: registration)
    }
}

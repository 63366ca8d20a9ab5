import Foundation

/// Checks a decoded dataset for duplicate ids, dangling references and impossible values.
public enum DatasetValidator {
    /// Every problem of the dataset; positions are filled in by the loader.
    public static func validate(_ ds: Dataset) -> [Problem] {
        var v = Run(ds: ds)
        v.run()
        return v.problems + MeetingChecks.problems(ds) + ProgrammeChecks.problems(ds)
    }

    private struct Run {
        let ds: Dataset
        var problems: [Problem] = []
        var unitLevel: [String: UnitLevel] = [:]
        // Each list's ids and their first positions (a dictionary is also the set references are checked against).
        var agencyIds: [String: Int] = [:]
        var producerIds: [String: Int] = [:]
        var productIds: [String: Int] = [:]
        var zoneIds: [String: Int] = [:]

        init(ds: Dataset) { self.ds = ds }

        // Paths are autoclosures: built only for a problem, not for every field of a million clean records.
        mutating func add(_ sev: Severity, _ file: DatasetFile, _ path: @autoclosure () -> [PathComponent], _ kind: ProblemKind, id: String? = nil) {
            problems.append(Problem(sev, file: file.rawValue, path: path(), recordId: id, kind))
        }

        mutating func uniqueIds<T: Identifiable>(_ records: [T], _ file: DatasetFile) -> [String: Int] where T.ID == String {
            var seen: [String: Int] = [:]
            seen.reserveCapacity(records.count)
            for i in records.indices {
                let id = records[i].id
                if let first = seen[id] {
                    add(.error, file, [.key(file.recordsKey), .index(i), .key("id")], .duplicateId(id: id, firstIndex: first), id: id)
                } else {
                    seen[id] = i
                }
            }
            return seen
        }

        mutating func nonEmpty(_ s: String, _ file: DatasetFile, _ path: @autoclosure () -> [PathComponent], id: String) {
            if s.allSatisfy({ $0.isWhitespace }) { add(.error, file, path(), .emptyText, id: id) }
        }

        mutating func commune(_ ref: String, _ file: DatasetFile, _ path: @autoclosure () -> [PathComponent], id: String) {
            guard let level = unitLevel[ref] else {
                add(.error, file, path(), .unknownReference(id: ref, target: DatasetFile.units.rawValue), id: id)
                return
            }
            if !level.isCommuneLevel {
                add(.error, file, path(), .wrongUnitLevel(id: ref, expected: "ward/commune/town", found: level.rawValue), id: id)
            }
        }

        mutating func ref(_ ref: String, in set: [String: Int], target: DatasetFile, _ file: DatasetFile, _ path: @autoclosure () -> [PathComponent], id: String) {
            if set[ref] == nil {
                add(.error, file, path(), .unknownReference(id: ref, target: target.rawValue), id: id)
            }
        }

        /// Checks a number against its field's documented range (`NumericFields`): below a minimum of zero is
        /// "negative", anything else outside is "out of range". Returns whether the value is in range.
        @discardableResult
        mutating func number(_ v: Double, _ field: NumericField, _ path: @autoclosure () -> [PathComponent], id: String) -> Bool {
            if field.contains(v) { return true }
            if v < 0 && field.min == 0 {
                add(.error, field.file, path(), .negative(value: v), id: id)
            } else {
                add(.error, field.file, path(), .outOfRange(value: v, min: field.min, max: field.max), id: id)
            }
            return false
        }

        @discardableResult
        mutating func number(_ v: Int, _ field: NumericField, _ path: @autoclosure () -> [PathComponent], id: String) -> Bool {
            number(Double(v), field, path(), id: id)
        }

        mutating func run() {
            // Units
            let uk = DatasetFile.units.recordsKey
            _ = uniqueIds(ds.units, .units)
            for u in ds.units { unitLevel[u.id] = u.level }
            for (i, u) in ds.units.enumerated() {
                let p = ProblemPath(uk, i)
                nonEmpty(u.name, .units, p(.key("name")), id: u.id)
                if let parent = u.parentId, unitLevel[parent] == nil {
                    add(.error, .units, p(.key("parentId")), .unknownReference(id: parent, target: DatasetFile.units.rawValue), id: u.id)
                }
                if let f = u.validFrom, let t = u.validTo, t < f {
                    add(.error, .units, p(.key("validTo")), .invalidPeriod(from: f, to: t), id: u.id)
                }
            }
            // Agencies
            agencyIds = uniqueIds(ds.agencies, .agencies)
            for (i, a) in ds.agencies.enumerated() {
                nonEmpty(a.name, .agencies, [.key("agencies"), .index(i), .key("name")], id: a.id)
            }
            // Producers, products, zones (ids first so references can be checked in any order)
            producerIds = uniqueIds(ds.producers, .producers)
            productIds = uniqueIds(ds.products, .products)
            zoneIds = uniqueIds(ds.zones, .zones)
            // Tasks
            _ = uniqueIds(ds.tasks, .tasks)
            for (i, t) in ds.tasks.enumerated() {
                let p = ProblemPath("tasks", i)
                number(t.ordinal, NumericFields.taskOrdinal, p(.key("ordinal")), id: t.id)
                nonEmpty(t.shortTitle, .tasks, p(.key("shortTitle")), id: t.id)
                ref(t.leadAgencyId, in: agencyIds, target: .agencies, .tasks, p(.key("leadAgencyId")), id: t.id)
                for (j, a) in t.coordinatingAgencyIds.enumerated() {
                    ref(a, in: agencyIds, target: .agencies, .tasks, p(.key("coordinatingAgencyIds"), .index(j)), id: t.id)
                }
                number(t.progress, NumericFields.taskProgress, p(.key("progress")), id: t.id)
                for (j, a) in t.actions.enumerated() {
                    let ap = p.nested("actions", j)
                    ref(a.ownerAgencyId, in: agencyIds, target: .agencies, .tasks, ap(.key("ownerAgencyId")), id: t.id)
                    number(a.progress, NumericFields.actionProgress, ap(.key("progress")), id: t.id)
                }
                for (j, r) in t.reports.enumerated() {
                    let rp = p.nested("reports", j)
                    ref(r.agencyId, in: agencyIds, target: .agencies, .tasks, rp(.key("agencyId")), id: t.id)
                    for (k, f) in (r.figures ?? []).enumerated() {
                        number(f.value, NumericFields.figureValue, rp(.key("figures"), .index(k), .key("value")), id: t.id)
                    }
                }
            }
            // Producers
            for (i, pr) in ds.producers.enumerated() {
                let p = ProblemPath("producers", i)
                nonEmpty(pr.name, .producers, p(.key("name")), id: pr.id)
                commune(pr.communeId, .producers, p(.key("communeId")), id: pr.id)
            }
            // Products
            for (i, pr) in ds.products.enumerated() {
                let p = ProblemPath("products", i)
                nonEmpty(pr.name, .products, p(.key("name")), id: pr.id)
                ref(pr.producerId, in: producerIds, target: .producers, .products, p(.key("producerId")), id: pr.id)
                commune(pr.communeId, .products, p(.key("communeId")), id: pr.id)
                if !pr.criteriaSet.groups.contains(pr.group) {
                    add(.error, .products, p(.key("group")), .groupNotInCriteriaSet(group: pr.group.rawValue, criteriaSet: pr.criteriaSet.rawValue), id: pr.id)
                }
                number(pr.registeredYear, NumericFields.registeredYear, p(.key("registeredYear")), id: pr.id)
                for (j, e) in pr.evaluations.enumerated() {
                    let ep = p.nested("evaluations", j)
                    let m = e.criteriaSet.partMaxima
                    var scoresInRange = true
                    func part(_ name: String, _ score: Int, _ maximum: Int, _ range: NumericField) {
                        if !number(score, range, ep(.key("score" + name)), id: pr.id) {
                            scoresInRange = false
                        } else if score > maximum {
                            add(.error, .products, ep(.key("score" + name)), .scoreOverMaximum(part: name, score: score, maximum: maximum, criteriaSet: e.criteriaSet.rawValue), id: pr.id)
                        }
                    }
                    part("A", e.scoreA, m.a, NumericFields.scoreA)
                    part("B", e.scoreB, m.b, NumericFields.scoreB)
                    part("C", e.scoreC, m.c, NumericFields.scoreC)
                    guard scoresInRange, number(e.total, NumericFields.total, ep(.key("total")), id: pr.id),
                          number(e.stars, NumericFields.evaluationStars, ep(.key("stars")), id: pr.id) else { continue }
                    let sum = e.scoreA + e.scoreB + e.scoreC
                    if e.total != sum {
                        add(.error, .products, ep(.key("total")), .totalMismatch(total: e.total, sum: sum), id: pr.id)
                    } else if e.stars != Rules.stars(forTotal: e.total) {
                        add(.error, .products, ep(.key("stars")), .starsMismatch(stars: e.stars, total: e.total, expected: Rules.stars(forTotal: e.total)), id: pr.id)
                    }
                }
                if let c = pr.certificate {
                    let cp = p.nested("certificate")
                    if number(c.stars, NumericFields.certificateStars, cp(.key("stars")), id: pr.id), !Rules.isCertifiable(stars: c.stars) {
                        add(.error, .products, cp(.key("stars")), .certificateBelowThreeStars(stars: c.stars), id: pr.id)
                    }
                    if c.expiresOn < c.issuedOn {
                        add(.error, .products, cp(.key("expiresOn")), .expiryBeforeIssue(issued: c.issuedOn, expires: c.expiresOn), id: pr.id)
                    } else if c.expiresOn != Rules.certificateExpiry(issuedOn: c.issuedOn) {
                        add(.warning, .products, cp(.key("expiresOn")), .expiryNot36Months(expected: Rules.certificateExpiry(issuedOn: c.issuedOn)), id: pr.id)
                    }
                    if pr.cycleStep < .evaluation {
                        add(.warning, .products, p(.key("cycleStep")), .certificateBeforeEvaluationStep(step: pr.cycleStep.rawValue), id: pr.id)
                    }
                }
                for (j, z) in pr.zoneIds.enumerated() {
                    ref(z, in: zoneIds, target: .zones, .products, p(.key("zoneIds"), .index(j)), id: pr.id)
                }
            }
            // Zones
            for (i, z) in ds.zones.enumerated() {
                let p = ProblemPath("zones", i)
                nonEmpty(z.name, .zones, p(.key("name")), id: z.id)
                for (j, c) in z.communeIds.enumerated() { commune(c, .zones, p(.key("communeIds"), .index(j)), id: z.id) }
                let areaInRange = number(z.areaHa, NumericFields.zoneArea, p(.key("areaHa")), id: z.id)
                for (j, ca) in z.certifiedAreas.enumerated() {
                    let cp = p.nested("certifiedAreas", j).nested("areaHa")
                    if number(ca.areaHa, NumericFields.certifiedArea, cp(), id: z.id), areaInRange, ca.areaHa > z.areaHa {
                        add(.error, .zones, cp(), .outOfRange(value: ca.areaHa, min: 0, max: z.areaHa), id: z.id)
                    }
                }
                for (j, ch) in z.chains.enumerated() {
                    let cp = p.nested("chains", j)
                    if let lead = ch.leadProducerId {
                        ref(lead, in: producerIds, target: .producers, .zones, cp(.key("leadProducerId")), id: z.id)
                    }
                    number(ch.areaHa, NumericFields.chainArea, cp(.key("areaHa")), id: z.id)
                    number(ch.enterprises, NumericFields.chainEnterprises, cp(.key("enterprises")), id: z.id)
                    number(ch.cooperatives, NumericFields.chainCooperatives, cp(.key("cooperatives")), id: z.id)
                    number(ch.households, NumericFields.chainHouseholds, cp(.key("households")), id: z.id)
                }
            }
            // Craft villages
            _ = uniqueIds(ds.craftVillages, .craftVillages)
            for (i, c) in ds.craftVillages.enumerated() {
                let p = ProblemPath("craftVillages", i)
                nonEmpty(c.name, .craftVillages, p(.key("name")), id: c.id)
                commune(c.communeId, .craftVillages, p(.key("communeId")), id: c.id)
                number(c.households, NumericFields.villageHouseholds, p(.key("households")), id: c.id)
                for (j, pid) in c.productIds.enumerated() {
                    ref(pid, in: productIds, target: .products, .craftVillages, p(.key("productIds"), .index(j)), id: c.id)
                }
            }
            // Tourism models
            _ = uniqueIds(ds.tourismModels, .tourismModels)
            for (i, t) in ds.tourismModels.enumerated() {
                let p = ProblemPath("tourismModels", i)
                nonEmpty(t.name, .tourismModels, p(.key("name")), id: t.id)
                commune(t.communeId, .tourismModels, p(.key("communeId")), id: t.id)
                if let op = t.operatorProducerId {
                    ref(op, in: producerIds, target: .producers, .tourismModels, p(.key("operatorProducerId")), id: t.id)
                }
                for (j, pid) in t.productIds.enumerated() {
                    ref(pid, in: productIds, target: .products, .tourismModels, p(.key("productIds"), .index(j)), id: t.id)
                }
                if let z = t.zoneId { ref(z, in: zoneIds, target: .zones, .tourismModels, p(.key("zoneId")), id: t.id) }
            }
        }
    }
}

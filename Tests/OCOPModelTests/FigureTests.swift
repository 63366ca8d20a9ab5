import Foundation
import Testing
@testable import OCOPModel
import OCOPText

/// One test per figure, on a dataset built so that each definition gives a different answer from its look-alikes
/// (valid vs expired vs revoked vs rejected certificates; first certification vs re-evaluation; registered commune vs
/// the commune it became).
@Suite struct FigureTests {
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    static let asOf = day(2026, 6, 30)

    /// Units: one district with two communes until 30/6/2025, merged into one new commune from 1/7/2025, and a third
    /// commune with no product.
    static let units: [AdminUnit] = [
        AdminUnit(id: "p", name: "Tỉnh", level: .province),
        AdminUnit(id: "d", name: "Huyện A", level: .district, parentId: "p", validTo: day(2025, 6, 30)),
        AdminUnit(id: "d.x", name: "X", level: .commune, parentId: "d", validTo: day(2025, 6, 30), successorIds: ["n1"]),
        AdminUnit(id: "d.y", name: "Y", level: .commune, parentId: "d", validTo: day(2025, 6, 30), successorIds: ["n1"]),
        AdminUnit(id: "d.z", name: "Z", level: .commune, parentId: "d", validTo: day(2025, 6, 30), successorIds: ["n2"]),
        AdminUnit(id: "n1", name: "Xã Mới", level: .commune, parentId: "p", validFrom: day(2025, 7, 1)),
        AdminUnit(id: "n2", name: "Xã Khác", level: .commune, parentId: "p", validFrom: day(2025, 7, 1)),
    ]

    static func product(_ id: String, commune: String, step: CycleStep = .tradePromotion, firstCertified: CivilDate?, stars: Int = 3,
                        reEvaluated: CivilDate? = nil, revokedOn: CivilDate? = nil, rejected: Bool = false) -> Product {
        var evals: [Evaluation] = []
        var cert: Certificate?
        for d in [firstCertified, reEvaluated].compactMap({ $0 }) {
            evals.append(Evaluation(date: d, councilLevel: .province, criteriaSet: .d148, scoreA: 30, scoreB: 20, scoreC: 20, total: 70, stars: stars,
                                    decisionNumber: "1/QĐ", kind: d == firstCertified ? .first : .reevaluation))
            cert = Certificate(stars: stars, decisionNumber: "1/QĐ", issuedOn: d, expiresOn: Rules.certificateExpiry(issuedOn: d), revokedOn: revokedOn)
        }
        return Product(id: id, name: id, producerId: "pr", communeId: commune, group: .food, subgroup: "", criteriaSet: .d148, cycleStep: step,
                       registeredYear: 2022, rejection: rejected ? Rejection(date: day(2026, 1, 5), reason: "r") : nil, evaluations: evals,
                       certificate: cert, standards: [], marks: [], zoneIds: [])
    }

    /// valid (2024, 3★) · valid and expiring within 90 days (2023-08-15) · expired (2022) · revoked · rejected with a
    /// certificate · re-evaluated in 2026 (first certified 2021) · 4★ valid · an idea at step 2 · a step-1 product.
    static let dataset: Dataset = {
        var ds = DatasetGenerator.generate(products: 1)
        ds.units = units
        ds.producers = [Producer(id: "pr", name: "HTX", type: .cooperative, communeId: "d.x", representative: "A", registrationNumber: "1")]
        ds.products = [
            product("valid", commune: "d.x", firstCertified: day(2024, 3, 1)),
            product("expiring", commune: "d.x", firstCertified: day(2023, 8, 15)),
            product("expired", commune: "d.y", firstCertified: day(2022, 1, 10)),
            product("revoked", commune: "d.y", firstCertified: day(2025, 1, 10), revokedOn: day(2026, 2, 1)),
            product("rejected", commune: "d.y", firstCertified: day(2025, 2, 10), rejected: true),
            product("again", commune: "n1", firstCertified: day(2021, 5, 5), reEvaluated: day(2026, 5, 5)),
            product("four", commune: "n1", firstCertified: day(2026, 1, 20), stars: 4),
            product("idea", commune: "d.z", step: .ideaRegistration, firstCertified: nil),
            product("new", commune: "d.z", step: .communication, firstCertified: nil),
        ]
        ds.zones = [RawMaterialZone(id: "z", name: "Vùng", commodity: "c", kind: .crop, communeIds: ["d.x"], areaHa: 100,
                                    certifiedAreas: [CertifiedArea(standard: .vietGAP, areaHa: 30), CertifiedArea(standard: .organic, areaHa: 10)],
                                    highTech: false, plantingAreaCodes: [], chains: [], fourHas: FourHas(qualityValue: .met, competitiveness: .met, market: .met, efficiency: .met))]
        ds.craftVillages = []
        ds.tourismModels = []
        return ds
    }()
    static let index = DatasetIndex(dataset)
    static let stats = Statistics(index, on: asOf)

    @Test func certifiedCountsOnlyValidCertificatesOfProductsNotRejected() {
        // valid, expiring, again, four; not expired, revoked or rejected.
        #expect(Self.stats.certifiedCount == 4)
        #expect(Rules.standing(of: Self.dataset.products[2], on: Self.asOf) == .expired)
    }

    @Test func byStarsSplitsTheCertifiedOnly() {
        #expect(Self.stats.byStars == [3: 3, 4: 1])
    }

    @Test func expiredAndRevokedAreCountedApart() {
        #expect(Self.stats.expired == 1)
        #expect(Self.stats.revoked == 1)
    }

    @Test func expiringWithin90DaysIsAmongTheCertified() {
        // "expiring" expires 15/08/2026: 46 days after 30/06/2026.
        #expect(Self.stats.expiringWithin90 == 1)
    }

    @Test func newlyCertifiedCountsFirstCertificationsOnly() {
        // "again" was re-evaluated in 2026 but first certified in 2021; "four" is the only new one in 2026.
        #expect(Self.stats.newThisYear == 1)
        #expect(Self.stats.newlyCertifiedByYear == [2021: 1, 2022: 1, 2023: 1, 2024: 1, 2025: 2, 2026: 1])
        #expect(Self.stats.certificationsByYear().last?.cumulative == 7)
    }

    @Test func everCertifiedIsTheRunningTotal() {
        let target = ProgrammeTarget(measure: .everCertified, label: "t", value: 5, year: 2025)
        // By 31/12/2025: the six first certified up to 2025, expired, revoked and rejected included.
        #expect(target.progress(Self.index, asOf: Self.asOf).value == 6)
        #expect(target.progress(Self.index, asOf: Self.asOf).met)
        // Certified on 31/12/2025 is another figure: valid, expiring, revoked and rejected (both only in 2026); the
        // re-evaluated one's 2021 certificate had lapsed in 2024, its new one came in 2026.
        #expect(ProgrammeTarget(measure: .certifiedProducts, label: "t", value: 5, year: 2025).progress(Self.index, asOf: Self.asOf).value == 4)
        let again = Self.dataset.products[5]
        #expect(Rules.standing(of: again, on: Self.day(2023, 1, 1)) == .valid && Rules.standing(of: again, on: Self.day(2025, 1, 1)) == .expired)
        #expect(Rules.certificate(of: again, on: Self.day(2023, 1, 1))?.issuedOn == Self.day(2021, 5, 5))
    }

    @Test func rejectedAndIdeas() {
        #expect(Self.stats.rejected == 1)
        // Ideas: step 2 or later and not rejected: all but "new" (step 1) and "rejected".
        #expect(Self.stats.ideas == 7)
    }

    @Test func certifiedZoneAreaTakesTheLargestStandardPerZone() {
        #expect(Self.stats.zoneArea == 100)
        #expect(Self.stats.certifiedArea == 30)
    }

    @Test func productsPerAreaFollowTheFormerDistrict() {
        // Products registered in the old communes and in the new commune all fall in the former district's area.
        let places = Places(Self.index, on: Self.asOf)
        #expect(places.areas.map(\.id) == ["d"] && !places.areasCurrent)
        #expect(Self.stats.byDistrict["d"] == 9)
        #expect(Self.stats.certifiedByDistrict["d"] == 4)
    }

    @Test func coverageCountsTheCommunesValidOnTheDate() {
        // 2026: two new communes; n1 has certified products (from d.x and itself), n2 (from d.z) only ideas.
        let after = Places(Self.index, on: Self.asOf)
        #expect(after.totalCoverage(Self.stats) == Coverage(communes: 2, withProduct: 1, withIdea: 2))
        // 2024: three communes; X has a certified product, Y one then valid, Z none.
        let day = Self.day(2024, 12, 31)
        let before = Places(Self.index, on: day)
        #expect(before.areasCurrent && before.communes.map(\.id) == ["d.x", "d.y", "d.z"])
        #expect(before.totalCoverage(Statistics(Self.index, on: day)) == Coverage(communes: 3, withProduct: 2, withIdea: 3))
    }

    @Test func recordsMapToTheCommuneValidOnTheDate() {
        let after = Places(Self.index, on: Self.asOf), before = Places(Self.index, on: Self.day(2024, 1, 1))
        #expect(after.commune(onDate: "d.x") == "n1" && after.commune(onDate: "d.z") == "n2")
        #expect(before.commune(onDate: "d.x") == "d.x")
        // A unit that did not exist yet maps back to what stood there.
        #expect(["d.x", "d.y"].contains(before.commune(onDate: "n1")))
    }

    @Test func overdueFiguresAndCommunesFigureHaveDefinitionsInBothLanguages() {
        for f in Figure.allCases {
            #expect(!f.definition(.vi).isEmpty && !f.definition(.en).isEmpty && f.definition(.vi) != f.definition(.en), "\(f)")
        }
    }
}

import Foundation
import Testing
import TestSupport
@testable import OCOPModel
import OCOPText

/// Domain rules the forms and quick actions rely on, tested on the model alone.
@Suite struct DomainRuleTests {
    static let sample: Dataset = {
        guard let ds = DatasetLoader.load(directory: RepoPaths.sample).dataset else { fatalError("the sample must load") }
        return ds
    }()

    @Test func referencesAreListedExplicitlyPerKind() throws {
        let ds = Self.sample
        let p = try #require(ds.products.first { !$0.zoneIds.isEmpty })
        #expect(p.references.contains(RecordLink(.producers, p.producerId, field: "producerId")))
        #expect(p.references.contains(RecordLink(.units, p.communeId, field: "communeId")))
        #expect(p.references.contains { $0.file == .zones && $0.field == "zoneIds" })
        let t = ds.tasks[0]
        #expect(t.references.filter { $0.file == .agencies }.count >= 1 + t.coordinatingAgencyIds.count + t.actions.count + t.reports.count)
        // Who points to a producer: its products (and chains, tourism models).
        let referrers = References.referrers(of: .producers, id: p.producerId, in: ds)
        #expect(referrers.contains { $0.file == .products && $0.id == p.id })
        // An agency no task names has no referrers.
        let unused = Agency(id: "cq-khong-dung", name: "Cơ quan thử", shortName: "CQT", level: .province)
        #expect(References.referrers(of: .agencies, id: unused.id, in: ds).isEmpty)
    }

    @Test func recordValidationUsesTheLoadersRules() throws {
        let ds = Self.sample
        let idx = DatasetIndex(ds)
        var p = ds.products[0]
        p.producerId = "khong-co"
        let problems = RecordValidation.problems(of: RecordChange(before: ds.products[0], after: p), in: ds, index: idx)
        #expect(problems.contains { if case .unknownReference(let id, _) = $0.kind { id == "khong-co" } else { false } })
        // A valid change has no problems.
        var ok = ds.products[0]
        ok.name = "Tên khác"
        #expect(RecordValidation.problems(of: RecordChange(before: ds.products[0], after: ok), in: ds, index: idx).filter { $0.severity == .error }.isEmpty)
    }

    @Test func aCertificateFollowsTheEvaluationItCameFrom() throws {
        let date = try #require(CivilDate(year: 2026, month: 3, day: 10))
        var p = Self.sample.products.first { $0.certificate == nil && $0.rejection == nil }!
        p.cycleStep = .implementation
        p.evaluations = []
        let e = Evaluation(date: date, councilLevel: .province, criteriaSet: .d148, scoreA: 30, scoreB: 20, scoreC: 25, total: 75, stars: 4, kind: .first)
        let certified = Certification.recording(e, on: p)
        #expect(certified.certificate?.stars == 4 && certified.certificate?.issuedOn == date)
        #expect(certified.certificate?.expiresOn == Rules.certificateExpiry(issuedOn: date))
        #expect(certified.cycleStep == .evaluation)
        // Corrected below 3★, the certificate issued from it goes.
        var lower = e
        lower.scoreA = 5; lower.total = 50 - 5; lower.stars = 2
        let corrected = Certification.correcting(at: certified.evaluations.count - 1, with: lower, on: certified)
        #expect(corrected.certificate == nil)
        // Deleted, it takes its certificate along and an earlier qualifying evaluation gives it back.
        var two = certified
        let earlier = Evaluation(date: try #require(CivilDate(year: 2024, month: 1, day: 5)), councilLevel: .province, criteriaSet: .d148,
                                 scoreA: 25, scoreB: 15, scoreC: 20, total: 60, stars: 3, kind: .first)
        two.evaluations.insert(earlier, at: 0)
        let removed = Certification.removing(at: two.evaluations.count - 1, from: two)
        #expect(removed.certificate?.stars == 3 && removed.certificate?.issuedOn == earlier.date)
        // A certificate that did not come from the deleted evaluation stays.
        var other = certified
        other.certificate?.issuedOn = try #require(CivilDate(year: 2025, month: 1, day: 1))
        #expect(Certification.removing(at: other.evaluations.count - 1, from: other).certificate == other.certificate)
    }

    @Test func aNoteIsAddedUnderTheNextFreeId() {
        let t = Self.sample.tasks[0]
        let date = CivilDate(year: 2026, month: 12, day: 1)!
        let withNote = NoteRecorder.adding("Giao Sở Công Thương", to: t, by: "thu-ky", on: date)
        #expect(withNote.notes.count == t.notes.count + 1)
        let n = withNote.notes.last!
        #expect(n.kind == .decision && n.author == "thu-ky" && n.date == date)
        #expect(!t.notes.contains { $0.id == n.id })
    }

    @Test func journalActionsAreTypedAndLabelled() {
        #expect(JournalAction(rawValue: "delete-note") == .deleteNote)
        #expect(JournalAction.actionDone.label(.vi) == "công việc hoàn thành" && JournalAction.actionDone.label(.en) == "action done")
        for a in JournalAction.allCases { #expect(!a.vi.isEmpty && !a.en.isEmpty) }
    }
}

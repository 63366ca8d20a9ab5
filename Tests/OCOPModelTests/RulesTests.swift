import Testing
@testable import OCOPModel

@Suite struct RulesTests {
    @Test(arguments: [(100, 5), (90, 5), (89, 4), (70, 4), (69, 3), (50, 3), (49, 2), (30, 2), (29, 1), (0, 1)])
    func starsFromTotal(total: Int, stars: Int) {
        #expect(Rules.stars(forTotal: total) == stars)
    }

    @Test func certifiableFromThreeStars() {
        #expect(!Rules.isCertifiable(stars: 2))
        #expect(Rules.isCertifiable(stars: 3))
        #expect(Rules.isCertifiable(stars: 5))
    }

    @Test func partMaxima() {
        #expect(CriteriaSet.d1048.partMaxima == (35, 25, 40))
        #expect(CriteriaSet.d148.partMaxima == (40, 25, 35))
    }

    @Test func scoreCapsEachPartAtItsMaximum() {
        let r = Rules.score(a: 38, b: 20, c: 30, set: .d1048)
        #expect(r.total == 35 + 20 + 30)
        #expect(r.stars == 4)
        let s = Rules.score(a: 32, b: 20, c: 30, set: .d148)
        #expect(s.total == 82 && s.stars == 4)
    }

    @Test func expiryIs36MonthsLater() throws {
        let d = try #require(CivilDate(year: 2021, month: 1, day: 31))
        #expect(Rules.certificateExpiry(issuedOn: d) == CivilDate(year: 2024, month: 1, day: 31))
        let leap = try #require(CivilDate(year: 2024, month: 2, day: 29))
        #expect(Rules.certificateExpiry(issuedOn: leap) == CivilDate(year: 2027, month: 2, day: 28))
        let jan31 = try #require(CivilDate(year: 2023, month: 1, day: 31))
        #expect(jan31.adding(months: 1) == CivilDate(year: 2023, month: 2, day: 28))
        #expect(jan31.adding(months: 13) == CivilDate(year: 2024, month: 2, day: 29))
    }

    @Test func impossibleDates() {
        #expect(CivilDate(year: 2021, month: 2, day: 31) == nil)
        #expect(CivilDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CivilDate.parse("29/02/2024") == CivilDate(year: 2024, month: 2, day: 29))
        #expect(CivilDate.parse("31/02/2024") == nil)
        #expect(CivilDate.parse("2024-13-01") == nil)
        #expect(CivilDate.parse("14/01/2021")?.iso == "2021-01-14")
        #expect(CivilDate(year: 2021, month: 1, day: 14)?.display == "14/01/2021")
    }

    @Test func dayNumbersRoundTrip() throws {
        let d = try #require(CivilDate(year: 2020, month: 12, day: 31))
        #expect(CivilDate(dayNumber: d.dayNumber) == d)
        #expect(d.adding(days: 1) == CivilDate(year: 2021, month: 1, day: 1))
        #expect(d.days(to: try #require(CivilDate(year: 2021, month: 1, day: 14))) == 14)
    }

    func cert(_ issued: CivilDate) -> Certificate {
        Certificate(stars: 3, decisionNumber: "1/QĐ", issuedOn: issued, expiresOn: Rules.certificateExpiry(issuedOn: issued))
    }

    @Test func expiresWithinDays() throws {
        let c = cert(try #require(CivilDate(year: 2024, month: 1, day: 1)))  // expires 2027-01-01
        let day = try #require(CivilDate(year: 2026, month: 10, day: 3))      // 90 days before
        #expect(Rules.expiresWithin(c, days: 90, of: day))
        #expect(!Rules.expiresWithin(c, days: 90, of: day.adding(days: -1)))
        #expect(Rules.expiresWithin(c, days: 90, of: try #require(CivilDate(year: 2027, month: 1, day: 1))))
        #expect(!Rules.expiresWithin(c, days: 90, of: try #require(CivilDate(year: 2027, month: 1, day: 2))))
        #expect(Rules.isExpired(c, on: try #require(CivilDate(year: 2027, month: 1, day: 2))))
    }

    func task(deadline: CivilDate?, ongoing: Bool = false, completed: CivilDate? = nil, progress: Int = 0) -> ConclusionTask {
        ConclusionTask(id: "t", ordinal: 1, shortTitle: "x", shortTitleEn: "x", text: "", leadAgencyId: "a", coordinatingAgencyIds: [],
                       deadline: deadline, ongoing: ongoing, completedOn: completed, progress: progress, actions: [], reports: [], notes: [])
    }

    @Test func taskStatusWords() throws {
        let deadline = try #require(CivilDate(year: 2021, month: 3, day: 31))
        let before = deadline.adding(days: -1), after = deadline.adding(days: 1)
        #expect(Rules.status(of: task(deadline: deadline, completed: deadline), on: after) == .doneOnTime)
        #expect(Rules.status(of: task(deadline: deadline, completed: after), on: after) == .doneLate)
        #expect(Rules.status(of: task(deadline: deadline, progress: 40), on: deadline) == .inProgress)
        #expect(Rules.status(of: task(deadline: deadline, progress: 40), on: after) == .overdue)
        #expect(Rules.status(of: task(deadline: deadline), on: before) == .notStarted)
        #expect(Rules.status(of: task(deadline: nil, ongoing: true, progress: 50), on: after) == .ongoing)
        #expect(TaskStatus.overdue.vi == "quá hạn")
        #expect(TaskStatus.inProgress.vi == "đang thực hiện, trong hạn")
    }

    @Test func overdueActions() throws {
        let due = try #require(CivilDate(year: 2025, month: 6, day: 30))
        var a = TaskAction(id: "a", title: "x", ownerAgencyId: "snn", dueDate: due, doneDate: nil, progress: 50)
        #expect(!Rules.isOverdue(a, on: due))
        #expect(Rules.isOverdue(a, on: due.adding(days: 1)))
        a.doneDate = due
        #expect(!Rules.isOverdue(a, on: due.adding(days: 1)))
    }
}

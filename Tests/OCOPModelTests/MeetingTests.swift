import Foundation
import Testing
import TestSupport
import OCOPHistory
@testable import OCOPModel

/// Meetings: opened, recorded in and closed through journalled commits; "since the last meeting" shows exactly the
/// edits made after it.
@Suite struct MeetingTests {
    func load(_ dir: URL) throws -> Dataset {
        let r = DatasetLoader.load(directory: dir)
        #expect(r.errors.isEmpty, "\(r.errors.prefix(3).map { $0.message(.en) })")
        return try #require(r.dataset)
    }

    @Test func theSampleCarriesThreeClosedMeetings() throws {
        let ds = try load(RepoPaths.sample)
        #expect(ds.meetingsByDate.map(\.date.iso) == ["2020-12-31", "2024-01-10", "2026-10-02"])
        #expect(ds.meetings.allSatisfy { $0.status == .closed })
        #expect(ds.meetings.first?.chair == "Võ Văn Phi - Phó Chủ tịch UBND tỉnh" && ds.meetings.first?.place == "Khách sạn Đồng Nai")
    }

    @Test func aMissingMeetingsFileMeansNoMeetings() throws {
        let dir = try RepoPaths.copyOfSample("no-meetings")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.removeItem(at: dir.appendingPathComponent("meetings.json"))
        let r = DatasetLoader.load(directory: dir)
        #expect(r.problems.isEmpty && r.dataset?.meetings == [])
        // The first meeting creates the file.
        let today = CivilDate.today()
        let (m, opened) = try MeetingSession.openOrContinue(on: today, title: "Họp", chair: "A", secretary: "B", in: dir,
                                                             current: try #require(r.dataset), user: "lan")
        let reloaded = try load(dir)
        #expect(opened && reloaded.meetings == [m])
        // Opening again the same day continues it.
        let again = try MeetingSession.openOrContinue(on: today, title: "Họp", chair: "C", secretary: "D", in: dir, current: try load(dir), user: "lan")
        #expect(!again.opened && again.meeting.id == m.id && again.meeting.chair == "A")
    }

    @Test func sinceTheLastMeetingShowsExactlyTheEditsMadeAfterIt() throws {
        let dir = try RepoPaths.copyOfSample("since")
        defer { try? FileManager.default.removeItem(at: dir) }
        let today = CivilDate.today()
        // A scripted meeting: open, two decisions (one creating an action), close.
        let (m, _) = try MeetingSession.openOrContinue(on: today, title: "Họp giao ban", chair: "Chủ tịch", secretary: "Thư ký",
                                                        in: dir, current: try load(dir), user: "lan")
        _ = try MeetingSession.decide("Hoàn thiện chuỗi bưởi", task: "nv-3", owner: "snnmt", due: today.adding(days: 30), meeting: m.id,
                                      in: dir, current: try load(dir), user: "lan")
        _ = try MeetingSession.decide("Báo cáo tại kỳ họp sau", task: nil, owner: nil, due: nil, meeting: m.id, in: dir, current: try load(dir), user: "lan")
        let closed = try MeetingHistory.close(m.id, in: dir, current: try load(dir), user: "lan")
        #expect(closed.isFrozen && closed.decisions.count == 2)
        #expect(throws: MeetingError.frozen(m.id)) {
            try MeetingSession.decide("Muộn", task: nil, owner: nil, due: nil, meeting: m.id, in: dir, current: try load(dir), user: "lan")
        }
        // Edits after it: a product moves a step, a task gets a report and progress, the decided action is done, a chain.
        var ds = try load(dir)
        let p = try #require(ds.products.first { $0.cycleStep == .planSubmission })
        var p2 = p; p2.cycleStep = .implementation
        try RecordCommitter.commit(RecordChange(before: p, after: p2), in: dir, user: "lan", action: .nextStep)
        let t2 = try #require(ds.tasks.first { $0.id == "nv-2" })
        var t2b = t2
        t2b.progress = min(100, t2.progress + 10)
        let report = ProgressReport(id: "nv-2.bc-99", date: today, agencyId: "skhcn", periodKind: .quarter, period: "IV/2026", narrative: "Đã hỗ trợ 5 chủ thể")
        t2b.reports.append(report)
        try RecordCommitter.commit(RecordChange(before: t2, after: t2b), in: dir, user: "lan", action: .report)
        ds = try load(dir)
        let t3 = try #require(ds.tasks.first { $0.id == "nv-3" })
        var t3b = t3
        let k = try #require(t3b.actions.lastIndex { $0.title == "Hoàn thiện chuỗi bưởi" })
        t3b.actions[k].doneDate = today
        t3b.actions[k].progress = 100
        try RecordCommitter.commit(RecordChange(before: t3, after: t3b), in: dir, user: "lan", action: .actionDone)
        var z = ds.zones[0]
        let z0 = z
        z.chains.append(LinkageChain(id: z.id + ".cl-99", name: "Chuỗi mới", leadName: "HTX", enterprises: 1, cooperatives: 1, households: 10,
                                     areaHa: 5, approvedByProvince: false))
        try RecordCommitter.commit(RecordChange(before: z0, after: z), in: dir, user: "lan", action: .addChain)
        // A second meeting: since the last one, exactly those edits and the two decisions with what became of them.
        ds = try load(dir)
        let since = try MeetingHistory.since(.lastMeeting, in: dir, current: ds, today: today)
        #expect(since.meeting?.id == m.id)
        let got = since.items.map { "\($0.file.recordsKey)/\($0.id): \($0.change)" }
        let decisions = try #require(ds.meetings.first { $0.id == m.id }).decisions
        let expected = [
            "products/\(p.id): \(SinceItem.Change.step(from: .planSubmission, to: .implementation))",
            "tasks/nv-2: \(SinceItem.Change.progress(from: t2.progress, to: t2b.progress, reports: [report]))",
            "tasks/nv-3: \(SinceItem.Change.actionDone(title: "Hoàn thiện chuỗi bưởi", on: today))",
            "zones/\(z.id): \(SinceItem.Change.chainAdded(chain: "Chuỗi mới"))",
            "meetings/\(m.id): \(SinceItem.Change.decision(decisions[0], .done(today)))",
            "meetings/\(m.id): \(SinceItem.Change.decision(decisions[1], .noAction))",
        ]
        #expect(got == expected)
    }
}

import Foundation

/// What can refuse a change to a meeting.
public enum MeetingError: Error, Sendable, Equatable {
    /// The meeting is closed: its record is frozen.
    case frozen(String)
    /// No meeting with that id (or no open meeting).
    case notFound(String)
}

/// Opening, recording in and closing a meeting, each step one journalled commit of `meetings.json` (and of
/// `tasks.json` for notes and the actions decisions create). A colleague's change to the meeting meanwhile is
/// merged: the step is applied to their version.
public enum MeetingSession {
    /// Today's meeting: the one not closed yet on `date`, or a new one opened with its chair and secretary.
    /// Returns the meeting and whether it was opened now.
    public static func openOrContinue(on date: CivilDate, title: String, chair: String?, secretary: String?, kind: MeetingKind = .periodicReview,
                                      agenda: [AgendaItem] = [], in dir: URL, current ds: Dataset, user: String,
                                      time: String = MeetingTime.now()) throws -> (meeting: Meeting, opened: Bool) {
        if var m = ds.meetingToContinue(on: date) {
            if m.status == .planned {
                m = try update(m.id, in: dir, current: ds, user: user, action: .openMeeting) { m in
                    m.status = .open
                    m.openedAt = m.openedAt ?? time
                    if m.chair == nil { m.chair = chair }
                    if m.secretary == nil { m.secretary = secretary }
                }
                return (m, true)
            }
            return (m, false)
        }
        let ids = Set(ds.meetings.map(\.id))
        var id = "hop-" + date.iso
        var n = 2
        while ids.contains(id) { id = "hop-\(date.iso)-\(n)"; n += 1 }
        let m = Meeting(id: id, date: date, title: title, kind: kind, chair: chair, secretary: secretary, agenda: agenda,
                        status: .open, openedAt: time)
        try RecordCommitter.commit(RecordChange(before: nil, after: m), in: dir, user: user, action: .openMeeting)
        return (m, true)
    }

    /// Links a task note (already saved on the task) to the meeting; a note of kind decision (the deck's `n`,
    /// "Ghi kết luận") is also one of the meeting's decisions.
    public static func linkNote(_ noteId: String, task taskId: String, meeting id: String, in dir: URL, current ds: Dataset, user: String) throws -> Meeting {
        let note = ds.tasks.first { $0.id == taskId }?.notes.first { $0.id == noteId }
        return try update(id, in: dir, current: ds, user: user, action: .note) { m in
            m.notes.append(MeetingNoteLink(taskId: taskId, noteId: noteId))
            if let note, note.kind == .decision {
                let existing = Set(m.decisions.map(\.id))
                var n = m.decisions.count + 1
                while existing.contains("kl-\(n)") { n += 1 }
                m.decisions.append(MeetingDecision(id: "kl-\(n)", text: note.text, taskId: taskId, noteId: noteId))
            }
        }
    }

    /// Records a decision; with a task, an owner and a due date it also creates the action on the task.
    public static func decide(_ text: String, task taskId: String?, owner: String?, due: CivilDate?, meeting id: String, in dir: URL,
                              current ds: Dataset, user: String) throws -> Meeting {
        guard let m0 = ds.meetings.first(where: { $0.id == id }) else { throw MeetingError.notFound(id) }
        if m0.isFrozen { throw MeetingError.frozen(id) }
        var actionId: String?
        if let taskId, let owner, let task = ds.tasks.first(where: { $0.id == taskId }) {
            let existing = Set(task.actions.map(\.id))
            var n = task.actions.count + 1
            while existing.contains("\(taskId).hd-\(n)") { n += 1 }
            var t = task
            t.actions.append(TaskAction(id: "\(taskId).hd-\(n)", title: text, ownerAgencyId: owner, dueDate: due, progress: 0))
            try RecordCommitter.commit(RecordChange(before: task, after: t), in: dir, user: user, action: .addAction)
            actionId = "\(taskId).hd-\(n)"
        }
        return try update(id, in: dir, current: ds, user: user, action: .decision) { m in
            let existing = Set(m.decisions.map(\.id))
            var n = m.decisions.count + 1
            while existing.contains("kl-\(n)") { n += 1 }
            m.decisions.append(MeetingDecision(id: "kl-\(n)", text: text, taskId: taskId, actionId: actionId, ownerAgencyId: owner, dueDate: due))
        }
    }

    /// Closes the meeting: its status and closing time are saved, and its record is frozen from then on.
    public static func close(_ id: String, in dir: URL, current ds: Dataset, user: String, time: String = MeetingTime.now()) throws -> Meeting {
        try update(id, in: dir, current: ds, user: user, action: .closeMeeting) { m in
            m.status = .closed
            m.closedAt = time
        }
    }

    /// Applies a step to the meeting as it is on disk (a colleague's change kept), refusing a closed meeting.
    static func update(_ id: String, in dir: URL, current ds: Dataset, user: String, action: JournalAction,
                       _ step: (inout Meeting) -> Void) throws -> Meeting {
        guard var m = ds.meetings.first(where: { $0.id == id }) else { throw MeetingError.notFound(id) }
        var base = RecordCodec.canonical(m)
        for _ in 0..<20 {
            if m.isFrozen { throw MeetingError.frozen(id) }
            var after = m
            step(&after)
            do {
                try RecordCommitter.commit(RecordChange(file: .meetings, id: id, before: base, after: RecordCodec.canonical(after)),
                                           in: dir, user: user, action: action)
                return after
            } catch let c as EditConflict {
                guard let theirs = c.theirs, let t = try? JSONDecoder().decode(Meeting.self, from: theirs) else { throw MeetingError.notFound(id) }
                m = t
                base = theirs
            }
        }
        throw SaveError(file: DatasetFile.meetings.rawValue, reason: "the meeting kept changing; try again")
    }
}

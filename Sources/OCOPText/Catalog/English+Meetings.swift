extension English {
    /// Meetings, history (snapshots, as-of), since the last meeting, minutes.
    static let meetings: [Msg: String] = [
        .kindMeeting: "Meeting",
        .meetingNotEditable: "Meetings are recorded through the deck (ocop present); a closed meeting cannot change.",
        .lblChair: "Chair",
        .lblSecretary: "Secretary",
        .lblAttendees: "Attendees",
        .lblAgenda: "Agenda",
        .lblDecisions: "Decisions",
        .lblPlace: "Place",
        .lblOpenedAt: "Opened",
        .lblClosedAt: "Closed",
        .meetingNoteLinks: "Notes recorded in the meeting",
        .paletteMeetings: "⌚ Meeting {1}: {2} ({3})",
    ]
}

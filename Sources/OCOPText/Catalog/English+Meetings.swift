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
        .snapshotTaken: "Snapshot stored at {1}: {2} files ({3} new), {4} compressed bytes for {5} bytes of data, in {6} s.",
        .outsideChangesFound: "{1} records changed outside ocop; journalled.",
        .asOfHistory: "the data of {1} from history",
        .asOfNoSnapshot: "No snapshot up to the end of {1}: showing today's data (store one with ocop snapshot).",
    ]
}

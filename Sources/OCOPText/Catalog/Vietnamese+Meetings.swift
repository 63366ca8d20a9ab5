extension Vietnamese {
    /// Meetings, history (snapshots, as-of), since the last meeting, minutes.
    static let meetings: [Msg: String] = [
        .kindMeeting: "Cuộc họp",
        .meetingNotEditable: "Cuộc họp được ghi qua chế độ trình chiếu (ocop present); cuộc họp đã kết thúc không sửa được.",
        .lblChair: "Chủ trì",
        .lblSecretary: "Thư ký",
        .lblAttendees: "Thành phần tham dự",
        .lblAgenda: "Nội dung",
        .lblDecisions: "Kết luận",
        .lblPlace: "Địa điểm",
        .lblOpenedAt: "Bắt đầu",
        .lblClosedAt: "Kết thúc",
        .meetingNoteLinks: "Ghi chú trong cuộc họp",
        .paletteMeetings: "⌚ Cuộc họp {1}: {2} ({3})",
    ]
}

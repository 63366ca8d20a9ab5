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
        .snapshotTaken: "Đã lưu ảnh dữ liệu lúc {1}: {2} tệp ({3} tệp mới), {4} byte nén cho {5} byte dữ liệu, trong {6} giây.",
        .outsideChangesFound: "Phát hiện {1} bản ghi thay đổi ngoài ocop; đã ghi vào nhật ký.",
        .asOfHistory: "dữ liệu ngày {1} theo lịch sử",
        .asOfNoSnapshot: "Chưa có ảnh dữ liệu nào đến hết ngày {1}: hiển thị dữ liệu hiện tại (lưu ảnh bằng ocop snapshot).",
    ]
}

import Foundation
import OCOPModel

/// Every UI string, in Vietnamese and English.
public enum Msg: String, CaseIterable, Sendable {
    case appTitle, overview, tasks, products, zones, producers, districts, villagesTourism
    case quit, help, search, open, back, filter, clearFilters, sort, palette, nextPane, prevPane, lang, theme
    case down, up, pageDown, pageUp, top, bottom, nextMatch, prevMatch, toggleView, warnings, reverseSort
    case readOnly, board, table, noRows, total, certified, stars, step, district, commune, group, producer, type, status
    case progress, lead, coordinating, deadline, ongoing, latestReport, actions, reports, notes, fullText, owner, due, done
    case area, certifiedArea, chains, linkedProducts, tourismModels, fourHas, commodity, households, recognition
    case expiring90, overdueTasks, overdueActions, productsByStar, productsByDistrict, byStep, producersByType
    case evaluations, certificate, expires, standards, marks, zonesLinked, name, representative, registration
    case communes, count, noData, searchPrompt, matches, tooSmall, dataWarnings, paletteTitle, helpTitle, global
    case craftVillage, tourismModel, operatorName, rejected, members, approved, yes, no, highTech, plantingCodes
    case filterDistrict, filterGroup, filterStars, filterStep, filterProducerType, filterTaskStatus, active, noFilter
    case press, keysOfPane, illustrative, asOf, crumbHome, cycle, expired, none, criteria, score, firstEval
    case council, decision, issued, deadlineOngoing, latest, sortedBy, ascending, descending, detail, records, present
    case add, edit, delete, undo, redo, report, noteAction, updateAction, actionDone, nextStep, reject, evaluate, addChain
    case manageReports, manageNotes, manageEvaluations, journal

    /// The text in a language.
    public func text(_ lang: Language) -> String {
        let (vi, en) = pair
        return lang == .vi ? vi : en
    }

    var pair: (String, String) {
        switch self {
        case .appTitle: ("OCOP Đồng Nai", "OCOP Đồng Nai")
        case .overview: ("Tổng quan", "Overview")
        case .tasks: ("Nhiệm vụ", "Tasks")
        case .products: ("Sản phẩm", "Products")
        case .zones: ("Vùng nguyên liệu", "Raw-material zones")
        case .producers: ("Chủ thể", "Producers")
        case .districts: ("Địa bàn", "Districts")
        case .villagesTourism: ("Làng nghề & du lịch", "Craft villages & tourism")
        case .quit: ("Thoát", "Quit")
        case .help: ("Trợ giúp", "Help")
        case .search: ("Tìm", "Search")
        case .open: ("Mở", "Open")
        case .back: ("Quay lại", "Back")
        case .filter: ("Lọc", "Filter")
        case .clearFilters: ("Bỏ lọc", "Clear filters")
        case .sort: ("Sắp xếp", "Sort")
        case .palette: ("Lệnh", "Palette")
        case .nextPane: ("Khung sau", "Next pane")
        case .prevPane: ("Khung trước", "Previous pane")
        case .lang: ("English", "Tiếng Việt")
        case .theme: ("Giao diện", "Theme")
        case .down: ("Xuống", "Down")
        case .up: ("Lên", "Up")
        case .pageDown: ("Trang sau", "Page down")
        case .pageUp: ("Trang trước", "Page up")
        case .top: ("Đầu danh sách", "Top")
        case .bottom: ("Cuối danh sách", "Bottom")
        case .nextMatch: ("Kết quả sau", "Next match")
        case .prevMatch: ("Kết quả trước", "Previous match")
        case .toggleView: ("Bảng/Kanban", "Board/table")
        case .warnings: ("Cảnh báo dữ liệu", "Data warnings")
        case .reverseSort: ("Đảo chiều", "Reverse sort")
        case .readOnly: ("CHỈ ĐỌC", "READ-ONLY")
        case .board: ("Kanban", "Board")
        case .table: ("Bảng", "Table")
        case .noRows: ("Không có bản ghi nào khớp.", "No records match.")
        case .total: ("Tổng", "Total")
        case .certified: ("Đạt OCOP", "Certified")
        case .stars: ("Hạng", "Stars")
        case .step: ("Bước", "Step")
        case .district: ("Huyện/TP", "District")
        case .commune: ("Xã/phường", "Commune")
        case .group: ("Nhóm", "Group")
        case .producer: ("Chủ thể", "Producer")
        case .type: ("Loại", "Type")
        case .status: ("Tình trạng", "Status")
        case .progress: ("Tiến độ", "Progress")
        case .lead: ("Chủ trì", "Lead")
        case .coordinating: ("Phối hợp", "Coordinating")
        case .deadline: ("Thời hạn", "Deadline")
        case .ongoing: ("thường xuyên", "ongoing")
        case .latestReport: ("Báo cáo gần nhất", "Latest report")
        case .actions: ("Hành động", "Actions")
        case .reports: ("Báo cáo", "Reports")
        case .notes: ("Ghi chú, kết luận", "Notes and decisions")
        case .fullText: ("Nội dung", "Text")
        case .owner: ("Đơn vị", "Owner")
        case .due: ("Hạn", "Due")
        case .done: ("Xong", "Done")
        case .area: ("Diện tích", "Area")
        case .certifiedArea: ("Diện tích chứng nhận", "Certified area")
        case .chains: ("Chuỗi liên kết", "Linkage chains")
        case .linkedProducts: ("Sản phẩm liên kết", "Linked products")
        case .tourismModels: ("Mô hình du lịch", "Tourism models")
        case .fourHas: ("\"4 có\"", "\"Four haves\"")
        case .commodity: ("Nông sản", "Commodity")
        case .households: ("Hộ", "Households")
        case .recognition: ("Công nhận", "Recognition")
        case .expiring90: ("Giấy chứng nhận hết hạn trong 90 ngày", "Certificates expiring within 90 days")
        case .overdueTasks: ("Nhiệm vụ quá hạn", "Overdue tasks")
        case .overdueActions: ("Hành động quá hạn", "Overdue actions")
        case .productsByStar: ("Sản phẩm theo hạng sao", "Products by star")
        case .productsByDistrict: ("Sản phẩm theo huyện", "Products by district")
        case .byStep: ("Theo bước chu trình", "By cycle step")
        case .producersByType: ("Chủ thể theo loại", "Producers by type")
        case .evaluations: ("Lịch sử đánh giá", "Evaluations")
        case .certificate: ("Giấy chứng nhận", "Certificate")
        case .expires: ("Hết hạn", "Expires")
        case .standards: ("Tiêu chuẩn", "Standards")
        case .marks: ("Sở hữu trí tuệ", "IP marks")
        case .zonesLinked: ("Vùng nguyên liệu", "Zones")
        case .name: ("Tên", "Name")
        case .representative: ("Đại diện", "Representative")
        case .registration: ("Số ĐKKD", "Registration no.")
        case .communes: ("Xã/phường", "Communes")
        case .count: ("Số lượng", "Count")
        case .noData: ("—", "—")
        case .searchPrompt: ("Tìm (bỏ qua dấu):", "Search (ignores diacritics):")
        case .matches: ("kết quả", "matches")
        case .tooSmall: ("Cửa sổ quá nhỏ: cần tối thiểu", "Window too small: needs at least")
        case .dataWarnings: ("cảnh báo dữ liệu — nhấn w để xem", "data warnings — press w to see them")
        case .paletteTitle: ("Tìm khung, lệnh hoặc bản ghi", "Find a pane, action or record")
        case .helpTitle: ("Phím tắt", "Keys")
        case .global: ("Chung", "Global")
        case .craftVillage: ("Làng nghề", "Craft village")
        case .tourismModel: ("Mô hình du lịch", "Tourism model")
        case .operatorName: ("Đơn vị vận hành", "Operator")
        case .rejected: ("Bị loại", "Rejected")
        case .members: ("Thành viên", "Members")
        case .approved: ("Tỉnh phê duyệt", "Approved by province")
        case .yes: ("có", "yes")
        case .no: ("không", "no")
        case .highTech: ("Công nghệ cao", "High-tech")
        case .plantingCodes: ("Mã số vùng trồng", "Planting-area codes")
        case .filterDistrict: ("Lọc theo huyện", "Filter by district")
        case .filterGroup: ("Lọc theo nhóm sản phẩm", "Filter by product group")
        case .filterStars: ("Lọc theo hạng sao", "Filter by stars")
        case .filterStep: ("Lọc theo bước chu trình", "Filter by cycle step")
        case .filterProducerType: ("Lọc theo loại chủ thể", "Filter by producer type")
        case .filterTaskStatus: ("Lọc theo tình trạng", "Filter by status")
        case .active: ("Đang lọc", "Filters")
        case .noFilter: ("không lọc", "no filter")
        case .press: ("nhấn", "press")
        case .keysOfPane: ("Phím của khung này", "Keys of this pane")
        case .illustrative: ("dữ liệu minh hoạ", "illustrative data")
        case .asOf: ("tính đến", "as of")
        case .crumbHome: ("Đồng Nai", "Đồng Nai")
        case .cycle: ("Chu trình OCOP", "OCOP cycle")
        case .expired: ("đã hết hạn", "expired")
        case .none: ("chưa có", "none")
        case .criteria: ("Bộ tiêu chí", "Criteria set")
        case .score: ("Điểm", "Score")
        case .firstEval: ("Đánh giá", "Evaluated")
        case .council: ("Hội đồng", "Council")
        case .decision: ("Quyết định", "Decision")
        case .issued: ("Ngày cấp", "Issued")
        case .deadlineOngoing: ("thường xuyên", "ongoing")
        case .latest: ("Gần nhất", "Latest")
        case .sortedBy: ("Sắp xếp", "Sorted by")
        case .ascending: ("tăng", "ascending")
        case .descending: ("giảm", "descending")
        case .detail: ("Chi tiết", "Detail")
        case .records: ("bản ghi", "records")
        case .present: ("Trình chiếu", "Present")
        case .add: ("Thêm", "Add")
        case .edit: ("Sửa", "Edit")
        case .delete: ("Xoá (hỏi trước)", "Delete (asks first)")
        case .undo: ("Hoàn tác thay đổi đã lưu", "Undo a saved change")
        case .redo: ("Làm lại", "Redo")
        case .report: ("Báo cáo", "Report")
        case .noteAction: ("Kết luận họp", "Meeting note")
        case .updateAction: ("Thêm/cập nhật hành động", "Add or update an action")
        case .actionDone: ("Đánh dấu hành động xong", "Mark an action done")
        case .nextStep: ("Bước sau", "Next step")
        case .reject: ("Loại khỏi chu trình (kèm lý do)", "Reject with a reason")
        case .evaluate: ("Chấm điểm", "Evaluate")
        case .addChain: ("Chuỗi liên kết", "Linkage chain")
        case .manageReports: ("Sửa/xoá báo cáo", "Edit or delete a report")
        case .manageNotes: ("Sửa/xoá ghi chú", "Edit or delete a note")
        case .manageEvaluations: ("Sửa/xoá kết quả đánh giá", "Edit or delete an evaluation")
        case .journal: ("Nhật ký thay đổi", "Change journal")
        }
    }
}

/// Numbers and dates as officials read them: 1.234,5 and dd/mm/yyyy in Vietnamese.
public enum Format {
    /// A number with thousands separators and up to `decimals` decimals, in the language's convention.
    public static func number(_ v: Double, decimals: Int = 0, _ lang: Language) -> String {
        let neg = v < 0
        let scale = pow(10.0, Double(decimals))
        let rounded = (abs(v) * scale).rounded() / scale
        let intPart = Int(rounded)
        var frac = ""
        if decimals > 0 {
            let f = Int(((rounded - Double(intPart)) * scale).rounded())
            frac = f == 0 ? "" : String(format: "%0\(decimals)d", f)
            while frac.hasSuffix("0") { frac.removeLast() }
        }
        let digits = String(intPart)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped += lang == .vi ? "." : "," }
            grouped.append(ch)
        }
        if !frac.isEmpty { grouped += (lang == .vi ? "," : ".") + frac }
        return (neg ? "-" : "") + grouped
    }

    /// An integer with thousands separators.
    public static func int(_ v: Int, _ lang: Language) -> String { number(Double(v), lang) }

    /// Hectares: "6.720 ha" / "6,720 ha".
    public static func hectares(_ v: Double, _ lang: Language) -> String { number(v, decimals: 1, lang) + " ha" }

    /// A date as dd/mm/yyyy.
    public static func date(_ d: CivilDate?) -> String { d?.display ?? "—" }

    /// Stars as glyphs: "★★★☆☆" reads without colour.
    public static func stars(_ n: Int) -> String {
        n <= 0 ? "—" : String(repeating: "★", count: min(n, 5))
    }
}

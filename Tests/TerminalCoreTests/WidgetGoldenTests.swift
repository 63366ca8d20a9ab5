import Testing
import TestSupport
@testable import TerminalCore
import OCOPText

/// Each widget rendered at two sizes and compared with its golden screen.
@Suite struct WidgetGoldenTests {
    static let sizes = [(40, 8), (70, 12)]
    static let names = ["Chôm chôm Java Long Khánh", "Bưởi Tân Triều", "Ca cao lên men Trọng Đức",
                        "Cà phê bột nguyên chất Cẩm Mỹ".decomposedStringWithCanonicalMapping, "Rượu Bến Gỗ", "Lạp xưởng Gia Kiệm",
                        "中文 wide test", "Mật ong\u{1B}[31m hoa"]

    func each(_ name: String, styles: Bool = false, _ draw: (inout CellBuffer, Rect) -> Void) {
        for (w, h) in Self.sizes {
            var buf = CellBuffer(width: w, height: h)
            draw(&buf, buf.area)
            Golden.assert(buf, named: "\(name)-\(w)x\(h)", styles: styles)
        }
    }

    @Test func block() {
        each("block") { buf, area in
            Block(title: "Nhiệm vụ — Vùng nguyên liệu đặc trưng", focused: true).render(in: area, into: &buf, theme: .plain)
        }
    }

    @Test func tabBar() {
        each("tabbar") { buf, area in
            TabBar(titles: ["Tổng quan", "Nhiệm vụ", "Sản phẩm", "Vùng nguyên liệu", "Chủ thể", "Địa bàn", "Làng nghề & du lịch"], selected: 2)
                .render(in: area.row(0), into: &buf, theme: .plain)
        }
    }

    @Test func table() {
        each("table", styles: true) { buf, area in
            var state = TableState(selected: 2)
            let inner = Block(title: "Sản phẩm").render(in: area, into: &buf, theme: .plain)
            Table(columns: [TableColumn("Tên", .flex(2, min: 8)), TableColumn("Sao", .fixed(4), align: .right)],
                  rowCount: Self.names.count, sortColumn: 1, sortAscending: false) { r, c in
                c == 0 ? Self.names[r] : "\(r % 3 + 3)★"
            }.render(in: inner, into: &buf, state: &state, theme: .plain)
        }
    }

    @Test func list() {
        each("list") { buf, area in
            var state = TableState(selected: 1)
            ListView(count: Self.names.count) { Self.names[$0] }.render(in: area, into: &buf, state: &state, theme: .plain)
        }
    }

    @Test func paragraph() {
        each("paragraph") { buf, area in
            Paragraph("Một là, Đổi mới nâng cao chất lượng công tác tuyên truyền cả về hình thức và nội dung để mọi đối tượng, nhất là Doanh nghiệp, HTX, Tổ hợp tác nhận thức được vai trò của Chương trình OCOP.\nHai là, Khuyến khích ứng dụng khoa học kỹ thuật.")
                .render(in: area, into: &buf, theme: .plain)
        }
    }

    @Test func footerAndStatus() {
        each("footer") { buf, area in
            StatusLine(left: "Đồng Nai › Sản phẩm › Bưởi Tân Triều", right: "29/11/2026").render(in: area.row(0), into: &buf, theme: .plain)
            Footer(hints: [("q", "Thoát"), ("?", "Trợ giúp"), ("/", "Tìm"), ("Enter", "Mở"), ("Esc", "Quay lại"), ("f", "Lọc")], right: "Chỉ đọc")
                .render(in: area.row(area.height - 1), into: &buf, theme: .plain)
        }
    }

    @Test func progressBars() {
        each("progress") { buf, area in
            for (i, f) in [0.0, 0.33, 0.5, 0.999, 1.0, 1.7].enumerated() where i < area.height {
                ProgressBar(fraction: f).render(in: area.row(i), into: &buf, theme: .plain)
            }
        }
    }

    @Test func barChartAndSparkline() {
        each("charts") { buf, area in
            BarChart(items: [("3★", 27, "27"), ("4★", 18, "18"), ("5★", 1, "1"), ("Biên Hòa", 9, "9")])
                .render(in: area.inset(bottom: 2), into: &buf, theme: .plain)
            Sparkline(values: [1, 3, 2, 8, 5, 9, 12, 4, 6, 10]).render(in: area.row(area.height - 1), into: &buf, theme: .plain)
        }
    }

    @Test func bigDigits() {
        each("bigtext") { buf, area in
            BigText("46 ★").render(in: area, into: &buf, theme: .plain)
        }
    }

    @Test func confirmDialogDefaultsToCancel() {
        each("dialog", styles: true) { buf, area in
            ConfirmDialog(title: "Xoá sản phẩm?", message: "Xoá \"Bưởi Tân Triều\"? Không thể hoàn tác nếu đã lưu.", cancelLabel: "Huỷ", confirmLabel: "Xoá")
                .render(in: area, into: &buf, state: ConfirmState(), theme: .plain)
        }
        #expect(ConfirmState().focused == 0)
    }

    @Test func textField() {
        each("textfield") { buf, area in
            var s = TextFieldState("Mật ong hoa cà phê Cẩm Mỹ")
            TextField(focused: true).render(in: Rect(x: 2, y: 1, width: 16, height: 1), into: &buf, state: &s, theme: .plain)
            var e = TextFieldState()
            TextField(focused: false, placeholder: "Tên sản phẩm").render(in: Rect(x: 2, y: 3, width: 20, height: 1), into: &buf, state: &e, theme: .plain)
        }
    }

    /// Earlier matches come first, equal ones in their order, across folds given in parts.
    @Test func choicePickerPutsEarlierMatchesFirst() {
        let labels = ["Vùng bưởi", "Bưởi Tân Triều", "Cam", "Xã Bưởi", "Bưởi da xanh", "Cam bưởi"]
        let one = ChoicePicker(title: "", options: labels)
        #expect(one.matches("buoi") == [1, 4, 3, 5, 0])
        #expect(one.matches("").count == labels.count && one.matches("zzz").isEmpty)
        let folds = labels.map { Array(TextFolding.fold($0).utf8) }
        let parts = ChoicePicker(title: "", labels: PickerLabels(labels),
                                 foldedParts: [PackedBytes(folds[0..<2]), PackedBytes(), PackedBytes(folds[2..<6])])
        #expect(parts.matches("buoi") == [1, 4, 3, 5, 0])
    }

    @Test func choicePickerFiltersIgnoringDiacritics() {
        let picker = ChoicePicker(title: "Huyện", options: ["Biên Hòa", "Long Khánh", "Cẩm Mỹ", "Định Quán", "Đồng Nai", "Xuân Lộc"])
        #expect(picker.matches("dinh").map { picker.options[$0] } == ["Định Quán"])
        #expect(picker.matches("DONG NAI").map { picker.options[$0] } == ["Đồng Nai"])
        #expect(picker.matches("xuan loc".decomposedStringWithCanonicalMapping).count == 1)
        each("picker") { buf, area in
            var state = PickerState()
            state.query.insert("an")
            picker.render(in: area, into: &buf, state: &state, theme: .plain)
        }
    }

    @Test func tableDrawsOnlyVisibleRows() {
        nonisolated(unsafe) var asked = Set<Int>()
        var buf = CellBuffer(width: 40, height: 10)
        var state = TableState(selected: 50_000)
        Table(columns: [TableColumn("n", .flex(1, min: 1))], rowCount: 100_000) { r, _ in
            asked.insert(r)
            return "\(r)"
        }.render(in: buf.area, into: &buf, state: &state, theme: .plain)
        #expect(asked.count == 9)
        #expect(asked.contains(50_000))
    }
}

import Foundation
import OCOPModel
import TerminalCore

/// One slide of the meeting deck.
public enum Slide: Hashable, Sendable {
    case agenda, overview, task(Int), pipeline, districts, zones, expiring

    func title(_ s: AppState) -> String {
        let vi = s.lang == .vi
        switch self {
        case .agenda: return vi ? "Chương trình họp" : "Agenda"
        case .overview: return vi ? "Tổng quan Chương trình OCOP" : "OCOP programme overview"
        case .task(let i):
            let t = s.dataset.tasks[i]
            return (vi ? "Nhiệm vụ \(t.ordinal): " : "Task \(t.ordinal): ") + (vi ? t.shortTitle : t.shortTitleEn)
        case .pipeline: return vi ? "Sản phẩm qua các bước chu trình OCOP" : "Products through the OCOP cycle"
        case .districts: return vi ? "Sản phẩm theo huyện, thành phố" : "Products by district"
        case .zones: return vi ? "Vùng nguyên liệu: diện tích và diện tích chứng nhận" : "Raw-material zones: area and certified area"
        case .expiring: return vi ? "Giấy chứng nhận hết hạn trong 90 ngày" : "Certificates expiring within 90 days"
        }
    }
}

/// The state of presentation mode: the slide, a number being typed to jump, the clock, and a note being typed.
public struct PresentationState: Sendable {
    public var index = 0
    public var jump = ""
    public var startedAt: Date
    public var allowNotes: Bool
    public var note: TextFieldState?
    /// Set after an Esc on a typed note: a second Esc discards it.
    public var discardArmed = false
    /// The dashboard's theme before presenting, restored on leaving.
    public var previousTheme: Int

    public init(startedAt: Date, allowNotes: Bool, previousTheme: Int) {
        self.startedAt = startedAt
        self.allowNotes = allowNotes
        self.previousTheme = previousTheme
    }
}

extension AppState {
    /// The deck, in order: agenda, overview, the six tasks, pipeline, districts, zones, expiring certificates.
    public var slides: [Slide] {
        [.agenda, .overview] + dataset.tasks.indices.sorted { dataset.tasks[$0].ordinal < dataset.tasks[$1].ordinal }.map { .task($0) }
            + [.pipeline, .districts, .zones, .expiring]
    }

    /// Starts presenting, on the projector theme when there is one.
    public mutating func startPresentation(allowNotes: Bool) {
        presentation = PresentationState(startedAt: now, allowNotes: allowNotes, previousTheme: themeIndex)
        if let p = themes.firstIndex(where: { $0.name == "projector" }) { themeIndex = p }
    }

    /// Handles a key while presenting.
    mutating func presentationKey(_ key: Key) -> [Effect] {
        guard var p = presentation else { return [] }
        defer { if presentation != nil { presentation = p } }
        let count = slides.count
        if var field = p.note {
            if key != .escape { p.discardArmed = false }
            switch key {
            case .escape:
                // Esc never loses typed text silently: with something typed it asks for a second Esc.
                if field.text.isEmpty || p.discardArmed {
                    p.note = nil
                    p.discardArmed = false
                } else {
                    p.discardArmed = true
                    message = lang == .vi ? "Nhấn Esc lần nữa để bỏ ghi chú đang gõ" : "Press Esc again to discard the note"
                }
            case .enter, .ctrl("s"):
                let text = field.text.trimmingCharacters(in: .whitespaces)
                p.note = nil
                if case .task(let i) = slides[p.index], !text.isEmpty {
                    return [.saveNote(task: i, text: text)]
                }
            default:
                field.handle(.key(key))
                p.note = field
            }
            return []
        }
        switch key {
        case .right, .char(" "), .pageDown, .char("l"), .char("j"): p.index = min(count - 1, p.index + 1); p.jump = ""
        case .left, .pageUp, .backspace, .char("h"), .char("k"): p.index = max(0, p.index - 1); p.jump = ""
        case .home: p.index = 0
        case .end: p.index = count - 1
        case .char(let c) where c.isNumber:
            p.jump.append(c)
        case .enter:
            if let n = Int(p.jump), n >= 1, n <= count { p.index = n - 1 }
            p.jump = ""
        case .escape:
            themeIndex = p.previousTheme
            presentation = nil
            return []
        case .char("n"):
            guard case .task = slides[p.index] else {
                message = lang == .vi ? "Ghi chú chỉ ghi trên trang của một nhiệm vụ." : "Notes are recorded on a task's slide."
                return []
            }
            if p.allowNotes && !readOnly {
                p.note = TextFieldState()
            } else {
                message = lang == .vi ? "Trình chiếu chỉ đọc: mở bằng `ocop present --allow-notes` để ghi kết luận."
                    : "Presentation is read-only: start it with `ocop present --allow-notes` to record notes."
            }
        case .char("q"), .ctrl("c"): return [.quit]
        case .char("T"): themeIndex = (themeIndex + 1) % themes.count
        case .char("L"): lang = lang == .vi ? .en : .vi
        default: break
        }
        return []
    }
}

/// Draws the deck: a slim title row with the slide number, clock and elapsed time, the slide, and a hint row.
enum PresentationView {
    static func render(_ s: AppState, _ p: PresentationState, into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let theme = s.theme
        let lang = s.lang
        let vi = lang == .vi
        buf.fill(buf.area, style: Style(.text))
        let slides = s.slides
        let slide = slides[min(p.index, slides.count - 1)]
        let parts = Layout(.vertical, [.length(1), .length(1), .fill(1), .length(1)]).split(buf.area)
        let elapsed = Int(s.now.timeIntervalSince(p.startedAt))
        let comps = Calendar(identifier: .gregorian).dateComponents(in: s.timeZone, from: s.now)
        let clock = String(format: "%02d:%02d", comps.hour ?? 0, comps.minute ?? 0)
        let right = "\(p.index + 1)/\(slides.count) · \(clock) · ⏱ " + String(format: "%02d:%02d", elapsed / 60, elapsed % 60)
        StatusLine(left: slide.title(s), right: right).render(in: parts[0], into: &buf, theme: theme)
        let body = parts[2].inset(left: 2, right: 2)
        switch slide {
        case .agenda:
            var lines: [[Span]] = [[Span(s.dataset.info.programme + " — " + s.dataset.info.province, Style(.title, bold: true))],
                                   [Span((vi ? "Tính đến " : "As of ") + s.asOf.display + (s.dataset.info.illustrative ? (vi ? " · dữ liệu minh hoạ" : " · illustrative data") : ""), Style(.muted))], [Span("")]]
            for (i, sl) in slides.enumerated() where i > 0 {
                lines.append([Span(String(format: "%2d  ", i + 1), Style(.accent, bold: true)), Span(sl.title(s), Style(.text, bold: true))])
            }
            Paragraph(lines: lines).render(in: body, into: &buf, theme: theme)
        case .overview:
            let st = s.cache.stats
            let figs: [(String, String, Role)] = [
                (vi ? "Sản phẩm" : "Products", "\(st.productCount)", .accent),
                (vi ? "Đạt OCOP" : "Certified", "\(st.certifiedCount)", .accent),
                ("3★", "\(st.byStars[3] ?? 0)", .star), ("4★", "\(st.byStars[4] ?? 0)", .star), ("5★", "\(st.byStars[5] ?? 0)", .star),
                (vi ? "Mới năm \(s.asOf.year)" : "New in \(s.asOf.year)", "\(st.newThisYear)", .success),
                (vi ? "Sắp hết hạn (90 ngày)" : "Expiring (90 days)", "\(st.expiringWithin90)", .warning),
                (vi ? "Nhiệm vụ quá hạn" : "Overdue tasks", "\(st.overdueTasks)", st.overdueTasks > 0 ? .danger : .success),
            ]
            let rows = Layout(.vertical, [.fill(1), .fill(1)]).split(body)
            for r in 0..<2 {
                let cells = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1)]).split(rows[r])
                for c in 0..<4 {
                    let f = figs[r * 4 + c]
                    let inner = Block(title: "").render(in: cells[c], into: &buf, theme: theme)
                    let areas = Layout(.vertical, [.fill(1), .length(1)]).split(inner)
                    BigText(f.1, role: f.2).render(in: areas[0], into: &buf, theme: theme)
                    let label = (f.2 == .danger ? "⚠ " : "") + f.0
                    buf.put(label, x: areas[1].x, y: areas[1].y, width: areas[1].width, style: Style(f.2 == .star ? .star : .text, bold: true), align: .center)
                }
            }
        case .task(let i):
            Paragraph(lines: taskLines(s, i)).render(in: body, into: &buf, theme: theme)
        case .pipeline:
            let st = s.cache.stats
            let maxV = Double(CycleStep.allCases.map { st.byStep[$0] ?? 0 }.max() ?? 1)
            let rowH = max(1, body.height / 6)
            for (k, step) in CycleStep.allCases.enumerated() {
                let n = st.byStep[step] ?? 0
                let label = "\(step.rawValue). " + (vi ? step.vi : step.en) + " — \(n)"
                let y = body.y + k * rowH
                let w = max(1, Int(Double(body.width - 4) * Double(n) / max(1, maxV)))
                let bar = String(repeating: "█", count: w)
                buf.put(bar, x: body.x + (body.width - w) / 2, y: y, style: Style(.chart), clip: body)
                if rowH > 1 { buf.put(label, x: body.x, y: y + 1, width: body.width, style: Style(.text, bold: true), align: .center) }
                else { buf.put(" " + label + " ", x: body.x + 1, y: y, style: Style(.text, bold: true, reverse: true), clip: body) }
            }
            if st.rejected > 0 {
                buf.put((vi ? "Bị loại: " : "Rejected: ") + "\(st.rejected)", x: body.x, y: body.maxY - 1, style: Style(.danger, bold: true), clip: body)
            }
        case .districts:
            let st = s.cache.stats
            let items = s.cache.index.districts.map { d in
                (label: d.name, value: Double(st.byDistrict[d.id] ?? 0), valueText: "\(st.byDistrict[d.id] ?? 0) · \(st.certifiedByDistrict[d.id] ?? 0)★")
            }.sorted { $0.value > $1.value }
            BarChart(items: items).render(in: body, into: &buf, theme: theme)
        case .zones:
            let items = s.dataset.zones.map { z in
                (label: z.name, value: z.areaHa,
                 valueText: Format.hectares(z.areaHa, lang) + (vi ? " · CN " : " · cert. ") + Format.hectares(z.certifiedAreas.map(\.areaHa).max() ?? 0, lang))
            }.sorted { $0.value > $1.value }
            BarChart(items: items).render(in: body, into: &buf, theme: theme)
        case .expiring:
            var lines: [[Span]] = []
            for i in s.cache.expiring {
                let pr = s.dataset.products[i]
                guard let c = pr.certificate else { continue }
                let days = s.asOf.days(to: c.expiresOn)
                lines.append([Span(c.expiresOn.display + "  ", Style(.warning, bold: true)), Span(Format.stars(c.stars) + "  ", Style(.star)),
                              Span(pr.name, Style(.text, bold: true)), Span(" — " + s.cache.index.districtName(ofCommune: pr.communeId) + (vi ? ", còn \(days) ngày" : ", \(days) days left"), Style(.muted))])
            }
            if lines.isEmpty { lines = [[Span(vi ? "Không có." : "None.", Style(.muted))]] }
            Paragraph(lines: lines).render(in: body, into: &buf, theme: theme)
        }
        // Hint row, or the note being typed.
        let hintArea = parts[3]
        if let field = p.note {
            buf.fill(hintArea, style: Style(.footer))
            let prompt = vi ? " Ghi kết luận (Enter lưu, Esc huỷ): " : " Record a note (Enter saves, Esc cancels): "
            let used = buf.put(prompt, x: 0, y: hintArea.y, style: Style(.footerKey))
            var f = field
            let x = TextField(focused: true).render(in: Rect(x: used, y: hintArea.y, width: max(1, buf.width - used), height: 1), into: &buf, state: &f, theme: theme)
            return (x, hintArea.y)
        }
        var hints: [(key: String, label: String)] = [("←/→", vi ? "Trang" : "Slide"), ("số+Enter", vi ? "Nhảy" : "Jump"), ("Esc", vi ? "Bảng điều khiển" : "Dashboard")]
        if case .task = slide { hints.append(("n", p.allowNotes ? (vi ? "Ghi kết luận" : "Record note") : (vi ? "Ghi (đang khoá)" : "Note (locked)"))) }
        hints.append(("q", vi ? "Thoát" : "Quit"))
        Footer(hints: hints, right: p.jump.isEmpty ? (s.message ?? "") : "→ \(p.jump)").render(in: hintArea, into: &buf, theme: theme)
        return nil
    }

    static func taskLines(_ s: AppState, _ i: Int) -> [[Span]] {
        let task = s.dataset.tasks[i]
        let lang = s.lang
        let vi = lang == .vi
        let idx = s.cache.index
        let status = Rules.status(of: task, on: s.asOf)
        let glyph: String
        switch status {
        case .overdue: glyph = "⚠ "
        case .doneOnTime, .doneLate: glyph = "✔ "
        case .notStarted: glyph = "○ "
        default: glyph = "◐ "
        }
        let role: Role = status == .overdue ? .danger : (status == .doneOnTime || status == .doneLate ? .success : (status == .notStarted ? .warning : .accent))
        var out: [[Span]] = []
        out.append([Span(glyph + status.label(lang).uppercased(), Style(role, bold: true)),
                    Span("   " + (vi ? "Thời hạn: " : "Deadline: ") + (task.ongoing ? Msg.ongoing.text(lang) : Format.date(task.deadline)), Style(.text, bold: true))])
        let bar = ProgressBar(fraction: Double(task.progress) / 100).text(width: 50)
        out.append([Span(String(bar.bar.prefix(bar.filled)), Style(.progress)), Span(String(bar.bar.dropFirst(bar.filled)), Style(.progressEmpty)), Span(bar.percent, Style(.text, bold: true))])
        out.append([Span(Msg.lead.text(lang) + ": ", Style(.muted)), Span(idx.agencyById[task.leadAgencyId]?.name ?? task.leadAgencyId, Style(.text, bold: true))])
        out.append([Span(Msg.coordinating.text(lang) + ": ", Style(.muted)), Span(task.coordinatingAgencyIds.map { idx.agencyShortName($0) }.joined(separator: ", "))])
        if let r = DatasetIndex.latestReport(task) {
            out.append([Span("")])
            out.append([Span("▌" + Msg.latestReport.text(lang) + " — " + r.period + " (" + r.date.display + ")", Style(.header))])
            out.append([Span(r.narrative)])
        }
        let overdue = task.actions.filter { Rules.isOverdue($0, on: s.asOf) }
        if !overdue.isEmpty {
            out.append([Span("")])
            out.append([Span("▌" + Msg.overdueActions.text(lang), Style(.header))])
            for a in overdue {
                out.append([Span("⚠ ", Style(.danger, bold: true)), Span(a.title + " — " + idx.agencyShortName(a.ownerAgencyId) + ", " + Format.date(a.dueDate), Style(.danger))])
            }
        }
        out.append([Span("")])
        out.append([Span("▌" + Msg.notes.text(lang), Style(.header))])
        if task.notes.isEmpty { out.append([Span(Msg.none.text(lang), Style(.muted))]) }
        for n in task.notes.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            out.append([Span(n.date.display + " ", Style(.accent)), Span("[" + n.kind.label(lang) + "] ", Style(.text, bold: true)), Span(n.text + " — " + n.author)])
        }
        return out
    }
}

import OCOPModel
import TerminalCore

/// The overview pane: headline figures, star distribution, products per district, expiring certificates, overdue work.
enum OverviewView {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        let st = s.cache.stats
        let theme = s.theme
        let t = { (m: Msg) in m.text(lang) }
        let rows = Layout(.vertical, [.length(4), .fill(3), .fill(2)]).split(area)
        // Headline figures.
        let boxes = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1), .fill(1)]).split(rows[0])
        let certified = st.certifiedCount
        let figures: [(String, String, String)] = [
            (t(.products), Format.int(st.productCount, lang), "\(st.rejected) " + t(.rejected).lowercased()),
            (t(.certified), Format.int(certified, lang), (3...5).map { "\($0)★ \(st.byStars[$0] ?? 0)" }.joined(separator: " ")),
            (t(.producers), Format.int(s.dataset.producers.count, lang), zip(["DN", "HTX", "THT", lang == .vi ? "Hộ" : "HH"], ProducerType.allCases).map { "\($0.0) \(st.producersByType[$0.1] ?? 0)" }.joined(separator: " ")),
            (t(.zones), Format.hectares(st.zoneArea, lang), t(.certified) + " " + Format.hectares(st.certifiedArea, lang)),
            (t(.tasks), "\(s.dataset.tasks.count)", "⚠ \(st.overdueTasks) " + t(.overdueTasks).lowercased()),
        ]
        for (i, f) in figures.enumerated() {
            let inner = Block(title: f.0).render(in: boxes[i], into: &buf, theme: theme)
            buf.put(f.1, x: inner.x + 1, y: inner.y, width: inner.width - 1, style: Style(.accent, bold: true))
            buf.put(f.2, x: inner.x + 1, y: inner.y + 1, width: inner.width - 1, style: Style(i == 4 && st.overdueTasks > 0 ? .danger : .muted))
        }
        // Charts.
        let mid = Layout(.horizontal, [.fill(2), .fill(3)]).split(rows[1])
        let left = Block(title: t(.productsByStar) + " · " + t(.byStep)).render(in: mid[0], into: &buf, theme: theme)
        var items: [(label: String, value: Double, valueText: String)] = (3...5).reversed().map { n in
            (Format.stars(n), Double(st.byStars[n] ?? 0), "\(st.byStars[n] ?? 0)")
        }
        for step in CycleStep.allCases {
            items.append(("\(step.rawValue). " + (lang == .vi ? step.shortVi : step.shortEn), Double(st.byStep[step] ?? 0), "\(st.byStep[step] ?? 0)"))
        }
        BarChart(items: items).render(in: left, into: &buf, theme: theme)
        let right = Block(title: t(.productsByDistrict)).render(in: mid[1], into: &buf, theme: theme)
        let districts = s.cache.index.districts.map { d in
            (label: d.name, value: Double(st.byDistrict[d.id] ?? 0), valueText: "\(st.byDistrict[d.id] ?? 0) (\(st.certifiedByDistrict[d.id] ?? 0)★)")
        }.sorted { $0.value > $1.value }
        BarChart(items: districts).render(in: right, into: &buf, theme: theme)
        // Lists.
        let bottom = Layout(.horizontal, [.fill(1), .fill(1)]).split(rows[2])
        let exp = Block(title: t(.expiring90) + " (\(st.expiringWithin90))").render(in: bottom[0], into: &buf, theme: theme)
        let expiring = s.cache.expiring.map { s.dataset.products[$0] }
        for (i, p) in expiring.prefix(exp.height).enumerated() {
            let d = p.certificate?.expiresOn
            buf.put((d?.display ?? "") + "  " + p.name, x: exp.x + 1, y: exp.y + i, width: exp.width - 1, style: Style(.warning))
        }
        if expiring.isEmpty { buf.put(t(.none), x: exp.x + 1, y: exp.y, style: Style(.muted)) }
        let od = Block(title: t(.overdueTasks) + " · " + t(.overdueActions) + " (\(st.overdueTasks) · \(st.overdueActions))").render(in: bottom[1], into: &buf, theme: theme)
        var lines: [(String, Role)] = []
        for task in s.dataset.tasks where Rules.status(of: task, on: s.asOf) == .overdue {
            lines.append(("⚠ \(task.ordinal). " + (lang == .vi ? task.shortTitle : task.shortTitleEn) + " — " + Format.date(task.deadline), .danger))
        }
        for task in s.dataset.tasks {
            for a in task.actions where Rules.isOverdue(a, on: s.asOf) {
                lines.append(("• \(task.ordinal): " + a.title + " — " + Format.date(a.dueDate), .warning))
            }
        }
        for (i, l) in lines.prefix(od.height).enumerated() {
            buf.put(l.0, x: od.x + 1, y: od.y + i, width: od.width - 1, style: Style(l.1))
        }
        if lines.isEmpty { buf.put(t(.none), x: od.x + 1, y: od.y, style: Style(.muted)) }
    }
}

/// The product pipeline as a board: the six cycle steps as columns of cards.
enum BoardView {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let cols = Layout(.horizontal, Array(repeating: Constraint.fill(1), count: 6)).split(area)
        let idx = s.cache.index
        for (c, rect) in cols.enumerated() {
            guard let step = CycleStep(rawValue: c + 1) else { continue }
            let cards = s.boardCards(column: c)
            let focused = c == s.boardColumn
            let title = "\(step.rawValue) " + (s.lang == .vi ? step.shortVi : step.shortEn) + " (\(cards.count))"
            let inner = Block(title: title, focused: focused).render(in: rect, into: &buf, theme: s.theme)
            let perCard = 3
            let visible = max(1, inner.height / perCard)
            let sel = s.boardRow[c]
            let offset = max(0, min(sel - visible + 1, cards.count - visible)) > 0 ? sel - visible + 1 : 0
            for (k, pi) in cards.dropFirst(max(0, offset)).prefix(visible).enumerated() {
                let p = s.dataset.products[pi]
                let y = inner.y + k * perCard
                let selected = focused && (offset + k) == sel
                let style = selected ? Style(.selectedRow, bold: true) : Style(.text, bold: true)
                if selected { buf.fill(Rect(x: inner.x, y: y, width: inner.width, height: 2), style: Style(.selectedRow)) }
                buf.put(p.name, x: inner.x, y: y, width: inner.width, style: style)
                let sub = (idx.producerById[p.producerId]?.name ?? "") + " · " + idx.districtName(ofCommune: p.communeId)
                buf.put(sub, x: inner.x, y: y + 1, width: max(0, inner.width - 6), style: selected ? style : Style(.muted))
                let stars = Format.stars(p.certificate?.stars ?? 0)
                buf.put(stars, x: inner.maxX - 5, y: y + 1, width: 5, style: selected ? style : Style(.star), align: .right)
            }
        }
    }
}

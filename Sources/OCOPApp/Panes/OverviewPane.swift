import OCOPModel
import TerminalCore

/// Pane 1, the overview: headline figures, star distribution, products per district, expiring certificates,
/// overdue work.
enum OverviewPane {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        let st = s.cache.stats
        let theme = s.theme
        let t = { (m: Msg) in m.text(lang) }
        let rows = Layout(.vertical, [.length(4), .fill(3), .fill(2)]).split(area)
        // Headline figures.
        let boxes = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1), .fill(1)]).split(rows[0])
        let producerTypes = zip([Msg.abbrEnterprise, .abbrCooperative, .abbrGroup, .abbrHousehold], ProducerType.allCases)
        let figures: [(String, String, String)] = [
            (t(.products), Format.int(st.productCount, lang), "\(st.rejected) " + t(.rejected).lowercased()),
            (t(.certified), Format.int(st.certifiedCount, lang), (3...5).map { "\($0)★ \(st.byStars[$0] ?? 0)" }.joined(separator: " ")),
            (t(.producers), Format.int(s.dataset.producers.count, lang),
             producerTypes.map { "\(t($0.0)) \(st.producersByType[$0.1] ?? 0)" }.joined(separator: " ")),
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
            items.append(("\(step.rawValue). " + step.shortLabel(lang), Double(st.byStep[step] ?? 0), "\(st.byStep[step] ?? 0)"))
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
        let od = Block(title: t(.overdueTasks) + " · " + t(.overdueActions) + " (\(st.overdueTasks) · \(st.overdueActions))")
            .render(in: bottom[1], into: &buf, theme: theme)
        var lines: [(String, Role)] = []
        for task in s.dataset.tasks where Rules.status(of: task, on: s.asOf) == .overdue {
            lines.append(("⚠ \(task.ordinal). " + task.title(lang) + " — " + Format.date(task.deadline), .danger))
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

import OCOPModel
import TerminalCore
import OCOPText

/// Pane 1, the overview: headline figures, star distribution, products per district, expiring certificates,
/// overdue work.
enum OverviewPane {
    static func render(_ s: AppState, in area: Rect, into buf: inout CellBuffer) {
        let lang = s.lang
        let st = s.cache.stats
        let theme = s.theme
        let t = { (m: Msg) in m.text(lang) }
        // Headline figures: a card per figure, its line beneath wrapped to a second row when it does not fit.
        let cardWidths = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1), .fill(1)]).split(area).map { max(1, $0.width - 3) }
        let producerTypes = zip([Msg.abbrEnterprise, .abbrCooperative, .abbrGroup, .abbrHousehold], ProducerType.allCases)
        let figures: [(String, String, String)] = [
            (t(.products), Format.int(st.productCount, lang), "\(st.rejected) " + t(.rejected).lowercased()),
            (t(.certified), Format.int(st.certifiedCount, lang), (3...5).map { "\($0)★ \(st.byStars[$0] ?? 0)" }.joined(separator: " ")),
            (t(.producers), Format.int(s.dataset.producers.count, lang),
             producerTypes.map { "\(t($0.0)) \(st.producersByType[$0.1] ?? 0)" }.joined(separator: " ")),
            (t(.zones), Format.hectares(st.zoneArea, lang), t(.certifiedAreaColumn) + " " + Format.hectares(st.certifiedArea, lang)),
            (t(.tasks), "\(s.dataset.tasks.count)", (st.overdueTasks > 0 ? "⚠ " : "") + Msg.overdueTasksCount.text(lang, st.overdueTasks)),
        ]
        let subRows = zip(figures, cardWidths).map { Paragraph.wrap($0.0.2, width: $0.1).count }
        let cardHeight = subRows.contains { $0 > 1 } ? 5 : 4
        let rows = Layout(.vertical, [.length(cardHeight), .fill(3), .fill(2), .length(1)]).split(area)
        let boxes = Layout(.horizontal, [.fill(1), .fill(1), .fill(1), .fill(1), .fill(1)]).split(rows[0])
        for (i, f) in figures.enumerated() {
            let inner = Block(title: f.0).render(in: boxes[i], into: &buf, theme: theme)
            buf.put(f.1, x: inner.x + 1, y: inner.y, width: inner.width - 1, style: Style(.accent, bold: true))
            for (k, line) in Paragraph.wrap(f.2, width: max(1, inner.width - 1)).prefix(cardHeight - 3).enumerated() {
                buf.put(line, x: inner.x + 1, y: inner.y + 1 + k, width: inner.width - 1, style: Style(i == 4 && st.overdueTasks > 0 ? .danger : .muted))
            }
        }
        // Charts: stars and steps; products per area; certifications per year with the running total.
        let mid = Layout(.horizontal, [.fill(2), .fill(3), .fill(3)]).split(rows[1])
        let left = Block(title: t(.productsByStar) + " · " + t(.byStep)).render(in: mid[0], into: &buf, theme: theme)
        var items: [(label: String, value: Double, valueText: String)] = (3...5).reversed().map { n in
            (Format.stars(n), Double(st.byStars[n] ?? 0), "\(st.byStars[n] ?? 0)")
        }
        for step in CycleStep.allCases {
            items.append(("\(step.rawValue). " + step.shortLabel(lang), Double(st.byStep[step] ?? 0), "\(st.byStep[step] ?? 0)"))
        }
        BarChart(items: items).render(in: left, into: &buf, theme: theme)
        let areaTitle = s.cache.places.areasCurrent ? t(.productsByDistrict) : t(.productsByArea)
        let centre = Block(title: areaTitle).render(in: mid[1], into: &buf, theme: theme)
        let districts = s.cache.places.areas.map { d in
            (label: d.name, value: Double(s.cache.productsByArea[d.id] ?? 0),
             valueText: Msg.productsAndCertified.text(lang, s.cache.productsByArea[d.id] ?? 0, s.cache.certifiedByArea[d.id] ?? 0))
        }.sorted { $0.value > $1.value }
        BarChart(items: districts).render(in: centre, into: &buf, theme: theme)
        let right = Block(title: t(.certificationsByYear)).render(in: mid[2], into: &buf, theme: theme)
        let years = st.certificationsByYear().map { (label: "\($0.year)", value: Double($0.count), total: Double($0.cumulative), valueText: "\($0.count) Σ\($0.cumulative)") }
        BarLineChart(items: years).render(in: right, into: &buf, theme: theme)
        // Lists: expiring certificates and overdue work (j/k move through them, Enter opens the record); targets.
        let bottom = Layout(.horizontal, [.fill(1), .fill(1), .fill(1)]).split(rows[2])
        let (expiring, overdue) = Self.items(s)
        let exp = Block(title: t(.expiring90) + " (\(st.expiringWithin90))", focused: s.overviewFocus.map { $0 < expiring.count } ?? false)
            .render(in: bottom[0], into: &buf, theme: theme)
        list(expiring, focus: s.overviewFocus, in: exp, into: &buf, s)
        let od = Block(title: t(.overdueTasks) + " · " + t(.overdueActions) + " (\(st.overdueTasks) · \(st.overdueActions))",
                       focused: s.overviewFocus.map { $0 >= expiring.count } ?? false).render(in: bottom[1], into: &buf, theme: theme)
        list(overdue, focus: s.overviewFocus.map { $0 - expiring.count }, in: od, into: &buf, s)
        let tg = Block(title: t(.targetsTitle)).render(in: bottom[2], into: &buf, theme: theme)
        for (k, line) in targetLines(s).prefix(tg.height).enumerated() {
            buf.put(line.0, x: tg.x + 1, y: tg.y + k, width: tg.width - 1, style: Style(line.1))
        }
        // The legend: what the abbreviations and the headline words mean; ? gives every definition.
        buf.put(t(.overviewLegend), x: rows[3].x + 1, y: rows[3].y, width: rows[3].width - 1, style: Style(.muted))
    }

    /// The targets box: coverage, then each target with the value on the as-of date (or the target's end).
    static func targetLines(_ s: AppState) -> [(String, Role)] {
        let lang = s.lang
        let c = s.cache.places.totalCoverage(s.cache.stats)
        var out: [(String, Role)] = [(Msg.coverageLine.text(lang, c.withProduct, c.communes, c.withIdea), .text)]
        for p in s.cache.targets {
            let value = Format.number(p.value, decimals: p.target.measure == .communeCoveragePercent ? 1 : 0, lang)
            let goal = Format.number(p.target.value, lang)
            out.append(((p.met ? "✔ " : "◐ ") + Msg.targetLine.text(lang, s.targetLabel(p.target), value, goal, p.target.year), p.met ? .success : .warning))
        }
        return out
    }

    /// An item of the overview's lists: the record it opens, its line and its role.
    struct Item {
        var route: Route
        var text: String
        var role: Role
    }

    /// The overview's two lists: certificates expiring within 90 days, then overdue tasks and actions.
    /// The expiring list is lazy: a frame makes only the lines it shows (a million products expire by the thousand).
    static func items(_ s: AppState) -> (expiring: LazyMapCollection<[Int], Item>, overdue: [Item]) {
        let lang = s.lang
        let products = s.dataset.products
        let expiring = s.cache.expiring.lazy.map { i -> Item in
            let p = products[i]
            return Item(route: .product(p.id), text: (Rules.certificate(of: p, on: s.asOf)?.expiresOn.display ?? "") + "  " + p.name, role: .warning)
        }
        var overdue: [Item] = []
        for task in s.dataset.tasks where Rules.status(of: task, on: s.asOf) == .overdue {
            overdue.append(Item(route: .task(task.id), text: "⚠ \(task.ordinal). " + task.title(lang) + " — " + Format.date(task.deadline), role: .danger))
        }
        for task in s.dataset.tasks {
            for a in task.actions where Rules.isOverdue(a, on: s.asOf) {
                overdue.append(Item(route: .task(task.id), text: "• \(task.ordinal): " + a.title + " — " + Format.date(a.dueDate), role: .warning))
            }
        }
        return (expiring, overdue)
    }

    /// Every item in focus order (expiring first, then overdue work).
    static func allItems(_ s: AppState) -> [Item] {
        let (a, b) = items(s)
        return Array(a) + b
    }

    /// Draws a list, scrolled to keep the focused item in view, the focused item highlighted whole.
    static func list<C: RandomAccessCollection>(_ items: C, focus: Int?, in area: Rect, into buf: inout CellBuffer, _ s: AppState)
        where C.Element == Item, C.Index == Int {
        guard area.height > 0 else { return }
        if items.isEmpty {
            buf.put(Msg.none.text(s.lang), x: area.x + 1, y: area.y, style: Style(.muted))
            return
        }
        let focused = focus.flatMap { items.indices.contains($0) ? $0 : nil }
        let offset = focused.map { max(0, $0 - area.height + 1) } ?? 0
        for (k, item) in items.dropFirst(offset).prefix(area.height).enumerated() {
            let y = area.y + k
            if offset + k == focused {
                buf.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.selectedRow))
                buf.put("▶", x: area.x, y: y, style: Style(.selectedRow, bold: true))
                buf.put(item.text, x: area.x + 1, y: y, width: area.width - 1, style: Style(.selectedRow, bold: true))
            } else {
                buf.put(item.text, x: area.x + 1, y: y, width: area.width - 1, style: Style(item.role))
            }
        }
    }
}

extension AppState {
    /// j/k on the overview: the focus moves through the expiring certificates, then the overdue work.
    mutating func moveOverviewFocus(_ delta: Int) {
        let (a, b) = OverviewPane.items(self)
        let n = a.count + b.count
        guard n > 0 else { return }
        overviewFocus = max(0, min(n - 1, overviewFocus.map { clampAdd($0, delta) } ?? (delta > 0 ? 0 : n - 1)))
    }

    /// Enter on the overview: the focused item's record opens (the first item when none is focused yet).
    mutating func openOverviewItem() {
        let (a, b) = OverviewPane.items(self)
        guard a.count + b.count > 0 else { return }
        let i = min(overviewFocus ?? 0, a.count + b.count - 1)
        overviewFocus = i
        stack.append(DetailEntry(route: i < a.count ? a[i].route : b[i - a.count].route))
    }
}

import CSV
import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// The figures for the minutes of a review meeting, computed for a date: what the slides show, as data.
public struct Report: Codable, Sendable, Equatable {
    public struct Figure: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var value: Double
    }
    /// A task: codes and ISO dates for programs, labels beside them for people.
    public struct TaskRow: Codable, Sendable, Equatable {
        public var ordinal: Int
        public var title: String
        /// The status code (`overdue`, `ongoing` …) and its label in the report's language.
        public var status: String
        public var statusLabel: String
        public var progress: Int
        public var lead: String
        /// The deadline as yyyy-mm-dd (nil for ongoing tasks) and as shown ("31/12/2025", "thường xuyên").
        public var deadline: String?
        public var ongoing: Bool
        public var deadlineLabel: String
        /// The latest report: its date (yyyy-mm-dd) and period, and both as one label.
        public var latestReportDate: String?
        public var latestReportLabel: String
    }
    public struct OverdueItem: Codable, Sendable, Equatable {
        public var task: Int
        public var item: String
        public var owner: String
        public var due: String?
        public var dueLabel: String
        public var daysOverdue: Int
    }
    public struct ExpiringRow: Codable, Sendable, Equatable {
        public var product: String
        public var producer: String
        public var district: String
        public var stars: Int
        public var expires: String
        public var expiresLabel: String
        public var daysLeft: Int
    }
    public struct DistrictRow: Codable, Sendable, Equatable {
        public var district: String
        /// Whether the row is a district that exists on the date, or a former district kept as an area.
        public var current: Bool
        public var products: Int
        public var certified: Int
        public var threeStars: Int
        public var fourStars: Int
        public var fiveStars: Int
        public var producers: Int
        public var zones: Int
        /// Communes/wards valid on the date, and those with a certified product and with a registered idea.
        public var communes: Int
        public var communesWithProduct: Int
        public var communesWithIdea: Int
    }
    public struct ZoneRow: Codable, Sendable, Equatable {
        public var zone: String
        public var areaHa: Double
        public var certifiedHa: Double
        public var chains: Int
        public var products: Int
    }

    public var province: String
    public var programme: String
    /// The day the figures are for, as yyyy-mm-dd and as shown.
    public var asOf: String
    public var asOfLabel: String
    public var illustrative: Bool
    public var figures: [Figure]
    public var pipeline: [Figure]
    public var tasks: [TaskRow]
    public var overdue: [OverdueItem]
    public var expiring: [ExpiringRow]
    public var districts: [DistrictRow]
    public var zones: [ZoneRow]
    /// The notice the report follows, the figures' definitions, certifications per year, the baseline and targets.
    public var notice: NoticeInfo
    public var definitions: [Definition]
    public var years: [YearRow]
    public var baseline: [Figure]
    public var targets: [TargetRow]
    /// What changed since the last meeting or a date (`--since`), when asked for.
    public var since: Since?

    /// The since section as the report carries it: its title and sections of lines.
    public struct Since: Codable, Sendable, Equatable {
        public var title: String
        public var sections: [SinceText.Section]
    }

    /// Adds the since section.
    public mutating func attach(_ r: SinceReport, _ ds: Dataset, lang: Language) {
        since = Since(title: SinceText.title(r, lang), sections: SinceText.sections(r, ds, lang))
    }

    /// The report of a dataset on a date, labelled in a language. Deterministic for the same data and date.
    public init(_ ds: Dataset, asOf: CivilDate, lang: Language) {
        let idx = DatasetIndex(ds)
        let st = Statistics(idx, on: asOf)
        let t = { (m: Msg) in m.text(lang) }
        let places0 = Places(idx, on: asOf)
        province = ds.info.province
        programme = ds.info.programme
        self.asOf = asOf.iso
        asOfLabel = asOf.display
        illustrative = ds.info.illustrative
        var f: [Figure] = [
            Figure(key: "products", label: t(.products), value: Double(st.productCount)),
            Figure(key: "certified", label: t(.certified), value: Double(st.certifiedCount)),
        ]
        for s in 3...5 { f.append(Figure(key: "stars\(s)", label: "\(t(.certified)) \(s)★", value: Double(st.byStars[s] ?? 0))) }
        f += [
            Figure(key: "newThisYear", label: Msg.certifiedInYear.text(lang, asOf.year), value: Double(st.newThisYear)),
            Figure(key: "expiring90", label: t(.expiring90), value: Double(st.expiringWithin90)),
            Figure(key: "expired", label: t(.expiredCertificates), value: Double(st.expired)),
            Figure(key: "revoked", label: OCOPModel.Figure.revoked.label(lang), value: Double(st.revoked)),
            Figure(key: "rejected", label: t(.rejected), value: Double(st.rejected)),
            Figure(key: "ideas", label: OCOPModel.Figure.ideas.label(lang), value: Double(st.ideas)),
            Figure(key: "communesWithProduct", label: OCOPModel.Figure.communesWithProduct.label(lang), value: Double(places0.totalCoverage(st).withProduct)),
            Figure(key: "communesWithIdea", label: OCOPModel.Figure.communesWithIdea.label(lang), value: Double(places0.totalCoverage(st).withIdea)),
            Figure(key: "producers", label: t(.producers), value: Double(ds.producers.count)),
        ]
        for p in ProducerType.allCases { f.append(Figure(key: "producers.\(p.rawValue)", label: p.label(lang), value: Double(st.producersByType[p] ?? 0))) }
        f += [
            Figure(key: "zoneAreaHa", label: t(.area) + " (ha)", value: st.zoneArea),
            Figure(key: "certifiedAreaHa", label: t(.certifiedArea) + " (ha)", value: st.certifiedArea),
            Figure(key: "chains", label: t(.chains), value: Double(st.chainCount)),
            Figure(key: "overdueTasks", label: t(.overdueTasks), value: Double(st.overdueTasks)),
            Figure(key: "overdueActions", label: t(.overdueActions), value: Double(st.overdueActions)),
        ]
        for s in TaskStatus.allCases { f.append(Figure(key: "tasks.\(s.rawValue)", label: t(.tasks) + ": " + s.label(lang), value: Double(st.tasksByStatus[s] ?? 0))) }
        figures = f
        pipeline = CycleStep.allCases.map { Figure(key: "step\($0.rawValue)", label: $0.numbered(lang), value: Double(st.byStep[$0] ?? 0)) }
        tasks = ds.tasks.sorted { $0.ordinal < $1.ordinal }.map { task in
            let latest = DatasetIndex.latestReport(task)
            let status = Rules.status(of: task, on: asOf)
            return TaskRow(ordinal: task.ordinal, title: task.title(lang), status: status.rawValue, statusLabel: status.label(lang),
                           progress: task.progress, lead: Self.agencyOnDate(task.leadAgencyId, idx, asOf),
                           deadline: task.ongoing ? nil : task.deadline?.iso, ongoing: task.ongoing,
                           deadlineLabel: task.ongoing ? t(.ongoing) : Format.date(task.deadline),
                           latestReportDate: latest?.date.iso, latestReportLabel: latest.map { $0.date.display + " " + $0.period } ?? "—")
        }
        var od: [OverdueItem] = []
        for task in ds.tasks.sorted(by: { $0.ordinal < $1.ordinal }) {
            if Rules.status(of: task, on: asOf) == .overdue, let d = task.deadline {
                od.append(OverdueItem(task: task.ordinal, item: task.title(lang),
                                      owner: Self.agencyOnDate(task.leadAgencyId, idx, asOf), due: d.iso, dueLabel: d.display, daysOverdue: d.days(to: asOf)))
            }
            for a in task.actions where Rules.isOverdue(a, on: asOf) {
                od.append(OverdueItem(task: task.ordinal, item: a.title, owner: Self.agencyOnDate(a.ownerAgencyId, idx, asOf),
                                      due: a.dueDate?.iso, dueLabel: Format.date(a.dueDate), daysOverdue: a.dueDate.map { $0.days(to: asOf) } ?? 0))
            }
        }
        overdue = od
        expiring = ds.products.compactMap { p -> (CivilDate, ExpiringRow)? in
            guard Rules.isCertified(p, on: asOf), let c = Rules.certificate(of: p, on: asOf), Rules.expiresWithin(c, days: 90, of: asOf) else { return nil }
            return (c.expiresOn, ExpiringRow(product: p.name, producer: idx.producerById[p.producerId]?.name ?? p.producerId,
                                            district: places0.areaOf[p.communeId].map { idx.unitName($0) } ?? idx.districtName(ofCommune: p.communeId), stars: c.stars, expires: c.expiresOn.iso, expiresLabel: c.expiresOn.display,
                                            daysLeft: asOf.days(to: c.expiresOn)))
        }.sorted { ($0.0, $0.1.product) < ($1.0, $1.1.product) }.map(\.1)
        let places = Places(idx, on: asOf)
        let coverage = places.coverage(st)
        let (byArea, certifiedByArea) = places.productsByArea(st)
        districts = places.areas.map { d in
            var stars = [0, 0, 0, 0, 0, 0]
            for p in ds.products where places.areaOf[p.communeId] == d.id && Rules.isCertified(p, on: asOf) {
                if let c = Rules.certificate(of: p, on: asOf) { stars[min(5, max(0, c.stars))] += 1 }
            }
            let c = coverage[d.id] ?? Coverage(communes: 0, withProduct: 0, withIdea: 0)
            return DistrictRow(district: places.areasCurrent ? d.level.label(lang) + " " + d.name : Msg.formerArea.text(lang, d.name), current: places.areasCurrent,
                               products: byArea[d.id] ?? 0, certified: certifiedByArea[d.id] ?? 0,
                               threeStars: stars[3], fourStars: stars[4], fiveStars: stars[5],
                               producers: ds.producers.filter { places.areaOf[$0.communeId] == d.id }.count,
                               zones: ds.zones.filter { $0.communeIds.contains { places.areaOf[$0] == d.id } }.count,
                               communes: c.communes, communesWithProduct: c.withProduct, communesWithIdea: c.withIdea)
        }
        (notice, definitions, years, baseline, targets) = Self.programme(ds, idx, st, asOf: asOf, lang: lang)
        zones = ds.zones.map { z in
            ZoneRow(zone: z.name, areaHa: z.areaHa, certifiedHa: z.certifiedAreas.map(\.areaHa).max() ?? 0, chains: z.chains.count,
                    products: idx.productsByZone[z.id]?.count ?? 0)
        }
    }
}

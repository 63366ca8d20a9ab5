import CSV
import Foundation
import OCOPModel
import TerminalCore

/// The figures for the minutes of a review meeting, computed for a date: what the slides show, as data.
public struct Report: Codable, Sendable, Equatable {
    public struct Figure: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var value: Double
    }
    public struct TaskRow: Codable, Sendable, Equatable {
        public var ordinal: Int
        public var title: String
        public var status: String
        public var progress: Int
        public var lead: String
        public var deadline: String
        public var latestReport: String
    }
    public struct OverdueItem: Codable, Sendable, Equatable {
        public var task: Int
        public var item: String
        public var owner: String
        public var due: String
        public var daysOverdue: Int
    }
    public struct ExpiringRow: Codable, Sendable, Equatable {
        public var product: String
        public var producer: String
        public var district: String
        public var stars: Int
        public var expires: String
        public var daysLeft: Int
    }
    public struct DistrictRow: Codable, Sendable, Equatable {
        public var district: String
        public var products: Int
        public var certified: Int
        public var threeStars: Int
        public var fourStars: Int
        public var fiveStars: Int
        public var producers: Int
        public var zones: Int
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
    public var asOf: String
    public var illustrative: Bool
    public var figures: [Figure]
    public var pipeline: [Figure]
    public var tasks: [TaskRow]
    public var overdue: [OverdueItem]
    public var expiring: [ExpiringRow]
    public var districts: [DistrictRow]
    public var zones: [ZoneRow]

    /// The report of a dataset on a date, labelled in a language. Deterministic for the same data and date.
    public init(_ ds: Dataset, asOf: CivilDate, lang: Language) {
        let idx = DatasetIndex(ds)
        let st = Statistics(idx, on: asOf)
        let t = { (m: Msg) in m.text(lang) }
        province = ds.info.province
        programme = ds.info.programme
        self.asOf = asOf.display
        illustrative = ds.info.illustrative
        var f: [Figure] = [
            Figure(key: "products", label: t(.products), value: Double(st.productCount)),
            Figure(key: "certified", label: t(.certified), value: Double(st.certifiedCount)),
        ]
        for s in 3...5 { f.append(Figure(key: "stars\(s)", label: "\(t(.certified)) \(s)★", value: Double(st.byStars[s] ?? 0))) }
        f += [
            Figure(key: "newThisYear", label: lang == .vi ? "Chứng nhận mới trong năm \(asOf.year)" : "Certified in \(asOf.year)", value: Double(st.newThisYear)),
            Figure(key: "expiring90", label: t(.expiring90), value: Double(st.expiringWithin90)),
            Figure(key: "expired", label: lang == .vi ? "Giấy chứng nhận đã hết hạn" : "Expired certificates", value: Double(st.expired)),
            Figure(key: "rejected", label: t(.rejected), value: Double(st.rejected)),
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
        pipeline = CycleStep.allCases.map { Figure(key: "step\($0.rawValue)", label: "\($0.rawValue). " + (lang == .vi ? $0.vi : $0.en), value: Double(st.byStep[$0] ?? 0)) }
        tasks = ds.tasks.sorted { $0.ordinal < $1.ordinal }.map { task in
            let latest = DatasetIndex.latestReport(task)
            return TaskRow(ordinal: task.ordinal, title: lang == .vi ? task.shortTitle : task.shortTitleEn,
                           status: Rules.status(of: task, on: asOf).label(lang), progress: task.progress,
                           lead: idx.agencyShortName(task.leadAgencyId), deadline: task.ongoing ? t(.ongoing) : Format.date(task.deadline),
                           latestReport: latest.map { $0.date.display + " " + $0.period } ?? "—")
        }
        var od: [OverdueItem] = []
        for task in ds.tasks.sorted(by: { $0.ordinal < $1.ordinal }) {
            if Rules.status(of: task, on: asOf) == .overdue, let d = task.deadline {
                od.append(OverdueItem(task: task.ordinal, item: lang == .vi ? task.shortTitle : task.shortTitleEn,
                                      owner: idx.agencyShortName(task.leadAgencyId), due: d.display, daysOverdue: d.days(to: asOf)))
            }
            for a in task.actions where Rules.isOverdue(a, on: asOf) {
                od.append(OverdueItem(task: task.ordinal, item: a.title, owner: idx.agencyShortName(a.ownerAgencyId),
                                      due: Format.date(a.dueDate), daysOverdue: a.dueDate.map { $0.days(to: asOf) } ?? 0))
            }
        }
        overdue = od
        expiring = ds.products.compactMap { p -> (CivilDate, ExpiringRow)? in
            guard let c = p.certificate, Rules.expiresWithin(c, days: 90, of: asOf) else { return nil }
            return (c.expiresOn, ExpiringRow(product: p.name, producer: idx.producerById[p.producerId]?.name ?? p.producerId,
                                            district: idx.districtName(ofCommune: p.communeId), stars: c.stars, expires: c.expiresOn.display,
                                            daysLeft: asOf.days(to: c.expiresOn)))
        }.sorted { ($0.0, $0.1.product) < ($1.0, $1.1.product) }.map(\.1)
        districts = idx.districts.map { d in
            var stars = [0, 0, 0, 0, 0, 0]
            for p in ds.products where idx.districtOf[p.communeId] == d.id {
                if let c = p.certificate, !Rules.isExpired(c, on: asOf) { stars[min(5, c.stars)] += 1 }
            }
            return DistrictRow(district: d.name, products: st.byDistrict[d.id] ?? 0, certified: st.certifiedByDistrict[d.id] ?? 0,
                               threeStars: stars[3], fourStars: stars[4], fiveStars: stars[5],
                               producers: ds.producers.filter { idx.districtOf[$0.communeId] == d.id }.count,
                               zones: ds.zones.filter { $0.communeIds.contains { idx.districtOf[$0] == d.id } }.count)
        }
        zones = ds.zones.map { z in
            ZoneRow(zone: z.name, areaHa: z.areaHa, certifiedHa: z.certifiedAreas.map(\.areaHa).max() ?? 0, chains: z.chains.count,
                    products: idx.productsByZone[z.id]?.count ?? 0)
        }
    }
}

/// The output formats of `ocop report`.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, markdown, csv, json
}

extension Report {
    /// The report in a format, as UTF-8 text (CSV starts with a byte-order mark so spreadsheet programs read it as UTF-8).
    public func render(_ format: ReportFormat, lang: Language) throws -> String {
        switch format {
        case .json:
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try enc.encode(self), as: UTF8.self) + "\n"
        case .csv: return try csv(lang)
        case .markdown: return table(lang, markdown: true)
        case .text: return table(lang, markdown: false)
        }
    }

    func num(_ v: Double, _ lang: Language) -> String {
        v == v.rounded() ? Format.int(Int(v), lang) : Format.number(v, decimals: 1, lang)
    }

    func table(_ lang: Language, markdown md: Bool) -> String {
        let vi = lang == .vi
        var out = ""
        func heading(_ s: String, level: Int = 2) {
            out += md ? String(repeating: "#", count: level) + " " + s + "\n\n" : s + "\n" + String(repeating: level == 1 ? "=" : "-", count: TextWidth.width(of: s)) + "\n"
        }
        func grid(_ header: [String], _ rows: [[String]], right: Set<Int> = []) {
            if md {
                out += "| " + header.joined(separator: " | ") + " |\n"
                out += "|" + header.indices.map { right.contains($0) ? "---:|" : "---|" }.joined() + "\n"
                for r in rows { out += "| " + r.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n" }
            } else {
                var widths = header.map { TextWidth.width(of: $0) }
                for r in rows { for (i, c) in r.enumerated() { widths[i] = max(widths[i], TextWidth.width(of: c)) } }
                func line(_ cells: [String]) -> String {
                    cells.enumerated().map { i, c in
                        let pad = String(repeating: " ", count: max(0, widths[i] - TextWidth.width(of: c)))
                        return right.contains(i) ? pad + c : c + pad
                    }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
                }
                out += line(header) + "\n" + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
                for r in rows { out += line(r) + "\n" }
            }
            out += "\n"
        }
        heading((vi ? "Báo cáo Chương trình OCOP " : "OCOP programme report ") + province + " — " + (vi ? "tính đến " : "as of ") + asOf, level: 1)
        if !md { out += "\n" }
        out += programme + (illustrative ? (vi ? " (dữ liệu minh hoạ, không phải số liệu chính thức)" : " (illustrative data, not official records)") : "") + "\n\n"
        heading(vi ? "Số liệu chính" : "Headline figures")
        grid([vi ? "Chỉ tiêu" : "Figure", vi ? "Giá trị" : "Value"], figures.map { [$0.label, num($0.value, lang)] }, right: [1])
        heading(vi ? "Sản phẩm theo bước chu trình" : "Products by cycle step")
        grid([vi ? "Bước" : "Step", vi ? "Số sản phẩm" : "Products"], pipeline.map { [$0.label, num($0.value, lang)] }, right: [1])
        heading(vi ? "Sáu nhiệm vụ" : "The six tasks")
        grid(["#", vi ? "Nhiệm vụ" : "Task", vi ? "Tình trạng" : "Status", vi ? "Tiến độ" : "Progress", vi ? "Chủ trì" : "Lead",
              vi ? "Thời hạn" : "Deadline", vi ? "Báo cáo gần nhất" : "Latest report"],
             tasks.map { ["\($0.ordinal)", $0.title, $0.status, "\($0.progress)%", $0.lead, $0.deadline, $0.latestReport] }, right: [0, 3])
        heading(vi ? "Nhiệm vụ và hành động quá hạn" : "Overdue tasks and actions")
        if overdue.isEmpty { out += (vi ? "Không có." : "None.") + "\n\n" } else {
            grid([vi ? "Nhiệm vụ" : "Task", vi ? "Nội dung" : "Item", vi ? "Đơn vị" : "Owner", vi ? "Hạn" : "Due", vi ? "Quá hạn (ngày)" : "Days overdue"],
                 overdue.map { ["\($0.task)", $0.item, $0.owner, $0.due, "\($0.daysOverdue)"] }, right: [0, 4])
        }
        heading(vi ? "Giấy chứng nhận hết hạn trong 90 ngày" : "Certificates expiring within 90 days")
        if expiring.isEmpty { out += (vi ? "Không có." : "None.") + "\n\n" } else {
            grid([vi ? "Sản phẩm" : "Product", vi ? "Chủ thể" : "Producer", vi ? "Huyện/TP" : "District", vi ? "Hạng" : "Stars",
                  vi ? "Hết hạn" : "Expires", vi ? "Còn (ngày)" : "Days left"],
                 expiring.map { [$0.product, $0.producer, $0.district, "\($0.stars)★", $0.expires, "\($0.daysLeft)"] }, right: [5])
        }
        heading(vi ? "Theo huyện, thành phố" : "By district")
        grid([vi ? "Huyện/TP" : "District", vi ? "Sản phẩm" : "Products", vi ? "Đạt OCOP" : "Certified", "3★", "4★", "5★",
              vi ? "Chủ thể" : "Producers", vi ? "Vùng" : "Zones"],
             districts.map { [$0.district, "\($0.products)", "\($0.certified)", "\($0.threeStars)", "\($0.fourStars)", "\($0.fiveStars)", "\($0.producers)", "\($0.zones)"] },
             right: [1, 2, 3, 4, 5, 6, 7])
        heading(vi ? "Vùng nguyên liệu" : "Raw-material zones")
        grid([vi ? "Vùng" : "Zone", vi ? "Diện tích (ha)" : "Area (ha)", vi ? "Chứng nhận (ha)" : "Certified (ha)", vi ? "Chuỗi" : "Chains", vi ? "Sản phẩm" : "Products"],
             zones.map { [$0.zone, num($0.areaHa, lang), num($0.certifiedHa, lang), "\($0.chains)", "\($0.products)"] }, right: [1, 2, 3, 4])
        return out
    }

    /// One long table (section, item, metric, value) that spreadsheets can filter and pivot.
    func csv(_ lang: Language) throws -> String {
        let w = try CSVWriter(stream: .toMemory(), newline: .crlf)
        try w.write(row: ["section", "item", "metric", "value"])
        func row(_ a: String, _ b: String, _ c: String, _ d: String) throws { try w.write(row: [a, b, c, d]) }
        func n(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(format: "%.1f", v) }
        try row("report", province, "asOf", asOf)
        for f in figures { try row("figures", f.label, f.key, n(f.value)) }
        for f in pipeline { try row("pipeline", f.label, f.key, n(f.value)) }
        for t in tasks {
            try row("tasks", "\(t.ordinal). \(t.title)", "status", t.status)
            try row("tasks", "\(t.ordinal). \(t.title)", "progress", "\(t.progress)")
            try row("tasks", "\(t.ordinal). \(t.title)", "deadline", t.deadline)
            try row("tasks", "\(t.ordinal). \(t.title)", "lead", t.lead)
        }
        for o in overdue { try row("overdue", "\(o.task): \(o.item)", "daysOverdue", "\(o.daysOverdue)") }
        for e in expiring { try row("expiring", e.product, "expires", e.expires) }
        for d in districts {
            for (k, v) in [("products", d.products), ("certified", d.certified), ("stars3", d.threeStars), ("stars4", d.fourStars),
                           ("stars5", d.fiveStars), ("producers", d.producers), ("zones", d.zones)] {
                try row("districts", d.district, k, "\(v)")
            }
        }
        for z in zones {
            try row("zones", z.zone, "areaHa", n(z.areaHa))
            try row("zones", z.zone, "certifiedHa", n(z.certifiedHa))
            try row("zones", z.zone, "chains", "\(z.chains)")
        }
        w.stream.close()
        let data = w.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return "\u{FEFF}" + String(decoding: data, as: UTF8.self) + "\r\n"
    }
}

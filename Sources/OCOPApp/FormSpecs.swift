import Foundation
import OCOPModel
import OCOPText

/// The forms of every record kind and quick action: which fields they show, and how the typed values become a
/// record change checked by the loader's own rules.
public enum FormBuilder {
    static func enumOptions<E: DomainEnum>(_: E.Type, _ lang: Language) -> [FieldOption] {
        E.allCases.map { FieldOption(value: $0.rawValue, label: $0.label(lang)) }
    }

    static func stepOptions(_ lang: Language) -> [FieldOption] {
        CycleStep.allCases.map { FieldOption(value: "\($0.rawValue)", label: "\($0.rawValue). " + (lang == .vi ? $0.vi : $0.en)) }
    }

    static func num(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v).replacingOccurrences(of: ".", with: ",")
    }

    /// A fresh id with a prefix that no record of the list uses yet.
    static func newId(_ prefix: String, taken: (String) -> Bool, start: Int) -> String {
        var n = max(1, start)
        while taken("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }

    /// A form for a target, filled from the record (or with defaults for a new one); nil when the record is gone.
    public static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        let ds = s.dataset
        let lang = s.lang
        let vi = lang == .vi
        func L(_ a: String, _ b: String) -> String { vi ? a : b }
        let today = s.asOf
        switch target {
        case .task(let id):
            let t = id.flatMap { id in ds.tasks.first { $0.id == id } }
            if id != nil && t == nil { return nil }
            return FormState(target: target, title: t == nil ? L("Thêm nhiệm vụ", "New task") : L("Sửa nhiệm vụ", "Edit task") + " \(t!.ordinal)", fields: [
                FormField("ordinal", L("Số thứ tự", "Number"), .integer(min: 1, max: 99), text: "\(t?.ordinal ?? ds.tasks.count + 1)"),
                FormField("shortTitle", L("Tên ngắn", "Short title"), .text(required: true), text: t?.shortTitle ?? ""),
                FormField("shortTitleEn", L("Tên tiếng Anh", "English title"), .text(required: false), text: t?.shortTitleEn ?? ""),
                FormField("text", L("Nội dung", "Full text"), .longText(required: true), text: t?.text ?? ""),
                FormField("leadAgencyId", L("Cơ quan chủ trì", "Lead agency"), .reference(.agency, required: true), values: t.map { [$0.leadAgencyId] } ?? []),
                FormField("coordinatingAgencyIds", L("Cơ quan phối hợp", "Coordinating"), .references(.agency), values: t?.coordinatingAgencyIds ?? []),
                FormField("deadline", L("Thời hạn", "Deadline"), .date(required: false), text: t?.deadline?.display ?? "", hint: "dd/mm/yyyy"),
                FormField("ongoing", L("Thường xuyên", "Ongoing"), .flag, values: t?.ongoing == true ? ["1"] : []),
                FormField("completedOn", L("Hoàn thành ngày", "Completed on"), .date(required: false), text: t?.completedOn?.display ?? "", hint: "dd/mm/yyyy"),
                FormField("progress", L("Tiến độ (%)", "Progress (%)"), .integer(min: 0, max: 100), text: "\(t?.progress ?? 0)"),
            ], base: t.map(RecordCodec.canonical))
        case .producer(let id):
            let p = id.flatMap { s.cache.index.producerById[$0] }
            if id != nil && p == nil { return nil }
            return FormState(target: target, title: p == nil ? L("Thêm chủ thể", "New producer") : L("Sửa chủ thể", "Edit producer"), fields: [
                FormField("name", L("Tên chủ thể", "Name"), .text(required: true), text: p?.name ?? ""),
                FormField("type", L("Loại hình", "Type"), .choice(enumOptions(ProducerType.self, lang)), values: [p?.type.rawValue ?? ProducerType.allCases[0].rawValue]),
                FormField("communeId", L("Xã/phường", "Commune"), .reference(.commune, required: true), values: p.map { [$0.communeId] } ?? []),
                FormField("representative", L("Người đại diện", "Representative"), .text(required: false), text: p?.representative ?? ""),
                FormField("registrationNumber", L("Số ĐKKD", "Registration no."), .text(required: false), text: p?.registrationNumber ?? ""),
            ], base: p.map(RecordCodec.canonical))
        case .product(let id):
            let p = id.flatMap { id in ds.products.first(where: { $0.id == id }) }
            if id != nil && p == nil { return nil }
            let set = p?.criteriaSet ?? .d148
            return FormState(target: target, title: p == nil ? L("Thêm sản phẩm", "New product") : L("Sửa sản phẩm", "Edit product"), fields: [
                FormField("name", L("Tên sản phẩm", "Name"), .text(required: true), text: p?.name ?? ""),
                FormField("producerId", L("Chủ thể", "Producer"), .reference(.producer, required: true), values: p.map { [$0.producerId] } ?? []),
                FormField("communeId", L("Xã/phường", "Commune"), .reference(.commune, required: true), values: p.map { [$0.communeId] } ?? []),
                FormField("criteriaSet", L("Bộ tiêu chí", "Criteria set"), .choice(enumOptions(CriteriaSet.self, lang)), values: [set.rawValue]),
                FormField("group", L("Nhóm sản phẩm", "Group"), .choice(enumOptions(ProductGroup.self, lang)), values: [(p?.group ?? set.groups[0]).rawValue]),
                FormField("subgroup", L("Phân nhóm", "Subgroup"), .text(required: false), text: p?.subgroup ?? ""),
                FormField("cycleStep", L("Bước chu trình", "Cycle step"), .choice(stepOptions(lang)), values: ["\((p?.cycleStep ?? .ideaRegistration).rawValue)"]),
                FormField("registeredYear", L("Năm đăng ký", "Year registered"), .integer(min: 2000, max: 2100), text: "\(p?.registeredYear ?? today.year)"),
                FormField("standards", L("Tiêu chuẩn", "Standards"), .multiChoice(enumOptions(Standard.self, lang)), values: p.map { $0.standards.map(\.rawValue) } ?? []),
                FormField("zoneIds", L("Vùng nguyên liệu", "Zones"), .references(.zone), values: p?.zoneIds ?? []),
                FormField("marks", L("Sở hữu trí tuệ", "IP marks"), .text(required: false),
                          text: (p?.marks ?? []).map { "\($0.kind.label(lang)): \($0.name)" }.joined(separator: "; "),
                          hint: L("loại: tên; …", "kind: name; …")),
            ], base: p.map(RecordCodec.canonical))
        case .zone(let id):
            let z = id.flatMap { s.cache.index.zoneById[$0] }
            if id != nil && z == nil { return nil }
            let fh = z?.fourHas
            return FormState(target: target, title: z == nil ? L("Thêm vùng nguyên liệu", "New zone") : L("Sửa vùng nguyên liệu", "Edit zone"), fields: [
                FormField("name", L("Tên vùng", "Name"), .text(required: true), text: z?.name ?? ""),
                FormField("commodity", L("Nông sản", "Commodity"), .text(required: true), text: z?.commodity ?? ""),
                FormField("kind", L("Loại", "Kind"), .choice(enumOptions(ZoneKind.self, lang)), values: [z?.kind.rawValue ?? ZoneKind.allCases[0].rawValue]),
                FormField("communeIds", L("Xã/phường", "Communes"), .references(.commune), values: z?.communeIds ?? []),
                FormField("areaHa", L("Diện tích (ha)", "Area (ha)"), .decimal(min: 0, max: nil), text: z.map { num($0.areaHa) } ?? ""),
                FormField("certifiedAreas", L("Diện tích chứng nhận", "Certified area"), .text(required: false),
                          text: (z?.certifiedAreas ?? []).map { "\($0.standard.label(lang)): \(num($0.areaHa))" }.joined(separator: "; "),
                          hint: L("tiêu chuẩn: ha; …", "standard: ha; …")),
                FormField("highTech", L("Công nghệ cao", "High-tech"), .flag, values: z?.highTech == true ? ["1"] : []),
                FormField("plantingAreaCodes", L("Mã số vùng trồng", "Planting codes"), .text(required: false), text: (z?.plantingAreaCodes ?? []).joined(separator: ", "), hint: L("cách nhau bằng dấu phẩy", "comma-separated")),
                FormField("qualityValue", L("4 có: giá trị chất lượng", "4 haves: quality"), .choice(enumOptions(Assessment.self, lang)), values: [(fh?.qualityValue ?? Assessment.allCases[0]).rawValue]),
                FormField("competitiveness", L("4 có: cạnh tranh", "4 haves: competitive"), .choice(enumOptions(Assessment.self, lang)), values: [(fh?.competitiveness ?? Assessment.allCases[0]).rawValue]),
                FormField("market", L("4 có: thị trường", "4 haves: market"), .choice(enumOptions(Assessment.self, lang)), values: [(fh?.market ?? Assessment.allCases[0]).rawValue]),
                FormField("efficiency", L("4 có: hiệu quả", "4 haves: efficiency"), .choice(enumOptions(Assessment.self, lang)), values: [(fh?.efficiency ?? Assessment.allCases[0]).rawValue]),
            ], base: z.map(RecordCodec.canonical))
        case .unit(let id):
            let u = id.flatMap { s.cache.index.unitById[$0] }
            if id != nil && u == nil { return nil }
            return FormState(target: target, title: u == nil ? L("Thêm đơn vị hành chính", "New administrative unit") : L("Sửa đơn vị hành chính", "Edit administrative unit"), fields: [
                FormField("name", L("Tên", "Name"), .text(required: true), text: u?.name ?? ""),
                FormField("level", L("Cấp", "Level"), .choice(enumOptions(UnitLevel.self, lang)), values: [(u?.level ?? .commune).rawValue]),
                FormField("parentId", L("Trực thuộc", "Part of"), .reference(.unit, required: false), values: u?.parentId.map { [$0] } ?? []),
                FormField("validFrom", L("Hiệu lực từ", "Valid from"), .date(required: false), text: u?.validFrom?.display ?? "", hint: "dd/mm/yyyy"),
                FormField("validTo", L("Hiệu lực đến", "Valid to"), .date(required: false), text: u?.validTo?.display ?? "", hint: "dd/mm/yyyy"),
            ], base: u.map(RecordCodec.canonical))
        case .agency(let id):
            let a = id.flatMap { s.cache.index.agencyById[$0] }
            if id != nil && a == nil { return nil }
            return FormState(target: target, title: a == nil ? L("Thêm cơ quan", "New agency") : L("Sửa cơ quan", "Edit agency"), fields: [
                FormField("name", L("Tên cơ quan", "Name"), .text(required: true), text: a?.name ?? ""),
                FormField("shortName", L("Tên viết tắt", "Short name"), .text(required: true), text: a?.shortName ?? "", hint: L("ví dụ Sở NN&PTNT", "e.g. Sở NN&PTNT")),
                FormField("level", L("Cấp", "Level"), .choice(enumOptions(AgencyLevel.self, lang)), values: [(a?.level ?? .province).rawValue]),
            ], base: a.map(RecordCodec.canonical))
        case .craftVillage(let id):
            let c = id.flatMap { id in ds.craftVillages.first { $0.id == id } }
            if id != nil && c == nil { return nil }
            return FormState(target: target, title: c == nil ? L("Thêm làng nghề", "New craft village") : L("Sửa làng nghề", "Edit craft village"), fields: [
                FormField("name", L("Tên làng nghề", "Name"), .text(required: true), text: c?.name ?? ""),
                FormField("craft", L("Nghề", "Craft"), .text(required: true), text: c?.craft ?? ""),
                FormField("communeId", L("Xã/phường", "Commune"), .reference(.commune, required: true), values: c.map { [$0.communeId] } ?? []),
                FormField("recognition", L("Công nhận", "Recognition"), .choice(enumOptions(CraftRecognition.self, lang)), values: [(c?.recognition ?? CraftRecognition.allCases[0]).rawValue]),
                FormField("recognizedOn", L("Ngày công nhận", "Recognised on"), .date(required: false), text: c?.recognizedOn?.display ?? "", hint: "dd/mm/yyyy"),
                FormField("households", L("Số hộ", "Households"), .integer(min: 0, max: 1_000_000), text: "\(c?.households ?? 0)"),
                FormField("productIds", L("Sản phẩm", "Products"), .references(.product), values: c?.productIds ?? []),
            ], base: c.map(RecordCodec.canonical))
        case .tourism(let id):
            let t = id.flatMap { id in ds.tourismModels.first { $0.id == id } }
            if id != nil && t == nil { return nil }
            return FormState(target: target, title: t == nil ? L("Thêm mô hình du lịch", "New tourism model") : L("Sửa mô hình du lịch", "Edit tourism model"), fields: [
                FormField("name", L("Tên mô hình", "Name"), .text(required: true), text: t?.name ?? ""),
                FormField("type", L("Loại hình", "Type"), .choice(enumOptions(TourismType.self, lang)), values: [(t?.type ?? TourismType.allCases[0]).rawValue]),
                FormField("communeId", L("Xã/phường", "Commune"), .reference(.commune, required: true), values: t.map { [$0.communeId] } ?? []),
                FormField("operatorName", L("Đơn vị vận hành", "Operator"), .text(required: true), text: t?.operatorName ?? ""),
                FormField("operatorProducerId", L("Chủ thể vận hành", "Operating producer"), .reference(.producer, required: false), values: t?.operatorProducerId.map { [$0] } ?? []),
                FormField("productIds", L("Sản phẩm", "Products"), .references(.product), values: t?.productIds ?? []),
                FormField("zoneId", L("Vùng nguyên liệu", "Zone"), .reference(.zone, required: false), values: t?.zoneId.map { [$0] } ?? []),
            ], base: t.map(RecordCodec.canonical))
        case .action(let taskId, let actionId):
            guard let t = ds.tasks.first(where: { $0.id == taskId }) else { return nil }
            let a = actionId.flatMap { id in t.actions.first { $0.id == id } }
            return FormState(target: target, title: (a == nil ? L("Thêm hành động — nhiệm vụ", "New action — task") : L("Cập nhật hành động — nhiệm vụ", "Update action — task")) + " \(t.ordinal)", fields: [
                FormField("title", L("Hành động", "Action"), .text(required: true), text: a?.title ?? ""),
                FormField("ownerAgencyId", L("Đơn vị thực hiện", "Owner"), .reference(.agency, required: true), values: [a?.ownerAgencyId ?? t.leadAgencyId]),
                FormField("dueDate", L("Hạn", "Due"), .date(required: false), text: a?.dueDate?.display ?? "", hint: "dd/mm/yyyy"),
                FormField("progress", L("Tiến độ (%)", "Progress (%)"), .integer(min: 0, max: 100), text: "\(a?.progress ?? 0)"),
                FormField("doneDate", L("Ngày xong", "Done on"), .date(required: false), text: a?.doneDate?.display ?? "", hint: L("để trống nếu chưa xong", "empty if not done")),
            ], base: RecordCodec.canonical(t))
        case .report(let taskId, let reportId):
            guard let t = ds.tasks.first(where: { $0.id == taskId }) else { return nil }
            let rep = reportId.flatMap { id in t.reports.first { $0.id == id } }
            if reportId != nil && rep == nil { return nil }
            let q = (today.month - 1) / 3 + 1
            return FormState(target: target, title: (rep == nil ? L("Báo cáo tiến độ — nhiệm vụ", "Progress report — task") : L("Sửa báo cáo — nhiệm vụ", "Edit report — task")) + " \(t.ordinal)", fields: [
                FormField("date", L("Ngày báo cáo", "Date"), .date(required: true), text: (rep?.date ?? today).display, hint: "dd/mm/yyyy"),
                FormField("agencyId", L("Cơ quan báo cáo", "Agency"), .reference(.agency, required: true), values: [rep?.agencyId ?? t.leadAgencyId]),
                FormField("periodKind", L("Kỳ", "Period kind"), .choice(enumOptions(ReportPeriodKind.self, lang)), values: [(rep?.periodKind ?? .quarter).rawValue]),
                FormField("period", L("Kỳ báo cáo", "Period"), .text(required: true), text: rep?.period ?? "Q\(q)/\(today.year)"),
                FormField("narrative", L("Nội dung", "Narrative"), .longText(required: true), text: rep?.narrative ?? ""),
                FormField("progress", L("Tiến độ nhiệm vụ (%)", "Task progress (%)"), .integer(min: 0, max: 100), text: "\(t.progress)"),
            ], base: RecordCodec.canonical(t))
        case .note(let taskId, let noteId):
            guard let t = ds.tasks.first(where: { $0.id == taskId }) else { return nil }
            let n = noteId.flatMap { id in t.notes.first { $0.id == id } }
            if noteId != nil && n == nil { return nil }
            return FormState(target: target, title: (n == nil ? L("Ghi chú, kết luận — nhiệm vụ", "Note or decision — task") : L("Sửa ghi chú — nhiệm vụ", "Edit note — task")) + " \(t.ordinal)", fields: [
                FormField("date", L("Ngày họp", "Date"), .date(required: true), text: (n?.date ?? today).display, hint: "dd/mm/yyyy"),
                FormField("kind", L("Loại", "Kind"), .choice(enumOptions(NoteKind.self, lang)), values: [(n?.kind ?? .decision).rawValue]),
                FormField("text", L("Nội dung", "Text"), .longText(required: true), text: n?.text ?? ""),
                FormField("author", L("Người ghi", "Author"), .text(required: true), text: n?.author ?? s.editor),
            ], base: RecordCodec.canonical(t))
        case .evaluation(let productId, let index):
            guard let p = ds.products.first(where: { $0.id == productId }) else { return nil }
            if let index, !p.evaluations.indices.contains(index) { return nil }
            let e = index.map { p.evaluations[$0] }
            let m = (e?.criteriaSet ?? p.criteriaSet).partMaxima
            return FormState(target: target, title: (e == nil ? L("Đánh giá, xếp hạng", "Evaluation") : L("Sửa kết quả đánh giá", "Edit evaluation")) + " — " + p.name, fields: [
                FormField("date", L("Ngày đánh giá", "Date"), .date(required: true), text: (e?.date ?? today).display, hint: "dd/mm/yyyy"),
                FormField("councilLevel", L("Hội đồng", "Council"), .choice(enumOptions(CouncilLevel.self, lang)), values: [(e?.councilLevel ?? .province).rawValue]),
                FormField("criteriaSet", L("Bộ tiêu chí", "Criteria set"), .choice(enumOptions(CriteriaSet.self, lang)), values: [(e?.criteriaSet ?? p.criteriaSet).rawValue]),
                FormField("scoreA", L("Phần A", "Part A"), .integer(min: 0, max: m.a), text: e.map { "\($0.scoreA)" } ?? "", hint: L("tối đa", "max") + " \(m.a)"),
                FormField("scoreB", L("Phần B", "Part B"), .integer(min: 0, max: m.b), text: e.map { "\($0.scoreB)" } ?? "", hint: L("tối đa", "max") + " \(m.b)"),
                FormField("scoreC", L("Phần C", "Part C"), .integer(min: 0, max: m.c), text: e.map { "\($0.scoreC)" } ?? "", hint: L("tối đa", "max") + " \(m.c)"),
                FormField("decisionNumber", L("Số quyết định", "Decision no."), .text(required: false), text: e?.decisionNumber ?? ""),
                FormField("kind", L("Loại đánh giá", "Kind"), .choice(enumOptions(EvaluationKind.self, lang)),
                          values: [(e?.kind ?? (p.evaluations.isEmpty ? EvaluationKind.first : .reevaluation)).rawValue]),
            ], base: RecordCodec.canonical(p))
        case .reject(let productId):
            guard let p = ds.products.first(where: { $0.id == productId }) else { return nil }
            return FormState(target: target, title: L("Loại khỏi chu trình", "Reject from the cycle") + " — " + p.name, fields: [
                FormField("date", L("Ngày", "Date"), .date(required: true), text: today.display, hint: "dd/mm/yyyy"),
                FormField("reason", L("Lý do", "Reason"), .longText(required: true)),
            ], base: RecordCodec.canonical(p))
        case .chain(let zoneId, let chainId):
            guard let z = s.cache.index.zoneById[zoneId] else { return nil }
            let c = chainId.flatMap { id in z.chains.first { $0.id == id } }
            return FormState(target: target, title: (c == nil ? L("Thêm chuỗi liên kết", "New linkage chain") : L("Sửa chuỗi liên kết", "Edit linkage chain")) + " — " + z.name, fields: [
                FormField("name", L("Tên chuỗi", "Name"), .text(required: true), text: c?.name ?? ""),
                FormField("leadProducerId", L("Chủ thể dẫn dắt", "Lead producer"), .reference(.producer, required: false), values: c?.leadProducerId.map { [$0] } ?? []),
                FormField("leadName", L("Tên đơn vị dẫn dắt", "Lead name"), .text(required: true), text: c?.leadName ?? ""),
                FormField("enterprises", L("Doanh nghiệp", "Enterprises"), .integer(min: 0, max: 100_000), text: "\(c?.enterprises ?? 0)"),
                FormField("cooperatives", L("Hợp tác xã", "Cooperatives"), .integer(min: 0, max: 100_000), text: "\(c?.cooperatives ?? 0)"),
                FormField("households", L("Hộ", "Households"), .integer(min: 0, max: 10_000_000), text: "\(c?.households ?? 0)"),
                FormField("areaHa", L("Diện tích (ha)", "Area (ha)"), .decimal(min: 0, max: z.areaHa), text: c.map { num($0.areaHa) } ?? ""),
                FormField("approvedByProvince", L("Tỉnh phê duyệt", "Approved by province"), .flag, values: c?.approvedByProvince == true ? ["1"] : []),
            ], base: RecordCodec.canonical(z))
        }
    }

    /// Whether a certificate was issued from an evaluation (same day, same stars): it then follows that evaluation
    /// when it is corrected or deleted; otherwise it stands on its own.
    public static func certificate(_ c: Certificate, cameFrom e: Evaluation) -> Bool {
        c.issuedOn == e.date && c.stars == e.stars
    }

    /// Total and stars of an evaluation form as typed so far (parts capped by the criteria set's maxima), for the
    /// line under the scores; nil for other forms or before any score is typed.
    public static func liveScore(_ form: FormState) -> (total: Int, stars: Int)? {
        guard case .evaluation = form.target else { return nil }
        let set = form.field("criteriaSet")?.values.first.flatMap(CriteriaSet.init(rawValue:)) ?? .d148
        let parts = ["scoreA", "scoreB", "scoreC"].map { Int(form.field($0)?.input.text.trimmingCharacters(in: .whitespaces) ?? "") }
        guard parts.contains(where: { $0 != nil }) else { return nil }
        return Rules.score(a: parts[0] ?? 0, b: parts[1] ?? 0, c: parts[2] ?? 0, set: set)
    }

    /// Keeps dependent hints right: the part maxima follow the criteria set chosen.
    static func refreshDependents(_ form: inout FormState, _ lang: Language) {
        guard case .evaluation = form.target,
              let set = form.field("criteriaSet")?.values.first.flatMap(CriteriaSet.init(rawValue:)) else { return }
        let m = set.partMaxima
        for (key, max) in [("scoreA", m.a), ("scoreB", m.b), ("scoreC", m.c)] {
            if let i = form.fields.firstIndex(where: { $0.key == key }) {
                form.fields[i].kind = .integer(min: 0, max: max)
                form.fields[i].hint = (lang == .vi ? "tối đa " : "max ") + "\(max)"
            }
        }
    }

    /// What accepting a form gives: the change to save, or a message per field (and one for the whole form).
    public enum Outcome: Sendable {
        case change(RecordChange, action: String)
        case invalid([String: String], general: String?)
    }

    /// Reads the form, builds the record and checks it with the loader's rules.
    public static func build(_ form: FormState, _ s: AppState) -> Outcome {
        var r = FieldReader(form, s.lang)
        let ds = s.dataset
        let change: RecordChange
        var action = form.base == nil ? "add" : "edit"
        func old<R: DatasetRecord>(_: R.Type) -> R? { form.base.flatMap { try? JSONDecoder().decode(R.self, from: $0) } }
        switch form.target {
        case .task:
            let o = old(ConclusionTask.self)
            var t = o ?? ConclusionTask(id: newId("nv-", taken: { id in ds.tasks.contains { $0.id == id } }, start: ds.tasks.count + 1), ordinal: 0, shortTitle: "", shortTitleEn: "", text: "",
                                        leadAgencyId: "", coordinatingAgencyIds: [], deadline: nil, ongoing: false, completedOn: nil, progress: 0, actions: [], reports: [], notes: [])
            t.ordinal = r.int("ordinal"); t.shortTitle = r.text("shortTitle"); t.shortTitleEn = r.text("shortTitleEn"); t.text = r.text("text")
            t.leadAgencyId = r.ref("leadAgencyId") ?? ""; t.coordinatingAgencyIds = r.refs("coordinatingAgencyIds")
            t.deadline = r.date("deadline"); t.ongoing = r.flag("ongoing"); t.completedOn = r.date("completedOn"); t.progress = r.int("progress")
            change = RecordChange(before: o, after: t)
        case .producer:
            let o = old(Producer.self)
            let taken = { (id: String) in s.cache.index.producerById[id] != nil }
            var p = o ?? Producer(id: newId("pr-", taken: taken, start: ds.producers.count + 1), name: "", type: .household, communeId: "", representative: "", registrationNumber: "")
            p.name = r.text("name"); p.type = r.choice("type", ProducerType.self) ?? p.type; p.communeId = r.ref("communeId") ?? ""
            p.representative = r.text("representative"); p.registrationNumber = r.text("registrationNumber")
            change = RecordChange(before: o, after: p)
        case .product:
            let o = old(Product.self)
            let taken = { (id: String) in s.cache.index.productIndexById[id] != nil }
            var p = o ?? Product(id: newId("p-", taken: taken, start: ds.products.count + 1), name: "", producerId: "", communeId: "", group: .food, subgroup: "", criteriaSet: .d148,
                                 cycleStep: .ideaRegistration, registeredYear: s.asOf.year, rejection: nil, evaluations: [], certificate: nil, standards: [], marks: [], zoneIds: [])
            p.name = r.text("name"); p.producerId = r.ref("producerId") ?? ""; p.communeId = r.ref("communeId") ?? ""
            p.criteriaSet = r.choice("criteriaSet", CriteriaSet.self) ?? p.criteriaSet; p.group = r.choice("group", ProductGroup.self) ?? p.group
            p.subgroup = r.text("subgroup")
            if let v = r.raw("cycleStep")?.values.first, let n = Int(v), let st = CycleStep(rawValue: n) { p.cycleStep = st }
            p.registeredYear = r.int("registeredYear"); p.standards = r.multi("standards", Standard.self); p.zoneIds = r.refs("zoneIds")
            p.marks = r.pairs("marks").compactMap { kind, name in
                guard let k = FieldReader.enumValue(kind, MarkKind.self) else {
                    r.fail("marks", "Không rõ loại \"\(kind)\" — dùng: " + MarkKind.allCases.map { $0.vi }.joined(separator: ", "),
                           "Unknown kind \"\(kind)\" — use: " + MarkKind.allCases.map { $0.en }.joined(separator: ", "))
                    return nil
                }
                return IPMark(kind: k, name: name)
            }
            change = RecordChange(before: o, after: p)
        case .zone:
            let o = old(RawMaterialZone.self)
            let taken = { (id: String) in s.cache.index.zoneById[id] != nil }
            var z = o ?? RawMaterialZone(id: newId("zone-", taken: taken, start: ds.zones.count + 1), name: "", commodity: "", kind: .crop, communeIds: [], areaHa: 0, certifiedAreas: [],
                                         highTech: false, plantingAreaCodes: [], chains: [], fourHas: FourHas(qualityValue: .notMet, competitiveness: .notMet, market: .notMet, efficiency: .notMet))
            z.name = r.text("name"); z.commodity = r.text("commodity"); z.kind = r.choice("kind", ZoneKind.self) ?? z.kind
            z.communeIds = r.refs("communeIds"); z.areaHa = r.decimal("areaHa"); z.highTech = r.flag("highTech"); z.plantingAreaCodes = r.list("plantingAreaCodes")
            z.certifiedAreas = r.pairs("certifiedAreas").compactMap { std, ha in
                guard let st = FieldReader.enumValue(std, Standard.self) else {
                    r.fail("certifiedAreas", "Không rõ tiêu chuẩn \"\(std)\" — dùng: " + Standard.allCases.map { $0.vi }.joined(separator: ", "),
                           "Unknown standard \"\(std)\" — use: " + Standard.allCases.map { $0.en }.joined(separator: ", "))
                    return nil
                }
                guard let v = FieldReader.parseDecimal(ha) else {
                    r.fail("certifiedAreas", "Diện tích của \(std) không phải là số", "The area of \(std) is not a number")
                    return nil
                }
                return CertifiedArea(standard: st, areaHa: v)
            }
            z.fourHas = FourHas(qualityValue: r.choice("qualityValue", Assessment.self) ?? .notMet, competitiveness: r.choice("competitiveness", Assessment.self) ?? .notMet,
                                market: r.choice("market", Assessment.self) ?? .notMet, efficiency: r.choice("efficiency", Assessment.self) ?? .notMet)
            change = RecordChange(before: o, after: z)
        case .unit:
            let o = old(AdminUnit.self)
            let name = r.text("name")
            let slug = TextFolding.fold(name).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            let taken = { (id: String) in s.cache.index.unitById[id] != nil }
            var u = o ?? AdminUnit(id: taken(slug) || slug.isEmpty ? newId((slug.isEmpty ? "unit" : slug) + "-", taken: taken, start: 2) : slug, name: "", level: .commune)
            u.name = name; u.level = r.choice("level", UnitLevel.self) ?? u.level; u.parentId = r.ref("parentId")
            u.validFrom = r.date("validFrom"); u.validTo = r.date("validTo")
            change = RecordChange(before: o, after: u)
        case .agency:
            let o = old(Agency.self)
            var a = o ?? Agency(id: newId("cq-", taken: { s.cache.index.agencyById[$0] != nil }, start: ds.agencies.count + 1), name: "", shortName: "", level: .province)
            a.name = r.text("name"); a.shortName = r.text("shortName"); a.level = r.choice("level", AgencyLevel.self) ?? a.level
            change = RecordChange(before: o, after: a)
        case .craftVillage:
            let o = old(CraftVillage.self)
            var c = o ?? CraftVillage(id: newId("ln-", taken: { id in ds.craftVillages.contains { $0.id == id } }, start: ds.craftVillages.count + 1), name: "", craft: "", communeId: "",
                                      recognition: CraftRecognition.allCases[0], households: 0, productIds: [])
            c.name = r.text("name"); c.craft = r.text("craft"); c.communeId = r.ref("communeId") ?? ""
            c.recognition = r.choice("recognition", CraftRecognition.self) ?? c.recognition; c.recognizedOn = r.date("recognizedOn")
            c.households = r.int("households"); c.productIds = r.refs("productIds")
            change = RecordChange(before: o, after: c)
        case .tourism:
            let o = old(TourismModel.self)
            var t = o ?? TourismModel(id: newId("dl-", taken: { id in ds.tourismModels.contains { $0.id == id } }, start: ds.tourismModels.count + 1), name: "", type: TourismType.allCases[0],
                                      communeId: "", operatorName: "", productIds: [])
            t.name = r.text("name"); t.type = r.choice("type", TourismType.self) ?? t.type; t.communeId = r.ref("communeId") ?? ""
            t.operatorName = r.text("operatorName"); t.operatorProducerId = r.ref("operatorProducerId"); t.productIds = r.refs("productIds"); t.zoneId = r.ref("zoneId")
            change = RecordChange(before: o, after: t)
        case .action(_, let actionId):
            guard let o = old(ConclusionTask.self) else { return .invalid([:], general: nil) }
            var t = o
            var a = actionId.flatMap { id in t.actions.first { $0.id == id } }
                ?? TaskAction(id: newId(t.id + ".hd-", taken: { id in t.actions.contains { $0.id == id } }, start: t.actions.count + 1), title: "", ownerAgencyId: "", progress: 0)
            a.title = r.text("title"); a.ownerAgencyId = r.ref("ownerAgencyId") ?? ""; a.dueDate = r.date("dueDate")
            a.progress = r.int("progress"); a.doneDate = r.date("doneDate")
            if a.doneDate != nil && a.progress < 100 { r.fail("progress", "Đã xong thì tiến độ phải là 100", "A done action is at 100") }
            if let i = t.actions.firstIndex(where: { $0.id == a.id }) { t.actions[i] = a } else { t.actions.append(a) }
            action = actionId == nil ? "add-action" : "update-action"
            change = RecordChange(before: o, after: t)
        case .report(_, let reportId):
            guard let o = old(ConclusionTask.self) else { return .invalid([:], general: nil) }
            var t = o
            let rep = ProgressReport(id: reportId ?? newId(t.id + ".bc-", taken: { id in t.reports.contains { $0.id == id } }, start: t.reports.count + 1),
                                     date: r.date("date") ?? s.asOf, agencyId: r.ref("agencyId") ?? "", periodKind: r.choice("periodKind", ReportPeriodKind.self) ?? .quarter,
                                     period: r.text("period"), narrative: r.text("narrative"), figures: t.reports.first { $0.id == reportId }?.figures)
            if let i = t.reports.firstIndex(where: { $0.id == rep.id }) { t.reports[i] = rep } else { t.reports.append(rep) }
            t.progress = r.int("progress")
            action = reportId == nil ? "report" : "edit-report"
            change = RecordChange(before: o, after: t)
        case .note(_, let noteId):
            guard let o = old(ConclusionTask.self) else { return .invalid([:], general: nil) }
            var t = o
            let n = MeetingNote(id: noteId ?? newId(t.id + ".gc-", taken: { id in t.notes.contains { $0.id == id } }, start: t.notes.count + 1), date: r.date("date") ?? s.asOf,
                                kind: r.choice("kind", NoteKind.self) ?? .decision, text: r.text("text"), author: r.text("author"))
            if let i = t.notes.firstIndex(where: { $0.id == n.id }) { t.notes[i] = n } else { t.notes.append(n) }
            action = noteId == nil ? "note" : "edit-note"
            change = RecordChange(before: o, after: t)
        case .evaluation(_, let index):
            guard let o = old(Product.self) else { return .invalid([:], general: nil) }
            var p = o
            let set = r.choice("criteriaSet", CriteriaSet.self) ?? p.criteriaSet
            let a = r.int("scoreA"), b = r.int("scoreB"), c = r.int("scoreC")
            let date = r.date("date") ?? s.asOf
            let total = a + b + c
            let stars = Rules.stars(forTotal: total)
            let decision = r.optionalText("decisionNumber")
            let e = Evaluation(date: date, councilLevel: r.choice("councilLevel", CouncilLevel.self) ?? .province, criteriaSet: set,
                               scoreA: a, scoreB: b, scoreC: c, total: total, stars: stars, decisionNumber: decision,
                               kind: r.choice("kind", EvaluationKind.self) ?? .first)
            if let index, p.evaluations.indices.contains(index) {
                // Correcting an evaluation: the certificate follows it only when it was issued from it.
                let old = p.evaluations[index]
                p.evaluations[index] = e
                if let cert = p.certificate, FormBuilder.certificate(cert, cameFrom: old) {
                    p.certificate = Rules.isCertifiable(stars: stars)
                        ? Certificate(stars: stars, decisionNumber: decision ?? cert.decisionNumber, issuedOn: date, expiresOn: Rules.certificateExpiry(issuedOn: date))
                        : nil
                }
                action = "edit-evaluation"
            } else {
                p.evaluations.append(e)
                // 3★ and above earn a certificate valid 36 months; the product is then at the evaluation step.
                if Rules.isCertifiable(stars: stars) {
                    p.certificate = Certificate(stars: stars, decisionNumber: decision ?? "", issuedOn: date, expiresOn: Rules.certificateExpiry(issuedOn: date))
                }
                if p.cycleStep < .evaluation { p.cycleStep = .evaluation }
                p.rejection = nil
                action = "evaluation"
            }
            change = RecordChange(before: o, after: p)
        case .reject:
            guard let o = old(Product.self) else { return .invalid([:], general: nil) }
            var p = o
            p.rejection = Rejection(date: r.date("date") ?? s.asOf, reason: r.text("reason"))
            action = "reject"
            change = RecordChange(before: o, after: p)
        case .chain(_, let chainId):
            guard let o = old(RawMaterialZone.self) else { return .invalid([:], general: nil) }
            var z = o
            var ch = chainId.flatMap { id in z.chains.first { $0.id == id } }
                ?? LinkageChain(id: newId(z.id + ".cl-", taken: { id in z.chains.contains { $0.id == id } }, start: z.chains.count + 1), name: "", leadName: "",
                                enterprises: 0, cooperatives: 0, households: 0, areaHa: 0, approvedByProvince: false)
            ch.name = r.text("name"); ch.leadProducerId = r.ref("leadProducerId"); ch.leadName = r.text("leadName")
            ch.enterprises = r.int("enterprises"); ch.cooperatives = r.int("cooperatives"); ch.households = r.int("households")
            ch.areaHa = r.decimal("areaHa"); ch.approvedByProvince = r.flag("approvedByProvince")
            if let i = z.chains.firstIndex(where: { $0.id == ch.id }) { z.chains[i] = ch } else { z.chains.append(ch) }
            action = chainId == nil ? "add-chain" : "edit-chain"
            change = RecordChange(before: o, after: z)
        }
        if !r.errors.isEmpty { return .invalid(r.errors, general: nil) }
        // The loader's rules, on the record as it would be saved.
        let problems = FormValidation.problems(of: change, in: s).filter { $0.severity == .error }
        if problems.isEmpty { return .change(change, action: action) }
        var errors: [String: String] = [:]
        var general: [String] = []
        // A whole-record form names its fields by the record's own keys (path: file key, index, field, …); a quick
        // action's form by the keys of the part it adds (the last key of the path).
        let keys = { (p: Problem) in p.path.compactMap { c -> String? in if case .key(let k) = c { return k } else { return nil } } }
        let wholeRecord: Bool
        switch form.target {
        case .task, .producer, .product, .zone, .unit, .agency, .craftVillage, .tourism: wholeRecord = true
        default: wholeRecord = false
        }
        for p in problems {
            let k = keys(p)
            let key = (wholeRecord ? (k.count > 1 ? k[1] : k.last) : k.last) ?? ""
            if form.field(key) != nil, errors[key] == nil { errors[key] = p.explanation(s.lang) } else { general.append(p.explanation(s.lang)) }
        }
        return .invalid(errors, general: general.isEmpty ? nil : general.joined(separator: "; "))
    }
}

/// Checks one changed record with the loader's rules, against the records it refers to.
public enum FormValidation {
    /// The loader's problems for the record after the change (duplicates, references, ranges, scores, dates).
    public static func problems(of change: RecordChange, in s: AppState) -> [Problem] {
        guard let after = change.after else { return [] }
        let ds = s.dataset
        let idx = s.cache.index
        // A small dataset: every unit and agency, the record itself, and the producers, products and zones it names.
        var refs: [String: Set<String>] = [:]
        if let obj = try? JSONSerialization.jsonObject(with: after) { collect(obj, into: &refs) }
        func ids(_ keys: [String]) -> Set<String> { keys.reduce(into: Set<String>()) { $0.formUnion(refs[$1] ?? []) } }
        var mini = Dataset(info: ds.info, units: ds.units, agencies: ds.agencies, tasks: [], producers: [], products: [], zones: [], craftVillages: [], tourismModels: [])
        mini.producers = ids(["producerId", "leadProducerId", "operatorProducerId"]).sorted().compactMap { idx.producerById[$0] }
        mini.products = ids(["productIds"]).sorted().compactMap { idx.product($0) }
        mini.zones = ids(["zoneIds", "zoneId"]).sorted().compactMap { idx.zoneById[$0] }
        // The record replaces any copy of itself pulled in as a reference target, or joins its list.
        do { try RecordCodec.apply(change, to: &mini) } catch { return [] }
        return DatasetValidator.validate(mini).filter { $0.recordId == change.id && $0.file == change.file.rawValue }
    }

    static func collect(_ obj: Any, into refs: inout [String: Set<String>]) {
        if let d = obj as? [String: Any] {
            for (k, v) in d {
                if let s = v as? String { refs[k, default: []].insert(s) } else if let a = v as? [Any] {
                    for e in a { if let s = e as? String { refs[k, default: []].insert(s) } else { collect(e, into: &refs) } }
                } else { collect(v, into: &refs) }
            }
        } else if let a = obj as? [Any] {
            for e in a { collect(e, into: &refs) }
        }
    }
}

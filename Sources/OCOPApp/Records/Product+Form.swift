import Foundation
import OCOPModel
import OCOPText

/// The form of a product.
enum ProductForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .product(let id) = target else { return nil }
        let p = id.flatMap { s.cache.index.product($0) }
        if id != nil && p == nil { return nil }
        let lang = s.lang
        let L = { (m: Msg) in m.text(lang) }
        let set = p?.criteriaSet ?? .d148
        let steps = CycleStep.allCases.map { FieldOption(value: "\($0.rawValue)", label: $0.numbered(lang)) }
        return FormState(target: target, title: L(p == nil ? .formNewProduct : .formEditProduct), fields: [
            FormField(.name, L(.lblProductName), .text(required: true), text: p?.name ?? ""),
            FormField(.producerId, L(.producer), .reference(.producer, required: true), values: p.map { [$0.producerId] } ?? []),
            FormField(.communeId, L(.commune), .reference(.commune, required: true), values: p.map { [$0.communeId] } ?? []),
            FormField(.criteriaSet, L(.lblCriteriaSet), .choice(FormBuilder.enumOptions(CriteriaSet.self, lang)), values: [set.rawValue]),
            FormField(.group, L(.lblProductGroup), .choice(FormBuilder.enumOptions(ProductGroup.self, lang)), values: [(p?.group ?? set.groups[0]).rawValue]),
            FormField(.subgroup, L(.lblSubgroup), .text(required: false), text: p?.subgroup ?? ""),
            FormField(.cycleStep, L(.lblCycleStep), .choice(steps), values: ["\((p?.cycleStep ?? .ideaRegistration).rawValue)"]),
            FormField(.registeredYear, L(.lblRegisteredYear), .integer(min: 2000, max: 2100), text: "\(p?.registeredYear ?? s.asOf.year)"),
            FormField(.standards, L(.standards), .multiChoice(FormBuilder.enumOptions(Standard.self, lang)), values: p.map { $0.standards.map(\.rawValue) } ?? []),
            FormField(.zoneIds, L(.lblZones), .references(.zone), values: p?.zoneIds ?? []),
            FormField(.marks, L(.marks), .text(required: false),
                      text: (p?.marks ?? []).map { "\($0.kind.label(lang)): \($0.name)" }.joined(separator: "; "), hint: L(.hintMarks)),
        ], base: p.map(RecordCodec.canonical))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        let ds = s.dataset
        let o = FormBuilder.base(form, Product.self)
        var p = o ?? Product(id: IdScheme.next(after: ds.products.map(\.id), fallback: "sp-"),
                             name: "", producerId: "", communeId: "", group: .food, subgroup: "", criteriaSet: .d148,
                             cycleStep: .ideaRegistration, registeredYear: s.asOf.year, evaluations: [], standards: [], marks: [], zoneIds: [])
        p.name = r.text(.name)
        p.producerId = r.ref(.producerId) ?? ""
        p.communeId = r.ref(.communeId) ?? ""
        p.criteriaSet = r.choice(.criteriaSet, CriteriaSet.self) ?? p.criteriaSet
        p.group = r.choice(.group, ProductGroup.self) ?? p.group
        p.subgroup = r.text(.subgroup)
        p.cycleStep = r.raw(.cycleStep)?.values.first.flatMap(Int.init).flatMap(CycleStep.init(rawValue:)) ?? p.cycleStep
        p.registeredYear = r.int(.registeredYear)
        p.standards = r.multi(.standards, Standard.self)
        p.zoneIds = r.refs(.zoneIds)
        p.marks = r.pairs(.marks).compactMap { kind, name in
            guard let k = FieldReader.enumValue(kind, MarkKind.self) else {
                r.fail(.marks, .fieldUnknownMarkKind, kind, MarkKind.allCases.map { $0.label(s.lang) }.joined(separator: ", "))
                return nil
            }
            return IPMark(kind: k, name: name)
        }
        return (RecordChange(before: o, after: p), o == nil ? .add : .edit)
    }
}

/// The form of a product's evaluation (a new one, or a correction of one in its list).
enum EvaluationForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .evaluation(let productId, let index) = target, let p = s.cache.index.product(productId) else { return nil }
        if let index, !p.evaluations.indices.contains(index) { return nil }
        let lang = s.lang
        let L = { (m: Msg) in m.text(lang) }
        let e = index.map { p.evaluations[$0] }
        let m = (e?.criteriaSet ?? p.criteriaSet).partMaxima
        let max = L(.hintMax)
        return FormState(target: target, title: L(e == nil ? .formNewEvaluation : .formEditEvaluation) + " — " + p.name, fields: [
            FormField(.date, L(.lblEvaluationDate), .date(required: true), text: (e?.date ?? s.asOf).display, hint: "dd/mm/yyyy"),
            FormField(.councilLevel, L(.lblCouncil), .choice(FormBuilder.enumOptions(CouncilLevel.self, lang)), values: [(e?.councilLevel ?? .province).rawValue]),
            FormField(.criteriaSet, L(.lblCriteriaSet), .choice(FormBuilder.enumOptions(CriteriaSet.self, lang)), values: [(e?.criteriaSet ?? p.criteriaSet).rawValue]),
            FormField(.scoreA, L(.lblPartA), .integer(min: 0, max: m.a), text: e.map { "\($0.scoreA)" } ?? "", hint: max + " \(m.a)"),
            FormField(.scoreB, L(.lblPartB), .integer(min: 0, max: m.b), text: e.map { "\($0.scoreB)" } ?? "", hint: max + " \(m.b)"),
            FormField(.scoreC, L(.lblPartC), .integer(min: 0, max: m.c), text: e.map { "\($0.scoreC)" } ?? "", hint: max + " \(m.c)"),
            FormField(.decisionNumber, L(.lblDecisionNumber), .text(required: false), text: e?.decisionNumber ?? ""),
            FormField(.kind, L(.lblEvaluationKind), .choice(FormBuilder.enumOptions(EvaluationKind.self, lang)),
                      values: [(e?.kind ?? (p.evaluations.isEmpty ? EvaluationKind.first : .reevaluation)).rawValue],
                      hint: e == nil && p.cycleStep < .evaluation
                        ? Msg.hintStepChange.text(lang, p.cycleStep.rawValue, CycleStep.evaluation.rawValue) : nil),
        ], base: RecordCodec.canonical(p))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard case .evaluation(_, let index) = form.target, let o = FormBuilder.base(form, Product.self) else { return nil }
        let set = r.choice(.criteriaSet, CriteriaSet.self) ?? o.criteriaSet
        let a = r.int(.scoreA), b = r.int(.scoreB), c = r.int(.scoreC)
        let total = a + b + c
        let e = Evaluation(date: r.date(.date) ?? s.asOf, councilLevel: r.choice(.councilLevel, CouncilLevel.self) ?? .province, criteriaSet: set,
                           scoreA: a, scoreB: b, scoreC: c, total: total, stars: Rules.stars(forTotal: total),
                           decisionNumber: r.optionalText(.decisionNumber), kind: r.choice(.kind, EvaluationKind.self) ?? .first)
        if let index, o.evaluations.indices.contains(index) {
            return (RecordChange(before: o, after: Certification.correcting(at: index, with: e, on: o)), .editEvaluation)
        }
        return (RecordChange(before: o, after: Certification.recording(e, on: o)), .evaluation)
    }

    /// The part maxima and their hints follow the criteria set chosen.
    static func refreshDependents(_ form: inout FormState, _ s: AppState) {
        let lang = s.lang
        guard let set = form.field(.criteriaSet)?.values.first.flatMap(CriteriaSet.init(rawValue:)) else { return }
        let m = set.partMaxima
        for (key, max) in [(FieldKey.scoreA, m.a), (.scoreB, m.b), (.scoreC, m.c)] {
            if let i = form.index(of: key) {
                form.fields[i].kind = .integer(min: 0, max: max)
                form.fields[i].hint = Msg.hintMax.text(lang) + " \(max)"
            }
        }
    }

    /// What the line under the scores says.
    enum Live: Equatable {
        /// Every part typed is in range: the total so far and its stars.
        case score(total: Int, stars: Int)
        /// A part is beyond its maximum (or below 0): no total is shown, the part is named.
        case partOutOfRange(label: String, maximum: Int)

        /// The total and stars, when the parts are in range.
        var total: Int? { if case .score(let t, _) = self { t } else { nil } }
        var stars: Int? { if case .score(_, let s) = self { s } else { nil } }
    }

    /// The total and stars as typed so far — only when every part typed is within its criteria set's range,
    /// otherwise the part out of range; nil for other forms or before any score is typed.
    static func liveScore(_ form: FormState) -> Live? {
        guard case .evaluation = form.target else { return nil }
        let set = form.field(.criteriaSet)?.values.first.flatMap(CriteriaSet.init(rawValue:)) ?? .d148
        let m = set.partMaxima
        let keys: [(FieldKey, Int)] = [(.scoreA, m.a), (.scoreB, m.b), (.scoreC, m.c)]
        let parts = keys.map { Int(form.field($0.0)?.input.text.trimmingCharacters(in: .whitespaces) ?? "") }
        guard parts.contains(where: { $0 != nil }) else { return nil }
        for ((key, maximum), value) in zip(keys, parts) {
            if let v = value, v < 0 || v > maximum { return .partOutOfRange(label: form.field(key)?.label ?? key.rawValue, maximum: maximum) }
        }
        let r = Rules.score(a: parts[0] ?? 0, b: parts[1] ?? 0, c: parts[2] ?? 0, set: set)
        return .score(total: r.total, stars: r.stars)
    }

    /// The step an evaluation moves its product to, when it moves it (a new evaluation of a product before step 5).
    static func stepChange(_ change: RecordChange) -> (from: CycleStep, to: CycleStep)? {
        guard let b = change.before.flatMap({ try? JSONDecoder().decode(Product.self, from: $0) }),
              let a = change.decodedAfter(Product.self), a.cycleStep != b.cycleStep else { return nil }
        return (b.cycleStep, a.cycleStep)
    }
}

/// The form that takes a product out of the cycle, with a reason. A certified product keeps its certificate unless
/// it is revoked: the form then asks for the revocation (thu hồi) decision and its date, and records it.
enum RejectionForm: FormSpec {
    static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard case .reject(let productId) = target, let p = s.cache.index.product(productId) else { return nil }
        let L = { (m: Msg) in m.text(s.lang) }
        var fields = [
            FormField(.date, L(.lblDate), .date(required: true), text: s.asOf.display, hint: "dd/mm/yyyy"),
            FormField(.reason, L(.lblReason), .longText(required: true)),
        ]
        if Rules.isCertified(p, on: s.asOf) {
            fields.append(FormField(.decisionNumber, L(.lblRevocationDecision), .text(required: true), hint: L(.hintRevocation)))
        }
        return FormState(target: target, title: L(fields.count > 2 ? .formRejectRevoke : .formReject) + " — " + p.name, fields: fields,
                         base: RecordCodec.canonical(p))
    }

    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)? {
        guard let o = FormBuilder.base(form, Product.self) else { return nil }
        var p = o
        let date = r.date(.date) ?? s.asOf
        p.rejection = Rejection(date: date, reason: r.text(.reason))
        if form.field(.decisionNumber) != nil {
            p.certificate?.revokedOn = date
            p.certificate?.revocationDecision = r.text(.decisionNumber)
            return (RecordChange(before: o, after: p), .revoke)
        }
        return (RecordChange(before: o, after: p), .reject)
    }
}

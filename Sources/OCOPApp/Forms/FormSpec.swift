import Foundation
import OCOPModel
import OCOPText

/// The form of one record kind or quick action, in one place: its fields filled from the record, and the record
/// read back from the fields.
protocol FormSpec {
    /// The form for a target, filled from its record (or with defaults for a new one); nil when the record is gone.
    static func make(_ target: FormTarget, _ s: AppState) -> FormState?
    /// The change the form makes and how the journal names it; the reader collects a message per field that does
    /// not parse. Nil when the form's record is gone.
    static func change(_ form: FormState, _ r: inout FieldReader, _ s: AppState) -> (RecordChange, JournalAction)?
    /// Keeps fields that depend on others right (the part maxima follow the criteria set chosen).
    static func refreshDependents(_ form: inout FormState, _ s: AppState)
}

extension FormSpec {
    static func refreshDependents(_ form: inout FormState, _ s: AppState) {}
}

extension FormTarget {
    /// The form that handles the target.
    var spec: any FormSpec.Type {
        switch self {
        case .task: TaskForm.self
        case .action: TaskActionForm.self
        case .report: ProgressReportForm.self
        case .note: MeetingNoteForm.self
        case .producer: ProducerForm.self
        case .product: ProductForm.self
        case .evaluation: EvaluationForm.self
        case .reject: RejectionForm.self
        case .zone: ZoneForm.self
        case .chain: LinkageChainForm.self
        case .unit: AdminUnitForm.self
        case .agency: AgencyForm.self
        case .craftVillage: CraftVillageForm.self
        case .tourism: TourismModelForm.self
        }
    }
}

/// Building forms and turning them into record changes checked by the loader's own rules.
public enum FormBuilder {
    /// The options of a choice field over a domain enum.
    static func enumOptions<E: DomainEnum>(_: E.Type, _ lang: Language) -> [FieldOption] {
        E.allCases.map { FieldOption(value: $0.rawValue, label: $0.label(lang)) }
    }

    /// A decimal as a form shows it ("12,5").
    static func num(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v).replacingOccurrences(of: ".", with: ",")
    }

    /// The record a form started from, decoded.
    static func base<R: DatasetRecord>(_ form: FormState, _: R.Type) -> R? {
        form.base.flatMap { try? JSONDecoder().decode(R.self, from: $0) }
    }

    /// A form for a target; nil when its record is gone.
    public static func make(_ target: FormTarget, _ s: AppState) -> FormState? {
        guard var f = target.spec.make(target, s) else { return nil }
        target.spec.refreshDependents(&f, s)
        f.initial = f.fields.map(\.snapshot)
        return f
    }

    /// Keeps dependent fields right after a choice changed.
    static func refreshDependents(_ form: inout FormState, _ s: AppState) {
        form.target.spec.refreshDependents(&form, s)
    }

    /// What accepting a form gives: the change to save, or a message per field (and one for the whole form).
    public enum Outcome: Sendable {
        case change(RecordChange, action: JournalAction)
        case invalid([FieldKey: String], general: String?)
    }

    /// Reads the form, builds the record and checks it with the loader's rules.
    public static func build(_ form: FormState, _ s: AppState) -> Outcome {
        var r = FieldReader(form, s.lang)
        guard let (change, action) = form.target.spec.change(form, &r, s) else {
            return .invalid([:], general: Msg.recordGone.text(s.lang))
        }
        if !r.errors.isEmpty { return .invalid(r.errors, general: nil) }
        let problems = RecordValidation.problems(of: change, in: s.dataset, index: s.cache.index).filter { $0.severity == .error }
        if problems.isEmpty { return .change(change, action: action) }
        // A whole-record form names its fields by the record's own keys (path: file key, index, field, …); a quick
        // action's form by the keys of the part it adds (the last key of the path).
        var errors: [FieldKey: String] = [:]
        var general: [String] = []
        for p in problems {
            let keys = p.path.compactMap { c -> String? in if case .key(let k) = c { return k } else { return nil } }
            let name = (form.target.isWholeRecord ? (keys.count > 1 ? keys[1] : keys.last) : keys.last) ?? ""
            if let key = FieldKey(rawValue: name), form.field(key) != nil, errors[key] == nil {
                errors[key] = p.explanation(s.lang)
            } else {
                general.append(p.explanation(s.lang))
            }
        }
        return .invalid(errors, general: general.isEmpty ? nil : general.joined(separator: "; "))
    }
}

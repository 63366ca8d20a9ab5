import Foundation
import OCOPModel
import OCOPText
import TerminalCore

/// One option of a choice field: the value stored and the label shown.
public struct FieldOption: Sendable, Hashable {
    public var value: String
    public var label: String
}

/// Which records a reference field points to.
public enum RefTarget: Sendable, Hashable {
    case producer, commune, unit, agency, product, zone
}

/// The type of a form field, which decides how it is typed, shown and checked.
public enum FieldKind: Sendable {
    case text(required: Bool)
    case longText(required: Bool)
    case integer(min: Int, max: Int)
    case decimal(min: Double, max: Double?)
    case date(required: Bool)
    case choice([FieldOption])
    case multiChoice([FieldOption])
    case reference(RefTarget, required: Bool)
    case references(RefTarget)
    case flag

    /// Whether the field is typed into (text, numbers, dates) rather than chosen.
    public var isTyped: Bool {
        switch self {
        case .text, .longText, .integer, .decimal, .date: true
        default: false
        }
    }
}

/// One field of a form: what it holds (typed text or chosen values), its label, and its current message.
public struct FormField: Sendable {
    public var key: String
    public var label: String
    public var kind: FieldKind
    /// The text of a typed field.
    public var input: TextFieldState
    /// The chosen values of a choice, reference or flag field ("1" for a set flag).
    public var values: [String]
    /// The validation message shown beside the field, in the UI language.
    public var error: String?
    /// A short hint shown when there is no error (a maximum, a format).
    public var hint: String?

    /// A typed field with its starting text.
    init(_ key: String, _ label: String, _ kind: FieldKind, text: String = "", hint: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextFieldState(text)
        self.values = []
        self.hint = hint
    }

    /// A chosen field with its starting values.
    init(_ key: String, _ label: String, _ kind: FieldKind, values: [String], hint: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextFieldState()
        self.values = values
        self.hint = hint
    }

    /// What the field holds, for telling whether anything was typed.
    var snapshot: String { kind.isTyped ? input.text : values.joined(separator: "\u{1F}") }
}

/// What a form creates or changes.
public enum FormTarget: Sendable, Hashable, Codable {
    case task(id: String?), producer(id: String?), product(id: String?), zone(id: String?), unit(id: String?), agency(id: String?)
    case craftVillage(id: String?), tourism(id: String?)
    case action(taskId: String, actionId: String?), report(taskId: String, reportId: String?), note(taskId: String, noteId: String?)
    /// A new evaluation (index nil) or the evaluation at `index` of the product's list.
    case evaluation(productId: String, index: Int?)
    case reject(productId: String), chain(zoneId: String, chainId: String?)
}

/// A picker open over a choice or reference field.
public struct FieldPicker: Sendable {
    public var state: PickerState
    public var picker: ChoicePicker
    /// The value behind each option of the picker.
    public var values: [String]
    public var multi: Bool
}

/// A question the form asks before doing something that loses typing.
public enum FormQuestion: Sendable, Equatable {
    case discard, quit
}

/// An open form: its fields, focus, and what it is doing (picking, asking, saving, resolving a conflict).
public struct FormState: Sendable {
    public var target: FormTarget
    public var title: String
    public var fields: [FormField]
    public var focus = 0
    /// The record the form started from, canonical JSON (nil for a new record).
    public var base: Data?
    /// The field values when the form opened, to know whether anything was typed.
    var initial: [String]
    public var picker: FieldPicker?
    public var question: FormQuestion?
    public var questionState = ConfirmState()
    /// Someone else saved the same record since it was loaded: their version, waiting for the user's choice.
    public var conflict: EditConflict?
    /// A save is running in the background.
    public var saving = false
    /// The last failure (a save that did not work, or a rule that applies to no single field).
    public var error: String?
    /// The first field shown (the form scrolls when it has more fields than rows).
    public var scroll = 0

    init(target: FormTarget, title: String, fields: [FormField], base: Data?) {
        self.target = target
        self.title = title
        self.fields = fields
        self.base = base
        initial = fields.map(\.snapshot)
    }

    /// Whether anything differs from what the form opened with.
    public var isDirty: Bool { fields.map(\.snapshot) != initial }

    /// The field with a key.
    public func field(_ key: String) -> FormField? { fields.first { $0.key == key } }

    /// Sets a typed field's text (as typing would).
    public mutating func setText(_ key: String, _ text: String) {
        if let i = fields.firstIndex(where: { $0.key == key }) { fields[i].input.set(text) }
    }
}

/// Reads typed values out of a form's fields, collecting a message per field that does not parse.
struct FieldReader {
    var form: FormState
    let lang: Language
    var errors: [String: String] = [:]

    init(_ form: FormState, _ lang: Language) {
        self.form = form
        self.lang = lang
    }

    func raw(_ key: String) -> FormField? { form.field(key) }

    mutating func fail(_ key: String, _ vi: String, _ en: String) {
        if errors[key] == nil { errors[key] = lang == .vi ? vi : en }
    }

    mutating func text(_ key: String) -> String {
        guard let f = raw(key) else { return "" }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        switch f.kind {
        case .text(let req), .longText(let req):
            if req && t.isEmpty { fail(key, "Bắt buộc nhập", "Required") }
        default: break
        }
        return t
    }

    mutating func optionalText(_ key: String) -> String? {
        let t = text(key)
        return t.isEmpty ? nil : t
    }

    mutating func int(_ key: String) -> Int {
        guard let f = raw(key), case .integer(let lo, let hi) = f.kind else { return 0 }
        let t = f.input.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "")
        guard !t.isEmpty else { fail(key, "Bắt buộc nhập", "Required"); return 0 }
        guard let v = Int(t) else { fail(key, "Cần một số nguyên", "Needs a whole number"); return 0 }
        if v < lo || v > hi {
            fail(key, "Phải từ \(lo) đến \(hi)", "Must be \(lo) to \(hi)")
        }
        return v
    }

    mutating func decimal(_ key: String) -> Double {
        guard let f = raw(key), case .decimal(let lo, let hi) = f.kind else { return 0 }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { fail(key, "Bắt buộc nhập", "Required"); return 0 }
        guard let v = FieldReader.parseDecimal(t) else { fail(key, "Cần một số, ví dụ 12,5", "Needs a number, e.g. 12.5"); return 0 }
        if v < lo { fail(key, "Không được nhỏ hơn \(Format.number(lo, decimals: 1, lang))", "Must be at least \(Format.number(lo, decimals: 1, lang))") }
        if let hi, v > hi { fail(key, "Không được lớn hơn \(Format.number(hi, decimals: 1, lang))", "Must be at most \(Format.number(hi, decimals: 1, lang))") }
        return v
    }

    /// "12,5", "12.5", "1.234,5" and "1,234.5" all read as numbers.
    static func parseDecimal(_ t: String) -> Double? {
        var s = t.replacingOccurrences(of: " ", with: "")
        if s.contains(",") && s.contains(".") {
            if s.lastIndex(of: ",")! > s.lastIndex(of: ".")! {
                s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else {
                s = s.replacingOccurrences(of: ",", with: "")
            }
        } else {
            s = s.replacingOccurrences(of: ",", with: ".")
        }
        guard let v = Double(s), v.isFinite else { return nil }
        return v
    }

    mutating func date(_ key: String) -> CivilDate? {
        guard let f = raw(key), case .date(let req) = f.kind else { return nil }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty {
            if req { fail(key, "Bắt buộc nhập (dd/mm/yyyy)", "Required (dd/mm/yyyy)") }
            return nil
        }
        guard let d = CivilDate.parse(t) else { fail(key, "Ngày không hợp lệ — nhập dd/mm/yyyy", "Not a valid date — type dd/mm/yyyy"); return nil }
        return d
    }

    mutating func choice<E: RawRepresentable>(_ key: String, _: E.Type) -> E? where E.RawValue == String {
        guard let v = raw(key)?.values.first else { fail(key, "Chọn một giá trị", "Choose a value"); return nil }
        return E(rawValue: v)
    }

    func multi<E: RawRepresentable>(_ key: String, _: E.Type) -> [E] where E.RawValue == String {
        (raw(key)?.values ?? []).compactMap(E.init(rawValue:))
    }

    mutating func ref(_ key: String) -> String? {
        guard let f = raw(key) else { return nil }
        if case .reference(_, true) = f.kind, f.values.isEmpty { fail(key, "Chọn một bản ghi", "Choose a record") }
        return f.values.first
    }

    func refs(_ key: String) -> [String] { raw(key)?.values ?? [] }

    func flag(_ key: String) -> Bool { raw(key)?.values.first == "1" }

    /// "kind: value; kind: value" typed into a text field, as pairs.
    mutating func pairs(_ key: String) -> [(String, String)] {
        let t = text(key)
        var out: [(String, String)] = []
        for part in t.split(separator: ";") {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            guard let colon = item.firstIndex(of: ":") ?? item.firstIndex(of: "=") else {
                fail(key, "Thiếu dấu \":\" trong \"\(item)\"", "Missing \":\" in \"\(item)\"")
                continue
            }
            out.append((item[..<colon].trimmingCharacters(in: .whitespaces), item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        return out
    }

    /// A domain value from its Vietnamese or English label or its raw value, ignoring diacritics and case.
    static func enumValue<E: DomainEnum>(_ text: String, _: E.Type) -> E? {
        let f = TextFolding.fold(text)
        return E.allCases.first { TextFolding.fold($0.vi) == f || TextFolding.fold($0.en) == f || TextFolding.fold($0.rawValue) == f }
    }

    /// A comma-separated list typed into a text field.
    mutating func list(_ key: String) -> [String] {
        text(key).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// What was typed into an open form, kept on disk beside the data while the form is open, so that a killed
/// process or a closed terminal loses no typing: the next start offers it back.
public struct FormDraft: Codable, Sendable, Equatable {
    public var target: FormTarget
    public var title: String
    /// The record the form started from (a restored form still detects a colleague's change since then).
    public var base: Data?
    /// Each field's typed text, or its chosen values.
    public var values: [String: [String]]
    public var focus: Int
    public var savedAt: String

    /// The draft of a form.
    public init(_ f: FormState, savedAt: String) {
        target = f.target
        title = f.title
        base = f.base
        values = Dictionary(uniqueKeysWithValues: f.fields.map { ($0.key, $0.kind.isTyped ? [$0.input.text] : $0.values) })
        focus = f.focus
        self.savedAt = savedAt
    }

    /// The form as it was: built afresh for its target, then given back what was typed and its original base.
    public func restore(into form: FormState) -> FormState {
        var f = form
        for i in f.fields.indices {
            guard let v = values[f.fields[i].key] else { continue }
            if f.fields[i].kind.isTyped { f.fields[i].input.set(v.first ?? "") } else { f.fields[i].values = v }
        }
        f.base = base
        f.focus = min(max(0, focus), f.fields.count - 1)
        return f
    }
}

import Foundation
import OCOPModel
import TerminalCore

/// What a form creates or changes.
public enum FormTarget: Sendable, Hashable, Codable {
    case task(id: String?), producer(id: String?), product(id: String?), zone(id: String?), unit(id: String?), agency(id: String?)
    case craftVillage(id: String?), tourism(id: String?)
    case action(taskId: String, actionId: String?), report(taskId: String, reportId: String?), note(taskId: String, noteId: String?)
    /// A new evaluation (index nil) or the evaluation at `index` of the product's list.
    case evaluation(productId: String, index: Int?)
    case reject(productId: String), chain(zoneId: String, chainId: String?)

    /// Whether the form edits a whole record (its fields are the record's own keys) rather than a part of one.
    var isWholeRecord: Bool {
        switch self {
        case .task, .producer, .product, .zone, .unit, .agency, .craftVillage, .tourism: true
        default: false
        }
    }
}

/// A picker open over a choice or reference field.
public struct FieldPicker: Sendable {
    public var state: PickerState
    public var picker: ChoicePicker
    /// The value behind each option of the picker.
    public var values: [String]
    public var multi: Bool
}

/// A question the form asks before doing something that loses typing, or before a save that does more than the
/// form shows (an evaluation that moves the product to the evaluation step).
public enum FormQuestion: Sendable, Equatable {
    case discard, quit
    /// Saving moves the product from one cycle step to another: the change waits for a yes.
    case saveMovingStep(from: CycleStep, to: CycleStep, RecordChange, JournalAction)
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
    public func field(_ key: FieldKey) -> FormField? { fields.first { $0.key == key } }

    /// The position of the field with a key.
    public func index(of key: FieldKey) -> Int? { fields.firstIndex { $0.key == key } }

    /// Sets a typed field's text (as typing would).
    public mutating func setText(_ key: FieldKey, _ text: String) {
        if let i = index(of: key) { fields[i].input.set(text) }
    }

    /// The focused field.
    var focused: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }
}

import OCOPModel
import TerminalCore

/// The name of a form field: one case per field any form shows, so that a misspelt key does not compile.
/// The raw value is the record's JSON key (loader problems name fields by it; drafts store values under it).
public enum FieldKey: String, Sendable, Hashable, Codable, CaseIterable {
    case agencyId, approvedByProvince, areaHa, author, certifiedAreas, commodity, communeId, communeIds, competitiveness
    case completedOn, cooperatives, coordinatingAgencyIds, councilLevel, craft, criteriaSet, cycleStep, date, deadline
    case decisionNumber, doneDate, dueDate, efficiency, enterprises, group, highTech, households, kind, leadAgencyId
    case leadName, leadProducerId, level, market, marks, name, narrative, ongoing, operatorName, operatorProducerId
    case ordinal, ownerAgencyId, parentId, period, periodKind, plantingAreaCodes, producerId, productIds, progress
    case qualityValue, reason, recognition, recognizedOn, registeredYear, registrationNumber, representative
    case scoreA, scoreB, scoreC, shortName, shortTitle, shortTitleEn, standards, subgroup, text, title, type
    case validFrom, validTo, zoneId, zoneIds, successorIds
}

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

    /// Whether the field is a long text, shown over three rows.
    public var isLongText: Bool {
        if case .longText = self { return true }
        return false
    }

    /// Whether the form marks the field as required.
    public var isRequired: Bool {
        switch self {
        case .text(let r), .longText(let r), .date(let r), .reference(_, let r): r
        case .integer, .decimal: true
        default: false
        }
    }
}

/// One field of a form: what it holds (typed text or chosen values), its label, and its current message.
public struct FormField: Sendable {
    public var key: FieldKey
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
    init(_ key: FieldKey, _ label: String, _ kind: FieldKind, text: String = "", hint: String? = nil) {
        self.key = key
        self.label = label
        self.kind = kind
        self.input = TextFieldState(text)
        self.values = []
        self.hint = hint
    }

    /// A chosen field with its starting values.
    init(_ key: FieldKey, _ label: String, _ kind: FieldKind, values: [String], hint: String? = nil) {
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

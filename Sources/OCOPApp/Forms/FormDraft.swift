import Foundation
import OCOPModel

/// What was typed into an open form, kept on disk beside the data while the form is open, so that a killed
/// process or a closed terminal loses no typing: the next start offers it back.
public struct FormDraft: Codable, Sendable, Equatable {
    public var target: FormTarget
    public var title: String
    /// The record the form started from (a restored form still detects a colleague's change since then).
    public var base: Data?
    /// Each field's typed text, or its chosen values, under the field's key.
    public var values: [String: [String]]
    public var focus: Int
    public var savedAt: String

    /// The draft of a form.
    public init(_ f: FormState, savedAt: String) {
        target = f.target
        title = f.title
        base = f.base
        values = Dictionary(uniqueKeysWithValues: f.fields.map { ($0.key.rawValue, $0.kind.isTyped ? [$0.input.text] : $0.values) })
        focus = f.focus
        self.savedAt = savedAt
    }

    /// The form as it was: built afresh for its target, then given back what was typed and its original base.
    public func restore(into form: FormState) -> FormState {
        var f = form
        for i in f.fields.indices {
            guard let v = values[f.fields[i].key.rawValue] else { continue }
            if f.fields[i].kind.isTyped { f.fields[i].input.set(v.first ?? "") } else { f.fields[i].values = v }
        }
        f.base = base
        f.focus = min(max(0, focus), f.fields.count - 1)
        return f
    }
}

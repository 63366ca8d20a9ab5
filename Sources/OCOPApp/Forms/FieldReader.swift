import Foundation
import OCOPModel
import OCOPText

/// Reads typed values out of a form's fields, collecting a message per field that does not parse.
struct FieldReader {
    var form: FormState
    let lang: Language
    var errors: [FieldKey: String] = [:]

    init(_ form: FormState, _ lang: Language) {
        self.form = form
        self.lang = lang
    }

    func raw(_ key: FieldKey) -> FormField? { form.field(key) }

    /// Records the first message for a field.
    mutating func fail(_ key: FieldKey, _ msg: Msg, _ args: CustomStringConvertible...) {
        if errors[key] == nil { errors[key] = msg.text(lang, args) }
    }

    mutating func text(_ key: FieldKey) -> String {
        guard let f = raw(key) else { return "" }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        switch f.kind {
        case .text(let req), .longText(let req):
            if req && t.isEmpty { fail(key, .fieldRequired) }
        default: break
        }
        return t
    }

    mutating func optionalText(_ key: FieldKey) -> String? {
        let t = text(key)
        return t.isEmpty ? nil : t
    }

    mutating func int(_ key: FieldKey) -> Int {
        guard let f = raw(key), case .integer(let lo, let hi) = f.kind else { return 0 }
        let t = f.input.text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ".", with: "")
        guard !t.isEmpty else { fail(key, .fieldRequired); return 0 }
        guard let v = Int(t) else { fail(key, .fieldWholeNumber); return 0 }
        if v < lo || v > hi { fail(key, .fieldBetween, lo, hi) }
        return v
    }

    mutating func decimal(_ key: FieldKey) -> Double {
        guard let f = raw(key), case .decimal(let lo, let hi) = f.kind else { return 0 }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        guard !t.isEmpty else { fail(key, .fieldRequired); return 0 }
        guard let v = FieldReader.parseDecimal(t) else { fail(key, .fieldNumber); return 0 }
        if v < lo { fail(key, .fieldAtLeast, Format.number(lo, decimals: 1, lang)) }
        if let hi, v > hi { fail(key, .fieldAtMost, Format.number(hi, decimals: 1, lang)) }
        return v
    }

    /// "12,5", "12.5", "1.234,5" and "1,234.5" all read as numbers.
    static func parseDecimal(_ t: String) -> Double? {
        var s = t.replacingOccurrences(of: " ", with: "")
        if let comma = s.lastIndex(of: ","), let dot = s.lastIndex(of: ".") {
            s = comma > dot ? s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
                            : s.replacingOccurrences(of: ",", with: "")
        } else {
            s = s.replacingOccurrences(of: ",", with: ".")
        }
        guard let v = Double(s), v.isFinite else { return nil }
        return v
    }

    mutating func date(_ key: FieldKey) -> CivilDate? {
        guard let f = raw(key), case .date(let req) = f.kind else { return nil }
        let t = f.input.text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty {
            if req { fail(key, .fieldDateRequired) }
            return nil
        }
        guard let d = CivilDate.parse(t) else { fail(key, .fieldDateInvalid); return nil }
        return d
    }

    mutating func choice<E: RawRepresentable>(_ key: FieldKey, _: E.Type) -> E? where E.RawValue == String {
        guard let v = raw(key)?.values.first else { fail(key, .fieldChoose); return nil }
        return E(rawValue: v)
    }

    func multi<E: RawRepresentable>(_ key: FieldKey, _: E.Type) -> [E] where E.RawValue == String {
        (raw(key)?.values ?? []).compactMap(E.init(rawValue:))
    }

    mutating func ref(_ key: FieldKey) -> String? {
        guard let f = raw(key) else { return nil }
        if case .reference(_, true) = f.kind, f.values.isEmpty { fail(key, .fieldChooseRecord) }
        return f.values.first
    }

    func refs(_ key: FieldKey) -> [String] { raw(key)?.values ?? [] }

    func flag(_ key: FieldKey) -> Bool { raw(key)?.values.first == "1" }

    /// "kind: value; kind: value" typed into a text field, as pairs.
    mutating func pairs(_ key: FieldKey) -> [(String, String)] {
        let t = text(key)
        var out: [(String, String)] = []
        for part in t.split(separator: ";") {
            let item = part.trimmingCharacters(in: .whitespaces)
            guard !item.isEmpty else { continue }
            guard let colon = item.firstIndex(of: ":") ?? item.firstIndex(of: "=") else {
                fail(key, .fieldMissingColon, item)
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
    mutating func list(_ key: FieldKey) -> [String] {
        text(key).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

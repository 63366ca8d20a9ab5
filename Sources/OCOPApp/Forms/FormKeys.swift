import Foundation
import OCOPModel
import TerminalCore
import OCOPText

extension AppState {
    /// A form action from the keymap (moving, saving, cancelling, changing a chosen field).
    mutating func formAction(_ action: Action) -> [Effect] {
        guard var f = form else { return [] }
        if f.saving {
            message = Msg.saving.text(lang)
            return []
        }
        let i = f.focus
        var effects: [Effect] = []
        switch action {
        case .nextField:
            check(&f, i, leaving: true)
            f.focus = (i + 1) % f.fields.count
        case .prevField:
            check(&f, i, leaving: true)
            f.focus = (i + f.fields.count - 1) % f.fields.count
        case .save: effects = accept(&f)
        case .cancelForm:
            if f.isDirty {
                f.question = .discard
                f.questionState = ConfirmState()
            } else {
                form = nil
                return []
            }
        case .quitForm:
            if f.isDirty {
                f.question = .quit
                f.questionState = ConfirmState()
            } else {
                return [.quit]
            }
        case .toggleFlag: f.fields[i].values = f.fields[i].values.first == "1" ? [] : ["1"]
        case .choicePrev, .choiceNext:
            guard case .choice(let opts) = f.fields[i].kind, !opts.isEmpty else { break }
            let cur = opts.firstIndex { $0.value == f.fields[i].values.first } ?? 0
            f.fields[i].values = [opts[(cur + (action == .choicePrev ? opts.count - 1 : 1)) % opts.count].value]
            FormBuilder.refreshDependents(&f, self)
        case .clearValue: f.fields[i].values = []
        case .removeLast: if !f.fields[i].values.isEmpty { f.fields[i].values.removeLast() }
        case .pickValue: f.picker = fieldPicker(f.fields[i], query: "")
        default: break
        }
        form = f
        return effects
    }

    /// An editing key in a form: into the picker's query, or into the focused typed field.
    mutating func formEditKey(_ key: Key) {
        guard var f = form, !f.saving else { return }
        if var p = f.picker {
            if p.state.query.handle(.key(key)) { p.picker.refresh(&p.state) }
            f.picker = p
        } else if f.fields.indices.contains(f.focus), f.fields[f.focus].kind.isTyped {
            if f.fields[f.focus].input.handle(.key(key)) { check(&f, f.focus, leaving: false) }
        }
        form = f
    }

    /// Typed text (a paste, or composed Vietnamese) into the form.
    mutating func formText(_ s: String) {
        guard var f = form, !f.saving, f.conflict == nil, f.question == nil else { return }
        if var p = f.picker {
            p.state.query.insert(s)
            p.picker.refresh(&p.state)
            f.picker = p
        } else if f.fields[f.focus].kind.isTyped {
            f.fields[f.focus].input.insert(s)
            check(&f, f.focus, leaving: false)
        } else if case .flag = f.fields[f.focus].kind {
        } else {
            f.picker = fieldPicker(f.fields[f.focus], query: s)
        }
        form = f
    }

    /// Opens the focused field's picker with a query already typed.
    mutating func openFieldPicker(query: String) {
        guard var f = form, f.fields.indices.contains(f.focus) else { return }
        f.picker = fieldPicker(f.fields[f.focus], query: query)
        form = f
    }

    /// A key in a field's picker: move, choose (toggle in a multi-choice list), close.
    mutating func fieldPickerAction(_ action: Action, key: Key) -> [Effect] {
        guard var f = form, var p = f.picker else { return [] }
        switch action {
        case .down: p.state.list.selected = min(p.state.list.selected + 1, max(0, p.state.matched.count - 1))
        case .up: p.state.list.selected = max(0, p.state.list.selected - 1)
        case .pickerClose:
            f.picker = nil
            form = f
            return []
        case .pickerToggle where !p.multi || !p.state.query.text.isEmpty:
            // Space chooses in a multi-choice list until a query is typed; then it is part of the query.
            p.state.query.insert(" ")
            p.picker.refresh(&p.state)
        case .pickerChoose, .pickerToggle:
            guard let i = p.picker.selectedOption(p.state) else { break }
            let v = p.values[i]
            if p.multi {
                if let at = f.fields[f.focus].values.firstIndex(of: v) { f.fields[f.focus].values.remove(at: at) } else { f.fields[f.focus].values.append(v) }
                p.picker = markedPicker(p, chosen: f.fields[f.focus].values)
            } else {
                f.fields[f.focus].values = [v]
                f.fields[f.focus].error = nil
                f.picker = nil
                FormBuilder.refreshDependents(&f, self)
                // A product's commune defaults to its producer's.
                if f.fields[f.focus].key == .producerId, let c = f.index(of: .communeId), f.fields[c].values.isEmpty,
                   let commune = cache.index.producerById[v]?.communeId {
                    f.fields[c].values = [commune]
                    f.fields[c].error = nil
                }
                form = f
                return []
            }
        default: break
        }
        f.picker = p
        form = f
        return []
    }

    /// Re-checks one field as typed (format and range now; "required" once the user leaves it).
    func check(_ f: inout FormState, _ i: Int, leaving: Bool) {
        let field = f.fields[i]
        var r = FieldReader(f, lang)
        switch field.kind {
        case .text, .longText: _ = r.text(field.key)
        case .integer: _ = r.int(field.key)
        case .decimal: _ = r.decimal(field.key)
        case .date: _ = r.date(field.key)
        case .reference: _ = r.ref(field.key)
        default: break
        }
        let e = r.errors[field.key]
        let empty = field.kind.isTyped && field.input.text.trimmingCharacters(in: .whitespaces).isEmpty
        f.fields[i].error = (!leaving && empty) ? nil : e
    }

    /// Accepting: every field checked, then the record with the loader's rules; saving only when all is well.
    mutating func accept(_ f: inout FormState) -> [Effect] {
        switch FormBuilder.build(f, self) {
        case .invalid(let errors, let general):
            for k in f.fields.indices { f.fields[k].error = errors[f.fields[k].key] }
            f.error = general
            if let first = f.fields.firstIndex(where: { $0.error != nil }) { f.focus = first }
            message = Msg.notSavedProblems.text(lang, errors.count + (general == nil ? 0 : 1))
            return []
        case .change(let change, let action):
            f.error = nil
            // An evaluation that moves its product to another step says so and asks first.
            if case .evaluation = f.target, let (from, to) = EvaluationForm.stepChange(change) {
                f.question = .saveMovingStep(from: from, to: to, change, action)
                f.questionState = ConfirmState(focused: 1)
                return []
            }
            f.saving = true
            return [.commit(change, action: action, origin: .form)]
        }
    }

    /// A picker over the options of a choice or reference field.
    func fieldPicker(_ field: FormField, query: String) -> FieldPicker? {
        var labels: [String] = []
        var values: [String] = []
        var folded: PackedBytes?
        var multi = false
        let ds = dataset
        switch field.kind {
        case .choice(let o): labels = o.map(\.label); values = o.map(\.value)
        case .multiChoice(let o): labels = o.map(\.label); values = o.map(\.value); multi = true
        case .reference(let t, _), .references(let t):
            if case .references = field.kind { multi = true }
            switch t {
            case .producer: labels = ds.producers.map(\.name); values = ds.producers.map(\.id); folded = cache.producerBytes
            case .product: labels = ds.products.map(\.name); values = ds.products.map(\.id); folded = cache.productBytes
            case .zone: labels = ds.zones.map(\.name); values = ds.zones.map(\.id)
            case .agency: labels = ds.agencies.map { "\($0.shortName) — \($0.name)" }; values = ds.agencies.map(\.id)
            case .commune:
                // Communes valid on the as-of date first, with their area; those gone by then last, saying what they became.
                let communes = ds.units.filter { $0.level.isCommuneLevel }
                let valid = communes.filter { UnitTimeline.isValid($0, on: asOf) }, gone = communes.filter { !UnitTimeline.isValid($0, on: asOf) }
                labels = valid.map { "\($0.level.label(lang)) \($0.name) — \(areaName(ofCommune: $0.id))" }
                    + gone.map { "\($0.level.label(lang)) \($0.name) " + Msg.notValidOnDateMark.text(lang, asOf.display, unitLabel(cache.places.commune(onDate: $0.id))) }
                values = (valid + gone).map(\.id)
            case .unit:
                // Units that ended before the as-of date say so (two provinces named Đồng Nai, a thị xã of 2019 …).
                labels = ds.units.map { u in
                    "\(u.level.label(lang)) \(u.name)" + (u.validTo.map { $0 < asOf ? " " + Msg.unitEnded.text(lang, $0.display) : "" } ?? "")
                }
                values = ds.units.map(\.id)
            }
        default: return nil
        }
        var p = FieldPicker(state: PickerState(), picker: folded.map { ChoicePicker(title: field.label, options: labels, foldedBytes: $0) } ?? ChoicePicker(title: field.label, options: labels), values: values, multi: multi)
        if multi { p.picker = markedPicker(p, chosen: field.values) }
        p.state.query.insert(query)
        p.picker.refresh(&p.state)
        if !multi, query.isEmpty, let cur = field.values.first, let at = values.firstIndex(of: cur), let pos = p.state.matched.firstIndex(of: at) {
            p.state.list.selected = pos
        }
        return p
    }

    /// A multi-choice picker whose options show ✔ when chosen (matching keeps using the bare labels).
    func markedPicker(_ p: FieldPicker, chosen: [String]) -> ChoicePicker {
        let set = Set(chosen)
        var picker = p.picker
        picker.options = PickerLabels(p.values.indices.map { (set.contains(p.values[$0]) ? "✔ " : "  ") + bare(p.picker.options[$0]) })
        return picker
    }

    func bare(_ label: String) -> String {
        label.hasPrefix("✔ ") || label.hasPrefix("  ") ? String(label.dropFirst(2)) : label
    }

    /// What the field shows for its chosen values.
    public func display(_ field: FormField) -> String {
        let idx = cache.index
        func name(_ t: RefTarget, _ id: String) -> String {
            switch t {
            case .producer: return idx.producerById[id]?.name ?? id
            case .product: return idx.product(id)?.name ?? id
            case .zone: return idx.zoneById[id]?.name ?? id
            case .agency: return idx.agencyById[id].map { $0.shortName } ?? id
            case .commune, .unit: return idx.unitById[id].map { "\($0.level.label(lang)) \($0.name)" } ?? id
            }
        }
        switch field.kind {
        case .choice(let o), .multiChoice(let o):
            let s = field.values.map { v in o.first { $0.value == v }?.label ?? v }.joined(separator: ", ")
            return s.isEmpty ? "—" : s
        case .reference(let t, _), .references(let t):
            let s = field.values.map { name(t, $0) }.joined(separator: ", ")
            return s.isEmpty ? "—" : s
        case .flag: return field.values.first == "1" ? "[x] " + Msg.yes.text(lang) : "[ ] " + Msg.no.text(lang)
        default: return field.input.text
        }
    }
}

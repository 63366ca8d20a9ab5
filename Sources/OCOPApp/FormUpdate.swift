import Foundation
import OCOPModel
import OCOPText
import TerminalCore

/// Where a commit came from, which decides what happens when it lands.
public enum CommitOrigin: Sendable, Equatable {
    /// An accepted form (closes on success, stays open with the typing on failure).
    case form
    /// A quick action without a form (next step, action done, delete).
    case quick
    case undo, redo
}

/// A change that was saved, for undo and redo.
public struct UndoItem: Sendable {
    public var change: RecordChange
    public var action: String
}

/// An entry of a chooser: a form to open or a change to commit.
public enum ChooserItem: Sendable {
    case form(FormTarget)
    case change(RecordChange, action: String)
}

extension AppState {
    /// The record under the cursor: the open detail, or the selected row or card of the pane.
    public var focusedRoute: Route? {
        if let r = route { return r }
        if pane == .products && productBoard {
            let cards = boardCards(column: boardColumn)
            return cards.indices.contains(boardRow[boardColumn]) ? .product(cards[boardRow[boardColumn]]) : nil
        }
        guard pane != .overview, let rec = selectedRecord(pane) else { return nil }
        return PaneTables.spec(pane, self).route(rec)
    }

    mutating func readOnlyRefusal() -> [Effect] {
        message = lang == .vi ? "Chế độ chỉ đọc (--read-only): không sửa được dữ liệu" : "Read-only (--read-only): editing is off"
        return []
    }

    /// Opens a form, or says why it cannot be.
    mutating func openForm(_ target: FormTarget) {
        guard var f = FormBuilder.make(target, self) else {
            message = lang == .vi ? "Bản ghi không còn nữa" : "The record no longer exists"
            return
        }
        FormBuilder.refreshDependents(&f, lang)
        form = f
    }

    /// Opens a form again with what was typed before the last session ended.
    mutating func restore(_ draft: FormDraft) {
        guard let fresh = FormBuilder.make(draft.target, self) else {
            message = lang == .vi ? "Bản ghi của biểu mẫu không còn nữa" : "The form's record no longer exists"
            return
        }
        var f = draft.restore(into: fresh)
        FormBuilder.refreshDependents(&f, lang)
        form = f
        message = lang == .vi ? "Đã khôi phục biểu mẫu chưa lưu" : "The unsaved form is back"
    }

    /// Carries out an editing action from the keymap.
    mutating func performEdit(_ action: Action) -> [Effect] {
        if readOnly { return readOnlyRefusal() }
        let r = focusedRoute
        let ds = dataset
        switch action {
        case .add:
            switch pane {
            case .tasks: openForm(.task(id: nil))
            case .products: openForm(.product(id: nil))
            case .zones: openForm(.zone(id: nil))
            case .producers: openForm(.producer(id: nil))
            case .districts: openForm(.unit(id: nil))
            case .villages:
                openChooser(lang == .vi ? "Thêm gì?" : "Add what?", [
                    (Msg.craftVillage.text(lang), .form(.craftVillage(id: nil))),
                    (Msg.tourismModel.text(lang), .form(.tourism(id: nil))),
                ])
            case .overview:
                message = lang == .vi ? "Chọn một khung (2–7) để thêm bản ghi" : "Choose a pane (2–7) to add a record"
            }
        case .edit:
            guard let t = r.flatMap(editTarget) else { return nothingSelected() }
            openForm(t)
        case .delete:
            guard let r, let change = deletion(of: r) else { return nothingSelected() }
            requestDelete(change, title: DetailView.title(for: r, self))
        case .undo:
            guard let last = undoStack.last else {
                message = lang == .vi ? "Không có gì để hoàn tác" : "Nothing to undo"
                return []
            }
            let inverse = last.change.inverse
            // Taking back an add deletes: not while other records (added since) point to it.
            if inverse.after == nil, !References.referrers(of: inverse.file, id: inverse.id, in: ds).isEmpty {
                message = lang == .vi ? "Không hoàn tác được: đã có bản ghi khác trỏ tới bản ghi vừa thêm" : "Cannot undo: other records now point to the record that was added"
                return []
            }
            return [.commit(inverse, action: "undo", origin: .undo)]
        case .redo:
            guard let last = redoStack.last else {
                message = lang == .vi ? "Không có gì để làm lại" : "Nothing to redo"
                return []
            }
            return [.commit(last.change, action: "redo", origin: .redo)]
        case .manageReports, .manageNotes:
            guard case .task(let i)? = r else { return nothingSelected() }
            let t = ds.tasks[i]
            let vi = lang == .vi
            if action == .manageReports {
                guard !t.reports.isEmpty else { message = vi ? "Nhiệm vụ chưa có báo cáo (r để thêm)" : "No reports yet (r adds one)"; return [] }
                openChooser(vi ? "Báo cáo nào? (Enter sửa, Del xoá)" : "Which report? (Enter edits, Del deletes)",
                            t.reports.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map { rep in
                                ("\(rep.date.display) · \(rep.period) · \(rep.narrative)", .form(.report(taskId: t.id, reportId: rep.id)))
                            })
            } else {
                guard !t.notes.isEmpty else { message = vi ? "Nhiệm vụ chưa có ghi chú (m để thêm)" : "No notes yet (m adds one)"; return [] }
                openChooser(vi ? "Ghi chú nào? (Enter sửa, Del xoá)" : "Which note? (Enter edits, Del deletes)",
                            t.notes.sorted { ($0.date, $0.id) > ($1.date, $1.id) }.map { n in
                                ("\(n.date.display) · \(n.kind.label(lang)) · \(n.text)", .form(.note(taskId: t.id, noteId: n.id)))
                            })
            }
        case .report, .note, .updateAction, .actionDone:
            guard case .task(let i)? = r else { return nothingSelected() }
            let t = ds.tasks[i]
            switch action {
            case .report: openForm(.report(taskId: t.id, reportId: nil))
            case .note: openForm(.note(taskId: t.id, noteId: nil))
            case .updateAction:
                openChooser(lang == .vi ? "Hành động nào? (Enter sửa, Del xoá)" : "Which action? (Enter edits, Del deletes)",
                            [(lang == .vi ? "＋ Thêm hành động mới" : "＋ New action", .form(.action(taskId: t.id, actionId: nil)))]
                            + t.actions.map { a in ("\(a.title) — \(a.progress)%" + (a.doneDate != nil ? " ✔" : ""), .form(.action(taskId: t.id, actionId: a.id))) })
            default:
                let open = t.actions.filter { $0.doneDate == nil }
                if open.isEmpty {
                    message = lang == .vi ? "Mọi hành động của nhiệm vụ này đã xong" : "Every action of this task is done"
                    return []
                }
                openChooser(lang == .vi ? "Đánh dấu xong hành động nào?" : "Mark which action done?", open.map { a in
                    var done = t
                    if let j = done.actions.firstIndex(where: { $0.id == a.id }) {
                        done.actions[j].doneDate = asOf
                        done.actions[j].progress = 100
                    }
                    return ("\(a.title) — \(a.progress)%", .change(RecordChange(before: t, after: done), action: "action-done"))
                })
            }
        case .nextStep, .reject, .evaluate, .manageEvaluations:
            guard case .product(let i)? = r else { return nothingSelected() }
            let p = ds.products[i]
            switch action {
            case .nextStep:
                guard p.rejection == nil else {
                    message = lang == .vi ? "Sản phẩm đã bị loại; sửa (e) để đưa lại vào chu trình" : "The product was rejected; edit it (e) to bring it back"
                    return []
                }
                guard let next = CycleStep(rawValue: p.cycleStep.rawValue + 1) else {
                    message = lang == .vi ? "Sản phẩm đã ở bước cuối" : "The product is at the last step"
                    return []
                }
                var moved = p
                moved.cycleStep = next
                return [.commit(RecordChange(before: p, after: moved), action: "next-step", origin: .quick)]
            case .reject: openForm(.reject(productId: p.id))
            case .manageEvaluations:
                guard !p.evaluations.isEmpty else {
                    message = lang == .vi ? "Sản phẩm chưa có kết quả đánh giá (c để chấm điểm)" : "No evaluations yet (c records one)"
                    return []
                }
                openChooser(lang == .vi ? "Kết quả đánh giá nào? (Enter sửa, Del xoá)" : "Which evaluation? (Enter edits, Del deletes)",
                            p.evaluations.indices.reversed().map { k in
                                let e = p.evaluations[k]
                                return ("\(e.date.display) · A \(e.scoreA) + B \(e.scoreB) + C \(e.scoreC) = \(e.total) → \(Format.stars(e.stars)) · \(e.councilLevel.label(lang))",
                                        .form(.evaluation(productId: p.id, index: k)))
                            })
            default: openForm(.evaluation(productId: p.id, index: nil))
            }
        case .addChain:
            guard case .zone(let i)? = r else { return nothingSelected() }
            let z = ds.zones[i]
            if z.chains.isEmpty {
                openForm(.chain(zoneId: z.id, chainId: nil))
            } else {
                openChooser(lang == .vi ? "Chuỗi liên kết nào? (Enter sửa, Del xoá)" : "Which linkage chain? (Enter edits, Del deletes)",
                            [(lang == .vi ? "＋ Thêm chuỗi liên kết mới" : "＋ New linkage chain", .form(.chain(zoneId: z.id, chainId: nil)))]
                            + z.chains.map { c in ("\(c.name) — \(c.leadName)", .form(.chain(zoneId: z.id, chainId: c.id))) })
            }
        default: break
        }
        return []
    }

    /// An editing key with no record under the cursor (an empty list, a filter that matches nothing).
    mutating func nothingSelected() -> [Effect] {
        message = lang == .vi ? "Chưa chọn bản ghi nào" : "No record is selected"
        return []
    }

    /// Asks before deleting (Cancel first), or says which records still point to the one to delete.
    mutating func requestDelete(_ change: RecordChange, title: String) {
        let refs = References.referrers(of: change.file, id: change.id, in: dataset)
        if !refs.isEmpty {
            let sample = refs.prefix(3).map(\.name).joined(separator: "; ")
            message = lang == .vi
                ? "Không xoá được: \(refs.count) bản ghi còn trỏ tới — \(sample)\(refs.count > 3 ? "; …" : "")"
                : "Cannot delete: \(refs.count) records still point here — \(sample)\(refs.count > 3 ? "; …" : "")"
            return
        }
        overlay = .confirmDelete(change, title, ConfirmState())
    }

    mutating func openChooser(_ title: String, _ items: [(String, ChooserItem)]) {
        let picker = ChoicePicker(title: title, options: items.map(\.0))
        overlay = .chooser(openPicker(picker), items.map(\.1), picker)
    }

    /// The change that removes an action from its task or a chain from its zone, with the part's name.
    func partDeletion(_ target: FormTarget) -> (RecordChange, String)? {
        switch target {
        case .action(let taskId, let actionId?):
            guard let t = dataset.tasks.first(where: { $0.id == taskId }), let a = t.actions.first(where: { $0.id == actionId }) else { return nil }
            var after = t
            after.actions.removeAll { $0.id == actionId }
            return (RecordChange(before: t, after: after), a.title)
        case .report(let taskId, let reportId?):
            guard let t = dataset.tasks.first(where: { $0.id == taskId }), let rep = t.reports.first(where: { $0.id == reportId }) else { return nil }
            var after = t
            after.reports.removeAll { $0.id == reportId }
            return (RecordChange(before: t, after: after), "\(rep.date.display) · \(rep.period)")
        case .note(let taskId, let noteId?):
            guard let t = dataset.tasks.first(where: { $0.id == taskId }), let n = t.notes.first(where: { $0.id == noteId }) else { return nil }
            var after = t
            after.notes.removeAll { $0.id == noteId }
            return (RecordChange(before: t, after: after), "\(n.date.display) · \(String(n.text.prefix(40)))")
        case .evaluation(let productId, let index?):
            guard let p = dataset.products.first(where: { $0.id == productId }), p.evaluations.indices.contains(index) else { return nil }
            let e = p.evaluations[index]
            var after = p
            after.evaluations.remove(at: index)
            // A certificate issued from this evaluation goes with it; the latest remaining one of 3★ or more, if
            // any, gives the certificate back.
            if let cert = p.certificate, FormBuilder.certificate(cert, cameFrom: e) {
                after.certificate = after.evaluations.last(where: { Rules.isCertifiable(stars: $0.stars) }).map {
                    Certificate(stars: $0.stars, decisionNumber: $0.decisionNumber ?? "", issuedOn: $0.date, expiresOn: Rules.certificateExpiry(issuedOn: $0.date))
                }
            }
            return (RecordChange(before: p, after: after), "\(e.date.display) · \(e.total) → \(Format.stars(e.stars))")
        case .chain(let zoneId, let chainId?):
            guard let z = cache.index.zoneById[zoneId], let c = z.chains.first(where: { $0.id == chainId }) else { return nil }
            var after = z
            after.chains.removeAll { $0.id == chainId }
            return (RecordChange(before: z, after: after), c.name)
        default: return nil
        }
    }

    /// The form that edits the record behind a route.
    func editTarget(_ r: Route) -> FormTarget? {
        let ds = dataset
        switch r {
        case .task(let i): return .task(id: ds.tasks[i].id)
        case .product(let i): return .product(id: ds.products[i].id)
        case .zone(let i): return .zone(id: ds.zones[i].id)
        case .producer(let i): return .producer(id: ds.producers[i].id)
        case .district(let id): return .unit(id: id)
        case .village(let i): return .craftVillage(id: ds.craftVillages[i].id)
        case .tourism(let i): return .tourism(id: ds.tourismModels[i].id)
        }
    }

    /// The change that deletes the record behind a route.
    func deletion(of r: Route) -> RecordChange? {
        let ds = dataset
        switch r {
        case .task(let i): return RecordChange(before: ds.tasks[i], after: nil)
        case .product(let i): return RecordChange(before: ds.products[i], after: nil)
        case .zone(let i): return RecordChange(before: ds.zones[i], after: nil)
        case .producer(let i): return RecordChange(before: ds.producers[i], after: nil)
        case .district(let id): return cache.index.unitById[id].map { RecordChange(before: $0, after: nil) }
        case .village(let i): return RecordChange(before: ds.craftVillages[i], after: nil)
        case .tourism(let i): return RecordChange(before: ds.tourismModels[i], after: nil)
        }
    }

    // MARK: - Keys inside a form

    mutating func formKey(_ key: Key) -> [Effect] {
        guard var f = form else { return [] }
        defer { if form != nil { form = f } }
        if f.saving {
            message = lang == .vi ? "Đang lưu…" : "Saving…"
            return []
        }
        if let c = f.conflict {
            switch key {
            case .char("m"):
                // Keep mine: saved over the version now on disk.
                var ch = c.change
                ch.before = c.theirs
                f.conflict = nil
                f.saving = true
                return [.commit(ch, action: "edit-over-conflict", origin: .form)]
            case .char("t"):
                // Take theirs: the form closes and the record shows as it is on disk.
                var ds = dataset
                try? RecordCodec.apply(RecordChange(file: c.change.file, id: c.change.id, before: nil, after: c.theirs), to: &ds)
                replaceData(ds, warnings: warnings)
                form = nil
                message = lang == .vi ? "Đã lấy bản trên đĩa; thay đổi của bạn đã bỏ" : "Took the version on disk; your change was dropped"
            case .escape:
                f.conflict = nil
            default: break
            }
            return []
        }
        if let q = f.question {
            switch f.questionState.handle(key) {
            case .confirmed:
                if q == .quit { return [.quit] }
                form = nil
            case .cancelled: f.question = nil
            case .moved, .ignored: break
            }
            return []
        }
        if var p = f.picker {
            switch key {
            case .escape, .tab:
                f.picker = nil
            case .enter, .char(" "):
                // Space chooses in a multi-choice list until a query is typed; then it is part of the query.
                if key == .char(" ") && (!p.multi || !p.state.query.text.isEmpty) {
                    if handlePicker(key, &p.state, p.picker) { f.picker = p }
                    return []
                }
                if let i = p.picker.selectedOption(p.state) {
                    let v = p.values[i]
                    if p.multi {
                        if let at = f.fields[f.focus].values.firstIndex(of: v) { f.fields[f.focus].values.remove(at: at) } else { f.fields[f.focus].values.append(v) }
                        p.picker = markedPicker(p, chosen: f.fields[f.focus].values)
                        f.picker = p
                    } else {
                        f.fields[f.focus].values = [v]
                        f.fields[f.focus].error = nil
                        f.picker = nil
                        FormBuilder.refreshDependents(&f, lang)
                        // A product's commune defaults to its producer's.
                        if f.fields[f.focus].key == "producerId", let c = f.fields.firstIndex(where: { $0.key == "communeId" }),
                           f.fields[c].values.isEmpty, let commune = cache.index.producerById[v]?.communeId {
                            f.fields[c].values = [commune]
                            f.fields[c].error = nil
                        }
                    }
                }
            default:
                if handlePicker(key, &p.state, p.picker) { f.picker = p }
            }
            return []
        }
        let i = f.focus
        switch key {
        case .tab, .down:
            check(&f, i, leaving: true)
            f.focus = (i + 1) % f.fields.count
        case .backTab, .up:
            check(&f, i, leaving: true)
            f.focus = (i + f.fields.count - 1) % f.fields.count
        case .enter, .ctrl("s"):
            return accept(&f)
        case .escape:
            if f.isDirty { f.question = .discard; f.questionState = ConfirmState() } else { form = nil }
        case .ctrl("c"):
            if f.isDirty { f.question = .quit; f.questionState = ConfirmState() } else { return [.quit] }
        default:
            let field = f.fields[i]
            if field.kind.isTyped {
                if f.fields[i].input.handle(.key(key)) { check(&f, i, leaving: false) }
                return []
            }
            switch (field.kind, key) {
            case (.flag, .char(" ")):
                f.fields[i].values = field.values.first == "1" ? [] : ["1"]
            case (.choice(let opts), .left), (.choice(let opts), .right):
                let cur = opts.firstIndex { $0.value == field.values.first } ?? 0
                let next = (cur + (key == .left ? opts.count - 1 : 1)) % opts.count
                f.fields[i].values = [opts[next].value]
                FormBuilder.refreshDependents(&f, lang)
            case (.reference(_, false), .backspace), (.reference(_, false), .delete):
                f.fields[i].values = []
            case (.references, .backspace), (.multiChoice, .backspace):
                if !f.fields[i].values.isEmpty { f.fields[i].values.removeLast() }
            case (_, .char("q")):
                if f.isDirty { f.question = .quit; f.questionState = ConfirmState() } else { return [.quit] }
            case (_, .char(let c)):
                f.picker = fieldPicker(field, query: c == " " ? "" : String(c))
            default: break
            }
        }
        return []
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
            let n = errors.count + (general == nil ? 0 : 1)
            message = lang == .vi ? "Chưa lưu: \(n) lỗi cần sửa" : "Not saved: \(n) problem(s) to fix"
            return []
        case .change(let change, let action):
            f.error = nil
            f.saving = true
            return [.commit(change, action: action, origin: .form)]
        }
    }

    /// A picker over the options of a choice or reference field.
    func fieldPicker(_ field: FormField, query: String) -> FieldPicker? {
        var labels: [String] = []
        var values: [String] = []
        var folded: [String]?
        var multi = false
        let ds = dataset
        let idx = cache.index
        switch field.kind {
        case .choice(let o): labels = o.map(\.label); values = o.map(\.value)
        case .multiChoice(let o): labels = o.map(\.label); values = o.map(\.value); multi = true
        case .reference(let t, _), .references(let t):
            if case .references = field.kind { multi = true }
            switch t {
            case .producer: labels = ds.producers.map(\.name); values = ds.producers.map(\.id); folded = cache.foldedProducers
            case .product: labels = ds.products.map(\.name); values = ds.products.map(\.id); folded = cache.foldedProducts
            case .zone: labels = ds.zones.map(\.name); values = ds.zones.map(\.id)
            case .agency: labels = ds.agencies.map { "\($0.shortName) — \($0.name)" }; values = ds.agencies.map(\.id)
            case .commune:
                let communes = ds.units.filter { $0.level.isCommuneLevel }
                labels = communes.map { "\($0.level.label(lang)) \($0.name) — \(idx.districtName(ofCommune: $0.id))" }
                values = communes.map(\.id)
            case .unit: labels = ds.units.map { "\($0.level.label(lang)) \($0.name)" }; values = ds.units.map(\.id)
            }
        default: return nil
        }
        var p = FieldPicker(state: PickerState(), picker: ChoicePicker(title: field.label, options: labels, folded: folded), values: values, multi: multi)
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
        picker.options = p.values.indices.map { (set.contains(p.values[$0]) ? "✔ " : "  ") + bare(p.picker.options[$0]) }
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

    // MARK: - Commits landing

    /// Moves the selection of the pane that lists a file's records to the record with `id`.
    mutating func select(_ file: DatasetFile, id: String) {
        let ds = dataset
        let target: (Pane, Int)?
        switch file {
        case .tasks: target = ds.tasks.firstIndex { $0.id == id }.map { (.tasks, $0) }
        case .products: target = cache.index.productIndexById[id].map { (.products, $0) }
        case .zones: target = ds.zones.firstIndex { $0.id == id }.map { (.zones, $0) }
        case .producers: target = ds.producers.firstIndex { $0.id == id }.map { (.producers, $0) }
        case .units: target = cache.index.districts.firstIndex { $0.id == id }.map { (.districts, $0) }
        case .craftVillages: target = ds.craftVillages.firstIndex { $0.id == id }.map { (.villages, $0) }
        case .tourismModels: target = ds.tourismModels.firstIndex { $0.id == id }.map { (.villages, ds.craftVillages.count + $0) }
        default: target = nil
        }
        guard let (p, rec) = target, let pos = rows[p]?.firstIndex(of: rec) else { return }
        var st = lists[p] ?? TableState()
        st.selected = pos
        lists[p] = st
    }

    /// Takes in the outcome of a commit the runner carried out.
    /// `prepared` is the data with the change applied and its cache, computed off the main thread for large datasets.
    public mutating func finishCommit(_ change: RecordChange, action: String, origin: CommitOrigin, result: Result<CommitReport, Error>,
                                      prepared: (dataset: Dataset, cache: DataCache)? = nil) {
        let vi = lang == .vi
        switch result {
        case .success(let report):
            if change.after == nil, let r = route, deletion(of: r)?.id == change.id { stack.removeLast() }
            if let prepared {
                replaceData(prepared.dataset, warnings: warnings, cache: prepared.cache)
            } else {
                var ds = dataset
                do { try RecordCodec.apply(change, to: &ds) } catch {}
                replaceData(ds, warnings: warnings, cache: DataCache(ds, asOf: asOf, previous: cache, change: change))
            }
            if change.before == nil && change.after != nil { select(change.file, id: change.id) }
            switch origin {
            case .form, .quick:
                undoStack.append(UndoItem(change: change, action: action))
                redoStack.removeAll()
                if origin == .form { form = nil }
            case .undo:
                if let last = undoStack.popLast() { redoStack.append(last) }
            case .redo:
                if let last = redoStack.popLast() { undoStack.append(last) }
            }
            let what: String
            switch origin {
            case .undo: what = vi ? "Đã hoàn tác" : "Undone"
            case .redo: what = vi ? "Đã làm lại" : "Redone"
            default: what = vi ? "Đã lưu" : "Saved"
            }
            message = "✔ \(what): \(change.file.rawValue) · \(DatasetWriter.journalName)" + (vi ? " (u hoàn tác)" : " (u undoes)")
            if let j = report.journalError {
                message = "✔ \(what): \(change.file.rawValue) — ⚠ " + (vi ? "không ghi được nhật ký: " : "the journal could not be written: ") + j
            }
        case .failure(let error as EditConflict):
            if origin == .form, form != nil {
                form?.saving = false
                form?.conflict = error
                message = vi ? "Người khác đã lưu bản ghi này — chọn bản nào giữ" : "Someone else saved this record — choose which to keep"
            } else {
                message = vi ? "Không thực hiện được: bản ghi đã được người khác thay đổi (dữ liệu mới đang tải)" : "Not done: someone else changed the record (reloading)"
            }
        case .failure(let error):
            let text = (vi ? "Không lưu được — " : "Could not save — ") + "\(error)" + (vi ? ". Tệp cũ vẫn nguyên." : ". The old file is intact.")
            if origin == .form, form != nil {
                form?.saving = false
                form?.error = text + (vi ? " Những gì bạn gõ vẫn còn." : " What you typed is kept.")
            }
            message = text
        }
    }
}

/// Who still points to a record, so that deleting it would leave dangling references.
public enum References {
    /// The records that refer to the record `id` of `file`, with a name to show.
    public static func referrers(of file: DatasetFile, id: String, in ds: Dataset) -> [(file: DatasetFile, id: String, name: String)] {
        var out: [(DatasetFile, String, String)] = []
        switch file {
        case .units:
            for u in ds.units where u.parentId == id { out.append((.units, u.id, u.name)) }
            for p in ds.producers where p.communeId == id { out.append((.producers, p.id, p.name)) }
            for p in ds.products where p.communeId == id { out.append((.products, p.id, p.name)) }
            for z in ds.zones where z.communeIds.contains(id) { out.append((.zones, z.id, z.name)) }
            for c in ds.craftVillages where c.communeId == id { out.append((.craftVillages, c.id, c.name)) }
            for t in ds.tourismModels where t.communeId == id { out.append((.tourismModels, t.id, t.name)) }
        case .agencies:
            for t in ds.tasks where t.leadAgencyId == id || t.coordinatingAgencyIds.contains(id) || t.actions.contains(where: { $0.ownerAgencyId == id })
                || t.reports.contains(where: { $0.agencyId == id }) { out.append((.tasks, t.id, t.shortTitle)) }
        case .producers:
            for p in ds.products where p.producerId == id { out.append((.products, p.id, p.name)) }
            for z in ds.zones where z.chains.contains(where: { $0.leadProducerId == id }) { out.append((.zones, z.id, z.name)) }
            for t in ds.tourismModels where t.operatorProducerId == id { out.append((.tourismModels, t.id, t.name)) }
        case .products:
            for c in ds.craftVillages where c.productIds.contains(id) { out.append((.craftVillages, c.id, c.name)) }
            for t in ds.tourismModels where t.productIds.contains(id) { out.append((.tourismModels, t.id, t.name)) }
        case .zones:
            for p in ds.products where p.zoneIds.contains(id) { out.append((.products, p.id, p.name)) }
            for t in ds.tourismModels where t.zoneId == id { out.append((.tourismModels, t.id, t.name)) }
        default: break
        }
        return out
    }
}

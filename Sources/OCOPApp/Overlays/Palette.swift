import OCOPModel
import OCOPText

extension AppState {
    /// Opens the `:` palette: every pane, action and record by name.
    mutating func openPalette() {
        let (entries, folded) = paletteEntries()
        openPicker(.palette, title: Msg.paletteTitle.text(lang), entries: entries, foldedParts: folded)
    }

    /// Every pane, action and record by name, with the labels folded for matching (product and producer names
    /// reuse the folding done at load, so opening the palette stays quick on 100k products).
    func paletteEntries() -> (PickerEntries, [PackedBytes]) {
        var items: [PickerEntry] = Pane.allCases.map { PickerEntry(label: "▸ " + $0.title(lang), target: .pane($0)) }
        for b in Keymap.bindings where b.scope == .global {
            if case .gotoPane = b.action { continue }
            items.append(PickerEntry(label: "⚙ " + b.help(lang), target: .action(b.action)))
        }
        for t in dataset.tasks {
            items.append(PickerEntry(label: Msg.taskTitle.text(lang, t.ordinal, t.title(lang)), target: .route(.task(t.id))))
        }
        // Meetings, newest first: each opens its detail (its record, notes and decisions).
        for m in dataset.meetingsByDate.reversed() {
            items.append(PickerEntry(label: Msg.paletteMeetings.text(lang, m.date.display, m.title, m.status.label(lang)),
                                     target: .route(.meeting(m.id))))
        }
        // Since the last meeting: each change opens its record.
        if let since {
            for item in since.items {
                guard let route = AppState.route(item.file, item.id), let line = SinceText.lines(item, dataset, lang).first else { continue }
                items.append(PickerEntry(label: "↻ " + line, target: .route(route)))
            }
        }
        // Every unit opens: the areas as the as-of date names them, then communes and wards (those gone by then say so).
        let areaIds = Set(cache.places.areas.map(\.id))
        for d in cache.places.areas { items.append(PickerEntry(label: areaLabel(d.id), target: .route(.unit(d.id)))) }
        for u in dataset.units where !areaIds.contains(u.id) {
            var label = u.level.label(lang) + " " + u.name
            if let to = u.validTo, to < asOf { label += " " + Msg.unitEnded.text(lang, to.display) }
            items.append(PickerEntry(label: label, target: .route(.unit(u.id))))
        }
        // Agencies have no pane: the palette opens their form.
        items.append(PickerEntry(label: "⚙ " + Msg.addAgency.text(lang), target: .form(.agency(id: nil))))
        for a in dataset.agencies {
            var open = a.shortName + " — " + a.name
            if let to = a.validTo, to < asOf { open += " " + Msg.unitEnded.text(lang, to.display) }
            items.append(PickerEntry(label: open, target: .route(.agency(a.id))))
            items.append(PickerEntry(label: Msg.editAgencyEntry.text(lang, a.shortName, a.name), target: .form(.agency(id: a.id))))
            items.append(PickerEntry(label: Msg.deleteAgencyEntry.text(lang, a.shortName, a.name),
                                     target: .delete(RecordChange(before: a, after: nil), title: a.name)))
        }
        for z in dataset.zones { items.append(PickerEntry(label: z.name, target: .route(.zone(z.id)))) }
        // Producers and products (the cache's folds of their names, as they are), then villages and tourism models.
        let rest = dataset.craftVillages.map { PickerEntry(label: $0.name, target: .route(.village($0.id))) }
            + dataset.tourismModels.map { PickerEntry(label: $0.name, target: .route(.tourism($0.id))) }
        let folded = [PackedBytes(items.lazy.map { TextFolding.fold($0.label).utf8 }), cache.producerBytes, cache.productBytes,
                      PackedBytes(rest.lazy.map { TextFolding.fold($0.label).utf8 })]
        return (PickerEntries(head: items, producers: dataset.producers, products: dataset.products, tail: rest), folded)
    }
}

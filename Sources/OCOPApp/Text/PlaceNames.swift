import OCOPModel
import OCOPText

/// Names of places as the as-of date reads them: districts while they exist, former districts as areas and the
/// commune/ward valid on the date after 1 July 2025.
extension AppState {
    /// An area's label: "huyện Cẩm Mỹ" while it exists, "khu vực Cẩm Mỹ (cũ)" after the district level ended.
    func areaLabel(_ id: String) -> String {
        guard let u = cache.index.unitById[id] else { return id }
        return cache.places.areasCurrent ? u.level.label(lang) + " " + u.name : Msg.formerArea.text(lang, u.name)
    }

    /// The title of the column that says where a record is: the district, or after 2025 the commune/ward.
    var placeColumnTitle: String { (cache.places.areasCurrent ? Msg.district : Msg.commune).text(lang) }

    /// Where a record registered in `communeId` is on the as-of date: its district's name, or after 2025 the name
    /// of the commune/ward it belongs to now.
    func placeName(ofCommune communeId: String) -> String {
        let idx = cache.index, places = cache.places
        if places.areasCurrent { return places.areaOf[communeId].map { idx.unitName($0) } ?? idx.districtName(ofCommune: communeId) }
        return idx.unitName(places.commune(onDate: communeId))
    }

    /// The title of an area column: "Huyện/TP" while districts exist, "Khu vực (cũ)" after.
    var areaColumnTitle: String { cache.places.areasCurrent ? Msg.district.text(lang) : Msg.areaColumn.text(lang) }

    /// The name of the area a commune belongs to on the as-of date.
    func areaName(ofCommune communeId: String) -> String {
        cache.places.areaOf[communeId].map { cache.index.unitName($0) } ?? cache.index.districtName(ofCommune: communeId)
    }

    /// The name of the commune/ward valid on the as-of date that a record registered in `communeId` belongs to.
    func communeName(onDate communeId: String) -> String { cache.index.unitName(cache.places.commune(onDate: communeId)) }

    /// A record's commune as registered, with where it is on the as-of date when that differs and its area:
    /// "Bình Lộc → phường Bình Lộc, khu vực Long Khánh (cũ)".
    func communeDescription(_ communeId: String) -> String {
        let idx = cache.index, now = cache.places.commune(onDate: communeId)
        let area = cache.places.areaOf[communeId].map(areaLabel) ?? idx.districtName(ofCommune: communeId)
        let here = now == communeId ? idx.unitName(communeId) : idx.unitName(communeId) + " → " + unitLabel(now)
        return here + ", " + area
    }

    /// A unit's label with its level: "xã Bình Lộc".
    func unitLabel(_ id: String) -> String {
        guard let u = cache.index.unitById[id] else { return id }
        return u.level.label(lang) + " " + u.name
    }

    /// An agency as a task's assignment names it: the body itself, what it became by the as-of date, and "(theo KH)"
    /// when the notice does not name it (the assignment comes from the province's follow-up plan).
    func agencyAssignment(_ task: ConclusionTask, _ id: String, long: Bool) -> String {
        let idx = cache.index
        let a = idx.agencyById[id]
        var text = long ? (a?.name ?? id) : idx.agencyShortName(id)
        if task.noticeAgencyIds != nil && !task.namedInNotice(id) { text += " " + Msg.planMark.text(lang) }
        if let a, let to = a.validTo, to < asOf, let next = a.successorIds?.first {
            text += " → " + idx.agencyShortName(next)
        }
        return text
    }

    /// An agency's short name on the as-of date: itself while it exists, what it became after (Sở NN&PTNT → Sở NN&MT).
    func agencyOnDate(_ id: String) -> String {
        Report.agencyOnDate(id, cache.index, asOf)
    }

    /// Whether any of a task's agencies is assigned by the plan rather than named by the notice.
    func hasPlanAssignments(_ task: ConclusionTask) -> Bool {
        task.noticeAgencyIds != nil && ([task.leadAgencyId] + task.coordinatingAgencyIds).contains { !task.namedInNotice($0) }
    }

    /// A target's label: the plan's own words from the data in Vietnamese, the measure's name in English.
    func targetLabel(_ t: ProgrammeTarget) -> String { Report.targetLabel(t, lang) }
}

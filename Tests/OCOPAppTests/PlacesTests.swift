import Foundation
import Testing
import TestSupport
import OCOPModel
import OCOPText
@testable import OCOPApp

/// Places follow the as-of date: districts before 1 July 2025, former districts as areas after it; communes open
/// with their records and history; the palette and the commune picker know every unit.
@Suite struct PlacesTests {
    static let before = CivilDate(year: 2024, month: 12, day: 31)!

    @Test func paneSixGroupsByTheDistrictsOfTheDate() {
        let old = Fixture.state(asOf: Self.before), now = Fixture.state()
        #expect(old.cache.places.areasCurrent && !now.cache.places.areasCurrent)
        #expect(old.areaLabel("long-khanh") == "thành phố Long Khánh" && now.areaLabel("long-khanh") == "khu vực Long Khánh (cũ)")
        // The communes an area lists are those valid on the date: 14 old ones in 2024, the new wards in 2026.
        #expect(old.cache.places.communesByArea["long-khanh"]?.count == 14)
        #expect(now.cache.places.communesByArea["long-khanh"]?.allSatisfy { $0.hasPrefix("dn.") } == true)
        // Column titles follow: the district in 2024, the commune/ward of today in 2026.
        #expect(old.placeColumnTitle == "Huyện/TP" && now.placeColumnTitle == "Xã/phường")
        let p = Fixture.dataset.products[0]
        #expect(old.placeName(ofCommune: p.communeId) == "Long Khánh" && now.placeName(ofCommune: p.communeId) == "Bình Lộc")
    }

    @Test func aCommuneOpensWithItsRecordsAndHistory() {
        let s = Fixture.state(width: 120, height: 40)
        let lines = DetailView.lines(for: .unit("dn.binh-loc"), s).map { $0.map(\.text).joined() }
        #expect(lines.contains { $0.hasPrefix("Trước đây là: ") && $0.contains("Bình Lộc") && $0.contains("Suối Tre") }, "\(lines)")
        let links = DetailView.links(for: .unit("dn.binh-loc"), s)
        // Products registered in the old commune of Bình Lộc belong to the new ward.
        #expect(links.contains { $0.route == .product(Fixture.dataset.products[0].id) })
        #expect(links.contains { $0.route == .unit("long-khanh.binh-loc") } && links.contains { $0.route == .unit("long-khanh") })
        // The old commune lists its own records and what it became.
        let old = DetailView.lines(for: .unit("long-khanh.binh-loc"), s).map { $0.map(\.text).joined() }
        #expect(old.contains { $0.contains("Sau sắp xếp thành: phường Bình Lộc") } && old.contains { $0.contains("hiệu lực đến 30/06/2025") })
    }

    @Test func theCommunePickerOffersTheCommunesOfTheDateFirst() throws {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("5 a", on: &s)
        let f = try #require(s.form)
        let field = try #require(f.fields.first { $0.key == .communeId })
        let picker = try #require(s.fieldPicker(field, query: ""))
        let valid = Set(s.cache.places.communes.map(\.id))
        let firstGone = picker.values.firstIndex { !valid.contains($0) } ?? picker.values.count
        #expect(firstGone == valid.count && picker.values.prefix(firstGone).allSatisfy(valid.contains))
        #expect(picker.picker.options[firstGone].contains("nay là"), "a gone commune says what it became")
    }

    @Test func thePaletteFindsCommunesAddedWithA() {
        var s = Fixture.state()
        var ds = s.dataset
        ds.units.append(AdminUnit(id: "dn.thu-nghiem", name: "Thử nghiệm", level: .commune, parentId: "dong-nai-2025", validFrom: CivilDate(year: 2026, month: 1, day: 1)))
        s = AppState(dataset: ds, asOf: Fixture.asOf, themes: [.plain])
        let (entries, folded) = s.paletteEntries()
        let all = folded.flatMap { Array($0) }
        let hit = all.firstIndex { String(decoding: $0, as: UTF8.self).contains("thu nghiem") }
        #expect(hit.map { entries[$0].label } == "xã Thử nghiệm")
    }

    @Test func searchInPaneSixFindsAnAreaByOneOfItsCommunes() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run("6 / 'hang gon' enter", on: &s)
        let row = s.lists[.districts]?.selected ?? -1
        #expect(s.rows[.districts].map { $0[row] }.map { s.cache.places.areas[$0].id } == "long-khanh")
        Fixture.run("enter", on: &s)
        #expect(s.route == .unit("long-khanh"))
    }

    @Test func anAgencyOpensFromThePaletteWithItsTasksAndWhatItBecame() {
        var s = Fixture.state(width: 100, height: 30)
        Fixture.run(": 'so nong nghiep va phat trien' enter", on: &s)
        #expect(s.route == .agency("snn"), "\(String(describing: s.route))")
        let lines = DetailView.lines(for: .agency("snn"), s).map { $0.map(\.text).joined() }
        #expect(lines.contains { $0.contains("Sau sắp xếp thành: Sở NN&MT") }, "\(lines)")
        let links = DetailView.links(for: .agency("snn"), s)
        #expect(links.contains { $0.route == .task("nv-6") })
    }
}

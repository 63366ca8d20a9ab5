import Foundation
import Testing
import TestSupport
@testable import TerminalCore

@Suite struct ThemeTests {
    static let themesDir = RepoPaths.root.appendingPathComponent("themes")

    @Test(arguments: ["dark", "light", "high-contrast", "projector", "mono"])
    func shippedThemesLoad(name: String) throws {
        let t = try ThemeLoader.load(name, themesDirectory: Self.themesDir)
        #expect(t.name == name)
        #expect(Set(t.looks.keys) == Set(Role.allCases))
    }

    @Test func unknownRoleNamesFileAndKey() {
        let data = Data(#"{"name": "x", "roles": {"txet": {"fg": 1}}}"#.utf8)
        #expect(throws: ThemeError.self) { try ThemeLoader.decode(data, file: "bad.json") }
        do { _ = try ThemeLoader.decode(data, file: "bad.json") } catch let e as ThemeError {
            #expect(e.file == "bad.json")
            #expect(e.key == "roles.txet")
        } catch { Issue.record("wrong error") }
    }

    @Test func unknownColourNamesFileAndKey() {
        let data = Data(#"{"roles": {"warning": {"fg": "orange"}}}"#.utf8)
        do {
            _ = try ThemeLoader.decode(data, file: "orange.json")
            Issue.record("expected an error")
        } catch let e as ThemeError {
            #expect(e.description.hasPrefix("orange.json: roles.warning.fg:"))
        } catch { Issue.record("wrong error") }
        #expect(throws: ThemeError.self) { try ThemeLoader.decode(Data(#"{"roles": {"text": {"fg": 300}}}"#.utf8), file: "n.json") }
    }

    @Test func eightColourFallbackNeverGoesBlackOnBlack() throws {
        let t = try ThemeLoader.load("dark", themesDirectory: Self.themesDir)
        for role in Role.allCases {
            let look = t.resolve(Style(role), mode: .c8)
            if case .index(let i) = look.fg { #expect(i < 8) }
            if case .index(let i) = look.bg { #expect(i < 8) }
            #expect(!(look.fg == look.bg && look.fg != .default), "\(role) has fg == bg in 8 colours")
        }
        #expect(Color.index(208).basic == .index(3) || Color.index(208).basic == .index(1))
        #expect(Color.index(231).basic == .index(7))
        #expect(Color.index(16).basic == .index(0))
    }

    @Test func monochromeUsesAttributesOnly() throws {
        let t = try ThemeLoader.load("dark", themesDirectory: Self.themesDir)
        let sel = t.resolve(Style(.selectedRow), mode: .mono)
        #expect(sel.fg == .default && sel.bg == .default && sel.reverse)
        #expect(t.resolve(Style(.header), mode: .mono).bold)
        #expect(t.resolve(Style(.danger), mode: .mono).underline)
    }

    @Test func noColorSelectsMonochrome() {
        #expect(ColorMode.detect(colors: 256, environment: ["NO_COLOR": "1"]) == .mono)
        #expect(ColorMode.detect(colors: 256, environment: [:]) == .c256)
        #expect(ColorMode.detect(colors: 8, environment: [:]) == .c8)
        #expect(ColorMode.detect(colors: 0, environment: [:]) == .mono)
    }
}

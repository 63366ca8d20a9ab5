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

    /// WCAG contrast of two colours of the xterm palette (relative luminance, sRGB).
    static func contrast(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        func lum(_ c: (Int, Int, Int)) -> Double {
            func ch(_ v: Int) -> Double {
                let x = Double(v) / 255
                return x <= 0.03928 ? x / 12.92 : pow((x + 0.055) / 1.055, 2.4)
            }
            return 0.2126 * ch(c.0) + 0.7152 * ch(c.1) + 0.0722 * ch(c.2)
        }
        let (x, y) = (lum(a), lum(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Every coloured theme reads in 256 colours and in its 8-colour fallback: body text at least 4.5:1 against its
    /// background, borders and bars at least 3:1. A role on the terminal's own background is measured on a dark
    /// terminal (black, default text light grey): themes without a background of their own are for dark terminals.
    @Test(arguments: ["dark", "light", "high-contrast", "projector"])
    func contrastMeetsWCAG(name: String) throws {
        let t = try ThemeLoader.load(name, themesDirectory: Self.themesDir)
        let lines: Set<Role> = [.border, .focusedBorder, .progress, .progressEmpty, .chart]
        for mode in [ColorMode.c256, .c8] {
            for role in Role.allCases {
                let look = t.resolve(Style(role), mode: mode)
                func rgb(_ c: Color, _ fallback: (Int, Int, Int)) -> (Int, Int, Int) {
                    if case .index(let i) = c { return Color.rgb(i) }
                    return fallback
                }
                var fg = rgb(look.fg, (229, 229, 229)), bg = rgb(look.bg, (0, 0, 0))
                if look.reverse { swap(&fg, &bg) }
                let need = lines.contains(role) ? 3.0 : 4.5
                let ratio = Self.contrast(fg, bg)
                #expect(ratio >= need, "\(name) \(mode) \(role): \(String(format: "%.2f", ratio)):1, needs \(need):1")
            }
        }
    }

    @Test func theLightThemeHasItsOwnBackgroundEverywhere() throws {
        let t = try ThemeLoader.load("light", themesDirectory: Self.themesDir)
        for role in Role.allCases {
            #expect(t.resolve(Style(role), mode: .c256).bg != .default, "\(role) would draw on the terminal's own background")
            #expect(t.resolve(Style(role), mode: .c8).bg != .default)
        }
        #expect(throws: ThemeError.self) { try ThemeLoader.decode(Data(#"{"roles": {"text": {"fg8": 9}}}"#.utf8), file: "x.json") }
    }
}

import OCOPModel
import TerminalCore
import OCOPText

/// The help overlay: the keys of the context `?` was pressed in, and how far it is scrolled.
public struct HelpState: Sendable {
    public var scopes: [Scope]
    public var scroll = 0
}

extension AppState {
    /// Opens help for the keys that act now.
    mutating func openHelp() {
        overlay = .help(HelpState(scopes: scopes.filter { $0 != .help }))
    }

    /// Draws help: each active scope's bindings under the scope's name.
    func renderHelp(_ h: HelpState, into buf: inout CellBuffer) {
        var lines: [[Span]] = []
        var first = true
        var lastTitle: String?
        for scope in h.scopes {
            let bindings = Keymap.bindings.filter { $0.scope == scope }
            guard !bindings.isEmpty else { continue }
            let named = scopeTitle(scope)
            // Neighbouring scopes that share a title (the pane's table and list keys) form one section.
            if lastTitle != named {
                if !lines.isEmpty { lines.append([Span("")]) }
                let title = named + (first && baseScopes.contains(scope) && scope != .global && scope != .always && form == nil && presentation == nil
                                     ? " — " + pane.title(lang) : "")
                lines.append([Span("▌" + title, Style(.header))])
                lastTitle = named
            }
            first = false
            for b in bindings {
                // A long key list ("→, Space, PgDn, l, j") gets its own width rather than being cut.
                let w = max(16, TextWidth.width(of: b.keyLabel) + 1)
                lines.append([Span("  " + TextWidth.pad(b.keyLabel, to: w), Style(.accent, bold: true)), Span(b.help(lang))])
            }
        }
        // What every figure means: first on the overview (where `?` is asked about the numbers), last elsewhere.
        var definitions: [[Span]] = [[Span("▌" + Msg.figureDefinitions.text(lang), Style(.header))]]
        for f in Figure.allCases {
            definitions.append([Span("  " + f.label(lang) + ": ", Style(.accent, bold: true)), Span(f.definition(lang))])
        }
        let onOverview = h.scopes.contains(.overview)
        lines = onOverview ? definitions + [[Span("")]] + lines : lines + [[Span("")]] + definitions
        let area = buf.area.centered(width: min(buf.width - 4, 64), height: buf.height - 2)
        buf.fill(area, style: Style(.dialog))
        let inner = Block(title: Msg.helpTitle.text(lang) + " (Esc)", focused: true).render(in: area, into: &buf, theme: theme)
        Paragraph(lines: lines, scroll: min(h.scroll, max(0, Paragraph(lines: lines).rows(width: inner.width - 1).count - inner.height))).render(in: inner.inset(left: 1), into: &buf, theme: theme)
    }
}

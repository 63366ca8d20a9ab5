import OCOPModel
import OCOPText
import TerminalCore

extension Slides {
    /// Since the last meeting: its decisions and what became of them, then each kind of change, one line each.
    static func sinceLines(_ s: AppState) -> [[Span]] {
        guard let r = s.since else { return [] }
        var lines: [[Span]] = []
        let secs = SinceText.sections(r, s.dataset, s.lang)
        if secs.isEmpty { lines.append([Span(Msg.sinceNothing.text(s.lang), Style(.muted))]) }
        for sec in secs {
            lines.append([Span("▌" + sec.heading, Style(.header, bold: true))])
            for l in sec.lines { lines.append([Span(l.hasPrefix("  ") ? "    " + l.dropFirst(2) : "• " + l, Style(.text))]) }
            lines.append([Span("")])
        }
        return lines
    }
}

import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// Draws the deck: a slim title row with the slide number, clock and elapsed time, the slide, and a hint row.
enum DeckView {
    static func render(_ s: AppState, _ p: PresentationState, into buf: inout CellBuffer) -> (x: Int, y: Int)? {
        let theme = s.theme
        let lang = s.lang
        buf.fill(buf.area, style: Style(.text))
        let slides = s.slides
        let slide = slides[min(p.index, slides.count - 1)]
        let parts = Layout(.vertical, [.length(1), .length(1), .fill(1), .length(1)]).split(buf.area)
        let elapsed = Int(s.now.timeIntervalSince(p.startedAt))
        let comps = Calendar(identifier: .gregorian).dateComponents(in: s.timeZone, from: s.now)
        let clock = String(format: "%02d:%02d", comps.hour ?? 0, comps.minute ?? 0)
        let history = s.historyDate.map { "⏲ " + Msg.asOfHistory.text(lang, $0.display) + " · " } ?? ""
        let right = history + "\(p.index + 1)/\(slides.count) · \(clock) · ⏱ " + String(format: "%02d:%02d", elapsed / 60, elapsed % 60)
        StatusLine(left: slide.title(s), right: right).render(in: parts[0], into: &buf, theme: theme)
        let body = parts[2].inset(left: 2, right: 2)
        switch slide {
        case .agenda: Slides.agenda(s, slides, p.scroll, in: body, into: &buf)
        case .since: Slides.scrolled(Slides.sinceLines(s), p.scroll, in: body, into: &buf, s)
        case .overview: Slides.overview(s, in: body, into: &buf)
        case .programme: Slides.programme(s, p.scroll, in: body, into: &buf)
        case .task(let id): Slides.scrolled(Slides.taskLines(s, id), p.scroll, in: body, into: &buf, s)
        case .pipeline: Slides.pipeline(s, in: body, into: &buf)
        case .districts: Slides.districts(s, in: body, into: &buf)
        case .zones: Slides.zones(s, in: body, into: &buf)
        case .expiring: Slides.expiring(s, in: body, into: &buf)
        }
        // Hint row, or the note being typed.
        let hintArea = parts[3]
        if let field = p.note {
            buf.fill(hintArea, style: Style(.footer))
            let used = buf.put(Msg.notePrompt.text(lang), x: 0, y: hintArea.y, style: Style(.footerKey))
            // Feedback (a second Esc discards, a save failed) stays visible beside the note being typed.
            var right = 0
            if let m = s.message {
                right = min(TextWidth.width(of: m) + 1, max(0, buf.width - used - 10))
                buf.put(m, x: buf.width - right, y: hintArea.y, width: right, style: Style(.warning, bold: true))
            }
            var f = field
            let x = TextField(focused: true).render(in: Rect(x: used, y: hintArea.y, width: max(1, buf.width - used - right), height: 1),
                                                    into: &buf, state: &f, theme: theme)
            return (x, hintArea.y)
        }
        let t = { (m: Msg) in m.text(lang) }
        var hints: [(key: String, label: String)] = [("←/→", t(.hintSlide)), (t(.hintNumberEnter), t(.hintJump)), ("Esc", t(.keyLeaveDeck))]
        if case .task = slide { hints.append(("n", s.canRecordNotes ? t(.hintRecordNote) : t(.hintNoteLocked))) }
        hints.append(("q", t(.quit)))
        Footer(hints: hints, right: p.jump.isEmpty ? (s.message ?? "") : "→ \(p.jump)").render(in: hintArea, into: &buf, theme: theme)
        return nil
    }
}

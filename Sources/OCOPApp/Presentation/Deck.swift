import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// One slide of the meeting deck.
public enum Slide: Hashable, Sendable {
    case agenda, since, overview, programme, task(String), pipeline, districts, zones, expiring

    /// The slide's title.
    func title(_ s: AppState) -> String {
        switch self {
        case .agenda: return Msg.slideAgenda.text(s.lang)
        case .since: return s.since.map { SinceText.title($0, s.lang) } ?? Msg.sinceNothing.text(s.lang)
        case .overview: return Msg.slideOverview.text(s.lang)
        case .programme: return Msg.slideProgramme.text(s.lang)
        case .task(let id):
            guard let t = s.cache.index.task(id) else { return id }
            return Msg.taskTitle.text(s.lang, t.ordinal, t.title(s.lang))
        case .pipeline: return Msg.slidePipeline.text(s.lang)
        case .districts: return (s.cache.places.areasCurrent ? Msg.slideDistricts : Msg.productsByArea).text(s.lang)
        case .zones: return Msg.slideZones.text(s.lang)
        case .expiring: return Msg.slideExpiring.text(s.lang)
        }
    }

    /// A name for the slide's kind (goldens and tests name slides by it).
    public var kindName: String {
        switch self {
        case .agenda: "agenda"
        case .since: "since"
        case .overview: "overview"
        case .programme: "programme"
        case .task(let id): "task-\(id)"
        case .pipeline: "pipeline"
        case .districts: "districts"
        case .zones: "zones"
        case .expiring: "expiring"
        }
    }
}

/// The state of presentation mode: the slide, a number being typed to jump, the clock, and a note being typed.
public struct PresentationState: Sendable {
    public var index = 0
    /// Lines scrolled down on a slide taller than the screen (↓/↑); back to 0 on another slide.
    public var scroll = 0
    public var jump = ""
    public var startedAt: Date
    public var allowNotes: Bool
    public var note: TextFieldState?
    /// Set after an Esc on a typed note: a second Esc discards it.
    public var discardArmed = false
    /// Set after a first `Z`: a second `Z` closes the meeting.
    public var closeArmed = false
    /// The dashboard's theme before presenting, restored on leaving.
    public var previousTheme: Int

    public init(startedAt: Date, allowNotes: Bool, previousTheme: Int) {
        self.startedAt = startedAt
        self.allowNotes = allowNotes
        self.previousTheme = previousTheme
    }
}

extension AppState {
    /// The deck, in order: agenda, since the last meeting (when known), overview, the six tasks, pipeline, districts, zones, expiring certificates.
    public var slides: [Slide] {
        [.agenda] + (since == nil ? [] : [.since]) + [.overview, .programme] + dataset.tasks.sorted { $0.ordinal < $1.ordinal }.map { .task($0.id) } + [.pipeline, .districts, .zones, .expiring]
    }

    /// Starts presenting (or resumes the meeting's deck), on the projector theme when there is one. `allowNotes`
    /// adds the permission to record notes; it stays for the session (Esc and `p` keep it).
    public mutating func startPresentation(allowNotes: Bool) {
        if allowNotes { self.allowNotes = true }
        var p = parkedPresentation ?? PresentationState(startedAt: now, allowNotes: canRecordNotes, previousTheme: themeIndex)
        p.allowNotes = canRecordNotes
        p.previousTheme = themeIndex
        presentation = p
        parkedPresentation = nil
        if let t = themes.firstIndex(where: { $0.name == "projector" }) { themeIndex = t }
    }

    /// Whether notes may be recorded on task slides: with `--allow-notes`, or whenever editing is on.
    public var canRecordNotes: Bool { allowNotes || !readOnly }

    /// `p` in the dashboard: the meeting's deck where it was (its slide and clock), or at the open task's slide.
    mutating func presentFromDashboard() {
        startPresentation(allowNotes: false)
        if case .task(let id) = route, let pos = slides.firstIndex(of: .task(id)) { presentation?.index = pos }
    }

    /// A deck action from the keymap.
    mutating func deckAction(_ action: Action, key: Key) -> [Effect] {
        guard var p = presentation else { return [] }
        defer { if presentation != nil { presentation = p } }
        let count = slides.count
        let before = p.index
        defer { if p.index != before { p.scroll = 0 } }
        if case .closeMeeting = action {} else { p.closeArmed = false }
        switch action {
        case .scrollSlideDown: p.scroll += 1
        case .scrollSlideUp: p.scroll = max(0, p.scroll - 1)
        case .nextSlide: p.index = min(count - 1, p.index + 1); p.jump = ""
        case .prevSlide: p.index = max(0, p.index - 1); p.jump = ""
        case .firstSlide: p.index = 0
        case .lastSlide: p.index = count - 1
        case .typeSlideNumber: if case .char(let c) = key { p.jump.append(c) }
        case .jumpToSlide:
            if let n = Int(p.jump), n >= 1, n <= count { p.index = n - 1 }
            p.jump = ""
        case .leaveDeck:
            // The meeting goes on behind the dashboard: `p` comes back to this slide with the clock running.
            themeIndex = p.previousTheme
            p.note = nil
            parkedPresentation = p
            presentation = nil
        case .closeMeeting:
            // Closing freezes the meeting's record: it takes a second Z.
            guard let id = meetingId else {
                message = Msg.noMeetingInDeck.text(lang)
                return []
            }
            if p.closeArmed {
                p.closeArmed = false
                return [.closeMeeting(id: id)]
            }
            p.closeArmed = true
            message = Msg.pressZAgainToClose.text(lang)
            return []
        case .recordNote:
            guard case .task = slides[p.index] else {
                message = Msg.notesOnTaskSlides.text(lang)
                return []
            }
            if canRecordNotes { p.note = TextFieldState() } else { message = Msg.deckReadOnly.text(lang) }
        case .saveNote:
            let text = p.note?.text.trimmingCharacters(in: .whitespaces) ?? ""
            p.note = nil
            p.discardArmed = false
            if case .task(let id) = slides[p.index], !text.isEmpty { return [.saveNote(taskId: id, text: text)] }
        case .cancelNote:
            // Esc never loses typed text silently: with something typed it asks for a second Esc.
            if (p.note?.text ?? "").isEmpty || p.discardArmed {
                p.note = nil
                p.discardArmed = false
            } else {
                p.discardArmed = true
                message = Msg.escAgainToDiscardNote.text(lang)
            }
        default: break
        }
        return []
    }

    /// An editing key in the note being typed.
    mutating func noteKey(_ key: Key) {
        presentation?.discardArmed = false
        presentation?.note?.handle(.key(key))
    }

    /// Text typed into the note.
    mutating func noteText(_ s: String) {
        guard presentation?.note != nil else { return }
        presentation?.discardArmed = false
        presentation?.note?.insert(s)
    }
}

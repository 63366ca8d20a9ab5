import TerminalCore

/// Key scripts as tests write them: `"2 j j enter"`, `"/ 's a u' esc"`, `"c-s"`, `"m-x"`, `"f1"`.
/// Quoted text types one key per grapheme; `KeyScript.scalars` types one Unicode scalar at a time.
public enum KeyScript {
    /// The events of a script.
    public static func parse(_ script: String) -> [InputEvent] {
        var events: [InputEvent] = []
        var i = script.startIndex
        while i < script.endIndex {
            let c = script[i]
            if c == " " { i = script.index(after: i); continue }
            if c == "'" {
                var j = script.index(after: i)
                var text = ""
                while j < script.endIndex, script[j] != "'" { text.append(script[j]); j = script.index(after: j) }
                for g in text { events.append(.key(.char(g))) }
                i = j < script.endIndex ? script.index(after: j) : j
                continue
            }
            var j = i
            var token = ""
            while j < script.endIndex, script[j] != " " { token.append(script[j]); j = script.index(after: j) }
            events.append(.key(key(token)))
            i = j
        }
        return events
    }

    /// One key from a token.
    public static func key(_ token: String) -> Key {
        switch token.lowercased() {
        case "enter", "ret": return .enter
        case "esc", "escape": return .escape
        case "tab": return .tab
        case "s-tab", "backtab": return .backTab
        case "up": return .up
        case "down": return .down
        case "left": return .left
        case "right": return .right
        case "pgup": return .pageUp
        case "pgdn": return .pageDown
        case "home": return .home
        case "end": return .end
        case "space": return .char(" ")
        case "bs", "backspace": return .backspace
        case "del", "delete": return .delete
        case "ins", "insert": return .insert
        default: break
        }
        let lower = token.lowercased()
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) { return .function(n) }
        if lower.hasPrefix("c-"), token.count == 3, let ch = lower.last { return .ctrl(ch) }
        if lower.hasPrefix("m-"), token.count == 3, let ch = token.last { return .alt(ch) }
        return .char(token.first ?? " ")
    }

    /// Typing text one Unicode scalar per key press, as a terminal delivers it (NFD input arrives as base + marks).
    public static func scalars(_ text: String) -> [InputEvent] {
        text.unicodeScalars.map { .key(.char(Character($0))) }
    }
}

/// A backend in memory: events are queued by the test and every drawn frame is kept.
@MainActor
public final class MemoryBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public var colorMode: ColorMode
    public var events: [InputEvent]
    public private(set) var frames: [CellBuffer] = []

    public init(width: Int, height: Int, colorMode: ColorMode = .c256, events: [InputEvent] = []) {
        size = (width, height)
        self.colorMode = colorMode
        self.events = events
    }

    public func poll(timeoutMs: Int) -> InputEvent? {
        events.isEmpty ? .key(.char("q")) : events.removeFirst()
    }

    public func draw(_ buffer: CellBuffer, theme: Theme, cursor: (x: Int, y: Int)?) {
        frames.append(buffer)
    }

    /// The last frame drawn.
    public var lastFrame: CellBuffer? { frames.last }
}

/// A key the user pressed, decoded from the terminal.
public enum Key: Sendable, Hashable, CustomStringConvertible {
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end, insert, delete
    case function(Int)
    case tab, backTab, enter, escape, backspace
    case ctrl(Character)
    case alt(Character)

    /// The key as the keymap and help write it: `j`, `Enter`, `Ctrl-S`, `F1`.
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .insert: return "Ins"
        case .delete: return "Del"
        case .function(let n): return "F\(n)"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        }
    }
}

/// A mouse action at a cell.
public struct MouseEvent: Sendable, Hashable {
    public enum Kind: Sendable, Hashable { case click, wheelUp, wheelDown }
    public var kind: Kind
    public var x: Int
    public var y: Int
    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }
}

/// Everything the terminal can tell the app.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    /// Text that arrived at once (a paste, or a composed character), stored as NFC by whoever keeps it.
    case text(String)
    /// Text the user pasted (the terminal's bracketed paste): never keys, so a pasted newline or `q` acts on nothing;
    /// line ends are `\n`, other control characters are gone (`BracketedPaste.clean`).
    case paste(String)
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
}

/// Turns raw terminal input (curses key codes and characters) into keys, with no terminal library involved.
public enum KeyDecoder {
    // curses key codes on this platform (ncurses 6.4), as measured in PLATFORM.md.
    public static let codeDown: Int32 = 258, codeUp: Int32 = 259, codeLeft: Int32 = 260, codeRight: Int32 = 261
    public static let codeHome: Int32 = 262, codeBackspace: Int32 = 263, codeF0: Int32 = 264
    public static let codeDelete: Int32 = 330, codeInsert: Int32 = 331, codePageDown: Int32 = 338, codePageUp: Int32 = 339
    public static let codeEnter: Int32 = 343, codeBackTab: Int32 = 353, codeEnd: Int32 = 360, codeResize: Int32 = 410
    public static let codeMouse: Int32 = 409
    /// Codes the backend defines for the bracketed-paste markers `ESC[200~` and `ESC[201~` (above curses' KEY_MAX).
    public static let codePasteStart: Int32 = 1200, codePasteEnd: Int32 = 1201

    /// A key from a curses function-key code, or nil for codes the app does not use.
    public static func decode(keyCode: Int32) -> Key? {
        switch keyCode {
        case codeDown: return .down
        case codeUp: return .up
        case codeLeft: return .left
        case codeRight: return .right
        case codeHome: return .home
        case codeEnd: return .end
        case codeBackspace: return .backspace
        case codeDelete: return .delete
        case codeInsert: return .insert
        case codePageDown: return .pageDown
        case codePageUp: return .pageUp
        case codeEnter: return .enter
        case codeBackTab: return .backTab
        case (codeF0 + 1)...(codeF0 + 12): return .function(Int(keyCode - codeF0))
        default: return nil
        }
    }

    /// A key from a character read from the terminal; `afterEscape` when it followed a lone Esc (Alt-x).
    public static func decode(scalar: Unicode.Scalar, afterEscape: Bool = false) -> Key {
        let v = scalar.value
        if afterEscape, v >= 0x20, v != 0x7F { return .alt(Character(scalar)) }
        switch v {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(v + 96)!))
        case 0: return .ctrl(" ")
        case 28...31: return .ctrl(Character(Unicode.Scalar(v + 64)!))
        default: return .char(Character(scalar))
        }
    }
}

/// Bracketed paste (xterm mode 2004): the terminal wraps pasted text in `ESC[200~` … `ESC[201~`, so the app can
/// tell it from typing.
public enum BracketedPaste {
    /// Turns the mode on.
    public static let enable = "\u{1B}[?2004h"
    /// Turns the mode off (at exit, and in the terminal guard's restore).
    public static let disable = "\u{1B}[?2004l"
    /// The marker before pasted text.
    public static let start = "\u{1B}[200~"
    /// The marker after pasted text.
    public static let end = "\u{1B}[201~"

    /// Pasted scalars as text: CR LF and lone CR become LF, tabs stay, every other control character (an escape
    /// sequence inside the pasted text included) is dropped.
    public static func clean<S: Sequence>(_ scalars: S) -> String where S.Element == Unicode.Scalar {
        var out = String.UnicodeScalarView()
        var lastWasCR = false
        for s in scalars {
            let v = s.value
            if v == 0x0D { out.append("\n"); lastWasCR = true; continue }
            if v == 0x0A { if !lastWasCR { out.append("\n") }; lastWasCR = false; continue }
            lastWasCR = false
            if v == 0x09 || !(v < 0x20 || (v >= 0x7F && v <= 0x9F)) { out.append(s) }
        }
        return String(out)
    }
}

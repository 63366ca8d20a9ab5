/// Semantic roles a theme gives colours to; widgets draw with roles, never with colours.
public enum Role: String, CaseIterable, Sendable, Hashable, Codable {
    case text, muted, border, focusedBorder, title, header, selectedRow, footer, footerKey, tabActive, tabInactive
    case warning, danger, success, star, progress, progressEmpty, accent, input, inputFocused, dialog, statusBar, chart

    /// A one-letter code for style goldens.
    public var code: Character {
        switch self {
        case .text: "."
        case .muted: "m"
        case .border: "b"
        case .focusedBorder: "B"
        case .title: "T"
        case .header: "h"
        case .selectedRow: "S"
        case .footer: "f"
        case .footerKey: "k"
        case .tabActive: "A"
        case .tabInactive: "a"
        case .warning: "w"
        case .danger: "d"
        case .success: "s"
        case .star: "*"
        case .progress: "p"
        case .progressEmpty: "e"
        case .accent: "c"
        case .input: "i"
        case .inputFocused: "I"
        case .dialog: "D"
        case .statusBar: "u"
        case .chart: "g"
        }
    }
}

/// How a cell is drawn: its role plus attributes a widget adds on top.
public struct Style: Sendable, Hashable {
    public var role: Role
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool

    /// A style for a role, optionally bold, underlined or reversed.
    public init(_ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
    }

    public static let text = Style(.text)
}

/// One terminal cell: a grapheme cluster, its width, and its style. A wide grapheme's second cell is a continuation.
public struct Cell: Sendable, Hashable {
    public var grapheme: String
    public var width: UInt8
    public var style: Style

    /// The blank cell.
    public static let blank = Cell(grapheme: " ", width: 1, style: .text)
    /// The right half of a wide grapheme.
    public static func continuation(_ style: Style) -> Cell { Cell(grapheme: "", width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}

/// Figures drawn in large block glyphs (3 or 5 rows high) for reading across a room.
public struct BigText: Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String, role: Role = .accent) {
        self.text = text
        self.role = role
    }

    static let font3: [Character: [String]] = [
        "0": ["█▀█", "█ █", "▀▀▀"], "1": ["▄█ ", " █ ", "▀▀▀"], "2": ["▀▀█", "█▀▀", "▀▀▀"], "3": ["▀▀█", " ▀█", "▀▀▀"],
        "4": ["█ █", "▀▀█", "  ▀"], "5": ["█▀▀", "▀▀█", "▀▀▀"], "6": ["█▀▀", "█▀█", "▀▀▀"], "7": ["▀▀█", "  █", "  ▀"],
        "8": ["█▀█", "█▀█", "▀▀▀"], "9": ["█▀█", "▀▀█", "▀▀▀"], ".": ["   ", "   ", " ▀ "], ",": ["   ", "   ", " █ "],
        " ": ["   ", "   ", "   "], "%": ["▀ █", " █ ", "█ ▄"], "/": ["  █", " █ ", "█  "], "★": ["▄█▄", "▀█▀", "▀ ▀"],
        ":": [" ▀ ", " ▀ ", "   "], "-": ["   ", "▀▀▀", "   "],
    ]
    static let font5: [Character: [String]] = [
        "0": ["█████", "█   █", "█   █", "█   █", "█████"], "1": ["  █  ", " ██  ", "  █  ", "  █  ", "█████"],
        "2": ["█████", "    █", "█████", "█    ", "█████"], "3": ["█████", "    █", " ████", "    █", "█████"],
        "4": ["█   █", "█   █", "█████", "    █", "    █"], "5": ["█████", "█    ", "█████", "    █", "█████"],
        "6": ["█████", "█    ", "█████", "█   █", "█████"], "7": ["█████", "    █", "   █ ", "  █  ", "  █  "],
        "8": ["█████", "█   █", "█████", "█   █", "█████"], "9": ["█████", "█   █", "█████", "    █", "█████"],
        ".": ["     ", "     ", "     ", "     ", "  █  "], ",": ["     ", "     ", "     ", "  █  ", " █   "],
        " ": ["     ", "     ", "     ", "     ", "     "], "%": ["█   █", "   █ ", "  █  ", " █   ", "█   █"],
        "/": ["    █", "   █ ", "  █  ", " █   ", "█    "], "★": ["  █  ", "█████", " ███ ", " █ █ ", "█   █"],
        ":": ["     ", "  █  ", "     ", "  █  ", "     "], "-": ["     ", "     ", "█████", "     ", "     "],
    ]

    /// Rows the text needs for a font of `size` rows (3 or 5).
    public static func width(of text: String, size: Int) -> Int {
        let glyphW = size >= 5 ? 5 : 3
        return text.count * (glyphW + 1) - 1
    }

    /// The largest font (5 then 3 rows) that fits the area; nil when even 3 rows do not fit.
    public func size(for area: Rect) -> Int? {
        if area.height >= 5 && BigText.width(of: text, size: 5) <= area.width { return 5 }
        if area.height >= 3 && BigText.width(of: text, size: 3) <= area.width { return 3 }
        return nil
    }

    /// The largest whole scale (1…) at which the 5-row font fits the area, for figures read across a room.
    public func scale(for area: Rect) -> Int {
        let w = BigText.width(of: text, size: 5)
        guard w > 0 else { return 1 }
        return max(1, min(area.height / 5, area.width / w))
    }

    /// Draws the text centred in the largest font that fits, or as plain bold text when none does.
    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        if let size = size(for: area), size == 5, scale(for: area) > 1 {
            let k = scale(for: area)
            let w = BigText.width(of: text, size: 5) * k
            let x0 = area.x + (area.width - w) / 2
            let y0 = area.y + (area.height - 5 * k) / 2
            for row in 0..<5 {
                var line = ""
                for (i, ch) in text.enumerated() {
                    if i > 0 { line += String(repeating: " ", count: k) }
                    let glyph = BigText.font5[ch]?[row] ?? "?????"
                    for g in glyph { line += String(repeating: String(g), count: k) }
                }
                for r in 0..<k { buf.put(line, x: x0, y: y0 + row * k + r, style: Style(role, bold: true), clip: area) }
            }
            return
        }
        guard let size = size(for: area) else {
            buf.put(text, x: area.x, y: area.y, width: area.width, style: Style(role, bold: true), align: .center)
            return
        }
        let font = size == 5 ? BigText.font5 : BigText.font3
        let w = BigText.width(of: text, size: size)
        let x0 = area.x + (area.width - w) / 2
        let y0 = area.y + (area.height - size) / 2
        for row in 0..<size {
            var line = ""
            for (i, ch) in text.enumerated() {
                if i > 0 { line += " " }
                line += font[ch]?[row] ?? String(repeating: "?", count: size == 5 ? 5 : 3)
            }
            buf.put(line, x: x0, y: y0 + row, style: Style(role, bold: true), clip: area)
        }
    }
}

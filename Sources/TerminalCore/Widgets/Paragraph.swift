/// A run of text in one style.
public struct Span: Sendable, Hashable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .text) {
        self.text = text
        self.style = style
    }
}

/// Text wrapped at word boundaries to the width of its area, with hard line breaks kept.
public struct Paragraph: Sendable {
    public var lines: [[Span]]
    public var scroll: Int

    /// Styled lines; each is wrapped to the area's width.
    public init(lines: [[Span]], scroll: Int = 0) {
        self.lines = lines
        self.scroll = scroll
    }

    /// Plain text in one style.
    public init(_ text: String, style: Style = .text, scroll: Int = 0) {
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(String($0), style)] }
        self.scroll = scroll
    }

    /// Wraps a string into lines of at most `width` columns, breaking at spaces where possible and at graphemes otherwise.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        var line = ""
        var lineW = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var w = String(word)
            var ww = TextWidth.width(of: w)
            let sep = line.isEmpty ? 0 : 1
            if lineW + sep + ww <= width {
                if sep == 1 { line += " " }
                line += w
                lineW += sep + ww
                continue
            }
            if !line.isEmpty { out.append(line); line = ""; lineW = 0 }
            while ww > width {
                var head = ""
                var hw = 0
                var rest = Substring(w)
                while let g = rest.first, hw + TextWidth.width(of: g) <= width {
                    head.append(g)
                    hw += TextWidth.width(of: g)
                    rest = rest.dropFirst()
                }
                if head.isEmpty, let g = rest.first { head.append(g); rest = rest.dropFirst() }
                out.append(head)
                w = String(rest)
                ww = TextWidth.width(of: w)
            }
            line = w
            lineW = ww
        }
        out.append(line)
        return out
    }

    /// The wrapped rows as spans, for measuring and drawing.
    public func rows(width: Int) -> [[Span]] {
        var rows: [[Span]] = []
        for line in lines {
            if line.count == 1 {
                for piece in Paragraph.wrap(line[0].text, width: width) { rows.append([Span(piece, line[0].style)]) }
            } else {
                // Mixed styles are short label–value lines: drawn on one row, clipped.
                rows.append(line)
            }
        }
        return rows
    }

    /// Draws the rows from `scroll` on; returns how many rows the whole text takes.
    @discardableResult
    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) -> Int {
        let all = rows(width: area.width)
        for (i, row) in all.dropFirst(scroll).prefix(area.height).enumerated() {
            var x = area.x
            for span in row {
                x += buf.put(span.text, x: x, y: area.y + i, style: span.style, clip: area)
            }
        }
        return all.count
    }
}

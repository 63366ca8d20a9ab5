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

    /// The wrapped rows as spans, for measuring and drawing: words wrap across style changes.
    public func rows(width: Int) -> [[Span]] {
        guard width > 0 else { return [] }
        var rows: [[Span]] = []
        for line in lines {
            var cells: [(Character, Style)] = []
            for span in line { for g in span.text { cells.append((g, span.style)) } }
            var out: [[(Character, Style)]] = []
            var cur: [(Character, Style)] = []
            var curW = 0
            var i = 0
            while i < cells.count {
                var j = i
                while j < cells.count && cells[j].0 != " " { j += 1 }
                let word = cells[i..<j]
                let ww = word.reduce(0) { $0 + TextWidth.width(of: $1.0) }
                if curW + ww > width && curW > 0 {
                    while let last = cur.last, last.0 == " " { cur.removeLast() }
                    out.append(cur)
                    cur = []
                    curW = 0
                }
                if ww > width {
                    for c in word {
                        let w = TextWidth.width(of: c.0)
                        if curW + w > width { out.append(cur); cur = []; curW = 0 }
                        cur.append(c)
                        curW += w
                    }
                } else {
                    cur += word
                    curW += ww
                }
                var k = j
                while k < cells.count && cells[k].0 == " " {
                    if curW < width { cur.append(cells[k]); curW += 1 }
                    k += 1
                }
                i = k
            }
            out.append(cur)
            for row in out {
                var spans: [Span] = []
                for (g, st) in row {
                    if let last = spans.last, last.style == st { spans[spans.count - 1].text.append(g) } else { spans.append(Span(String(g), st)) }
                }
                rows.append(spans)
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

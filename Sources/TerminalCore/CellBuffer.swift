/// A grid of cells that widgets draw into; the backend sends it to the terminal.
/// Writes are width-correct per grapheme and never let a control character through.
public struct CellBuffer: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    /// A blank buffer of a size.
    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    /// The whole buffer as a rectangle.
    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// The cell at a position (blank outside the buffer).
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    /// Sets one cell, repairing any wide grapheme it cuts in half.
    public mutating func set(x: Int, y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation && x > 0 && cells[i - 1].width == 2 {
            cells[i - 1] = Cell(grapheme: " ", width: 1, style: cells[i - 1].style)
        }
        if old.width == 2 && x + 1 < width && cell.width != 2 {
            cells[i + 1] = Cell(grapheme: " ", width: 1, style: old.style)
        }
        cells[i] = cell
    }

    /// Writes text from (x, y), clipped to `clip` (default: the whole buffer); returns the columns used.
    /// Control characters become visible placeholders; a wide grapheme that does not fit leaves a space.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style = .text, clip: Rect? = nil) -> Int {
        let c = (clip ?? area).intersection(area)
        guard y >= c.y, y < c.maxY else { return 0 }
        var col = x
        // Fast path: text whose every scalar is a one-column grapheme on its own (ASCII, precomposed Vietnamese,
        // box and block glyphs) is written scalar by scalar, without grapheme breaking.
        if TextWidth.isSimpleNarrowText(text) {
            let rowBase = y * width
            for scalar in text.unicodeScalars {
                if col >= c.maxX { break }
                if col >= c.x {
                    let cell = Cell(grapheme: String(Character(scalar)), width: 1, style: style)
                    if cells[rowBase + col].width == 1 { cells[rowBase + col] = cell } else { set(x: col, y: y, cell) }
                }
                col += 1
            }
            return max(0, min(col, c.maxX) - x)
        }
        for g in text {
            if col >= c.maxX { break }
            if (g.asciiValue.map { $0 >= 0x20 && $0 != 0x7F } ?? false) || TextWidth.isSimpleNarrow(g) {
                if col >= c.x {
                    let i = y * width + col
                    // Fast path: overwriting a plain one-column cell needs no wide-character repair.
                    if cells[i].width == 1 { cells[i] = Cell(grapheme: String(g), width: 1, style: style) }
                    else { set(x: col, y: y, Cell(grapheme: String(g), width: 1, style: style)) }
                }
                col += 1
                continue
            }
            var hasControl = false
            for s in g.unicodeScalars where TextWidth.isControl(s) { hasControl = true; break }
            if hasControl {
                for s in g.unicodeScalars where TextWidth.isControl(s) {
                    if col >= c.x && col < c.maxX { set(x: col, y: y, Cell(grapheme: String(TextWidth.placeholder(for: s)), width: 1, style: style)) }
                    col += 1
                }
                continue
            }
            let w = TextWidth.width(of: g)
            if w == 0 {
                // A lone mark or joiner: attach it to the previous cell so nothing goes out unmeasured.
                if col - 1 >= c.x && col - 1 < c.maxX {
                    var prev = self[col - 1, y]
                    if prev.isContinuation, col - 2 >= c.x { prev = self[col - 2, y]; prev.grapheme += String(g); set(x: col - 2, y: y, prev) }
                    else if !prev.isContinuation { prev.grapheme += String(g); set(x: col - 1, y: y, prev) }
                }
                continue
            }
            if col < c.x { col += w; continue }
            if w == 2 {
                if col + 1 >= c.maxX {
                    set(x: col, y: y, Cell(grapheme: " ", width: 1, style: style))
                    col += 1
                    break
                }
                set(x: col, y: y, Cell(grapheme: String(g), width: 2, style: style))
                set(x: col + 1, y: y, .continuation(style))
                col += 2
            } else {
                set(x: col, y: y, Cell(grapheme: String(g), width: 1, style: style))
                col += 1
            }
        }
        return max(0, min(col, c.maxX) - x)
    }

    /// Writes text cut to `width` columns with "…" when it does not fit.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, width w: Int, style: Style = .text, align: Alignment = .left) -> Int {
        guard w > 0 else { return 0 }
        let t = TextWidth.pad(text, to: w, align: align)
        return put(t, x: x, y: y, style: style, clip: Rect(x: x, y: y, width: w, height: 1))
    }

    /// Fills a rectangle with a character.
    public mutating func fill(_ r: Rect, with ch: Character = " ", style: Style = .text) {
        let c = r.intersection(area)
        guard !c.isEmpty else { return }
        let cell = Cell(grapheme: String(ch), width: 1, style: style)
        for yy in c.y..<c.maxY {
            // Repair wide characters cut at the edges, then write the run directly.
            if c.x > 0, cells[yy * width + c.x].isContinuation { set(x: c.x, y: yy, cell) }
            if c.maxX < width, cells[yy * width + c.maxX - 1].width == 2 { set(x: c.maxX - 1, y: yy, cell) }
            let base = yy * width
            for xx in c.x..<c.maxX { cells[base + xx] = cell }
        }
    }

    /// Changes the style of every cell in a rectangle, keeping its text.
    public mutating func restyle(_ r: Rect, _ style: Style) {
        let c = r.intersection(area)
        for yy in c.y..<c.maxY {
            for xx in c.x..<c.maxX { cells[yy * width + xx].style = style }
        }
    }

    /// The text of each row (continuation cells skipped), for goldens and tests.
    public func textLines() -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.isContinuation { s += cell.grapheme }
            }
            return s
        }
    }

    /// One role code per column of each row, for style goldens.
    public func styleLines() -> [String] {
        (0..<height).map { y in
            String((0..<width).map { x -> Character in
                let s = cells[y * width + x].style
                return s.reverse ? "R" : s.role.code
            })
        }
    }

    /// The whole screen as text with trailing spaces trimmed.
    public var text: String {
        textLines().map { line in
            var l = line
            while l.hasSuffix(" ") { l.removeLast() }
            return l
        }.joined(separator: "\n")
    }
}

/// A rectangle of cells.
public struct Rect: Sendable, Hashable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// A rectangle; negative sizes become zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public var isEmpty: Bool { width == 0 || height == 0 }
    public var description: String { "(\(x),\(y) \(width)×\(height))" }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect { Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n) }
    /// The rectangle shrunk by different margins.
    public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
        Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
    }
    /// The overlap of two rectangles.
    public func intersection(_ o: Rect) -> Rect {
        let nx = max(x, o.x), ny = max(y, o.y)
        return Rect(x: nx, y: ny, width: min(maxX, o.maxX) - nx, height: min(maxY, o.maxY) - ny)
    }
    /// Whether a point lies inside.
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    /// One row of the rectangle.
    public func row(_ i: Int) -> Rect { Rect(x: x, y: y + i, width: width, height: 1) }
    /// A rectangle of a given size centred in this one.
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(w, width), ch = min(h, height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }
}

/// A size constraint for one part of a layout.
public enum Constraint: Sendable, Hashable {
    /// Exactly n cells (less if there is no room).
    case length(Int)
    /// A percentage of the whole.
    case percentage(Int)
    /// At least n cells, sharing what is left like `fill(1)`.
    case min(Int)
    /// A share of what is left, by weight.
    case fill(Int)
}

/// Splits a rectangle into parts by constraints, vertically or horizontally.
public struct Layout: Sendable {
    public enum Direction: Sendable { case vertical, horizontal }
    public var direction: Direction
    public var constraints: [Constraint]
    public var spacing: Int

    /// A layout in a direction with constraints and an optional gap between parts.
    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = spacing
    }

    /// The parts of `area`, in order; they never overlap and never leave `area`.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .vertical ? area.height : area.width
        let gaps = spacing * max(0, constraints.count - 1)
        let avail = max(0, total - gaps)
        var sizes = [Int](repeating: 0, count: constraints.count)
        var used = 0
        for (i, c) in constraints.enumerated() {
            switch c {
            case .length(let n): sizes[i] = n
            case .percentage(let p): sizes[i] = avail * p / 100
            case .min(let n): sizes[i] = n
            case .fill: sizes[i] = 0
            }
            sizes[i] = Swift.max(0, Swift.min(sizes[i], avail - used))
            used += sizes[i]
        }
        var weights: [(Int, Int)] = []
        for (i, c) in constraints.enumerated() {
            switch c {
            case .fill(let w): weights.append((i, Swift.max(w, 1)))
            case .min: weights.append((i, 1))
            default: break
            }
        }
        var rest = avail - used
        let totalWeight = weights.reduce(0) { $0 + $1.1 }
        if totalWeight > 0 && rest > 0 {
            let share = rest
            for (k, (i, w)) in weights.enumerated() {
                let add = k == weights.count - 1 ? rest : share * w / totalWeight
                sizes[i] += add
                rest -= add
            }
        }
        var out: [Rect] = []
        var pos = direction == .vertical ? area.y : area.x
        for s in sizes {
            if direction == .vertical {
                out.append(Rect(x: area.x, y: pos, width: area.width, height: s))
            } else {
                out.append(Rect(x: pos, y: area.y, width: s, height: area.height))
            }
            pos += s + spacing
        }
        return out
    }
}

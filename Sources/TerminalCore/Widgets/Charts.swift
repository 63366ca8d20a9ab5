import Foundation

/// A progress bar that reads without colour: filled and empty glyphs plus the percentage.
public struct ProgressBar: Sendable {
    public var fraction: Double
    public var showPercent: Bool

    /// A bar for a fraction in 0…1 (clamped).
    public init(fraction: Double, showPercent: Bool = true) {
        self.fraction = min(1, max(0, fraction.isFinite ? fraction : 0))
        self.showPercent = showPercent
    }

    /// The bar as text of exactly `width` columns (percentage included).
    public func text(width: Int, glyphs: Glyphs = .light) -> (bar: String, filled: Int, percent: String) {
        let pct = showPercent ? String(format: " %3d%%", Int((fraction * 100).rounded())) : ""
        let barW = max(0, width - pct.count)
        let filled = Int((Double(barW) * fraction).rounded())
        let bar = String(repeating: glyphs.barFull, count: filled) + String(repeating: glyphs.barEmpty, count: barW - filled)
        return (bar, filled, pct)
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0, area.width > 0 else { return }
        let t = text(width: area.width, glyphs: theme.glyphs)
        let full = String(t.bar.prefix(t.filled)), empty = String(t.bar.dropFirst(t.filled))
        var x = area.x
        x += buf.put(full, x: x, y: area.y, style: Style(.progress), clip: area)
        x += buf.put(empty, x: x, y: area.y, style: Style(.progressEmpty), clip: area)
        buf.put(t.percent, x: x, y: area.y, style: Style(.text, bold: true), clip: area)
    }
}

/// Horizontal bars with a label and a value each, scaled to the largest value.
public struct BarChart: Sendable {
    public var items: [(label: String, value: Double, valueText: String)]
    public var role: Role

    public init(items: [(label: String, value: Double, valueText: String)], role: Role = .chart) {
        self.items = items
        self.role = role
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.width > 4 else { return }
        let labelW = min(max(items.map { TextWidth.width(of: $0.label) }.max() ?? 0, 1), area.width / 3)
        let valueW = items.map { TextWidth.width(of: $0.valueText) }.max() ?? 0
        let barW = max(1, area.width - labelW - valueW - 2)
        let maxV = items.map(\.value).max() ?? 0
        for (i, it) in items.prefix(area.height).enumerated() {
            let y = area.y + i
            buf.put(it.label, x: area.x, y: y, width: labelW)
            let n = maxV > 0 ? Int((Double(barW) * it.value / maxV).rounded()) : 0
            let bar = String(repeating: "█", count: n)
            let used = buf.put(bar, x: area.x + labelW + 1, y: y, style: Style(role), clip: area)
            buf.put(it.valueText, x: area.x + labelW + 1 + used + (used > 0 ? 1 : 0), y: y, style: Style(.text, bold: true), clip: area)
        }
    }
}

/// A one-row sparkline of values with eighth-block glyphs.
public struct Sparkline: Sendable {
    public var values: [Double]

    public init(values: [Double]) { self.values = values }

    static let ticks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The sparkline as text, the last `width` values.
    public func text(width: Int) -> String {
        let vs = Array(values.suffix(width))
        guard let lo = vs.min(), let hi = vs.max() else { return "" }
        return String(vs.map { v in
            hi == lo ? Sparkline.ticks[3] : Sparkline.ticks[min(7, Int((v - lo) / (hi - lo) * 7.0 + 0.5))]
        })
    }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.height > 0 else { return }
        buf.put(text(width: area.width), x: area.x, y: area.y, style: Style(.chart), clip: area)
    }
}

/// Bars for a value per period with a line of dots for the running total on its own scale: certifications per year
/// and the cumulative count. Each row: label, bar, a ● where the running total stands, then both numbers.
public struct BarLineChart: Sendable {
    public var items: [(label: String, value: Double, total: Double, valueText: String)]

    public init(items: [(label: String, value: Double, total: Double, valueText: String)]) { self.items = items }

    public func render(in area: Rect, into buf: inout CellBuffer, theme: Theme) {
        guard area.width > 6, area.height > 0 else { return }
        let rows = items.suffix(area.height)
        let labelW = rows.map { TextWidth.width(of: $0.label) }.max() ?? 0
        let valueW = rows.map { TextWidth.width(of: $0.valueText) }.max() ?? 0
        let barW = max(2, area.width - labelW - valueW - 2)
        let maxV = rows.map(\.value).max() ?? 0, maxT = rows.map(\.total).max() ?? 0
        for (i, it) in rows.enumerated() {
            let y = area.y + i
            buf.put(it.label, x: area.x, y: y, width: labelW)
            let x0 = area.x + labelW + 1
            let n = maxV > 0 ? Int((Double(barW) * it.value / maxV).rounded()) : 0
            buf.put(String(repeating: "▆", count: min(n, barW)), x: x0, y: y, style: Style(.chart), clip: area)
            let dot = maxT > 0 ? min(barW - 1, Int((Double(barW - 1) * it.total / maxT).rounded())) : 0
            buf.put("●", x: x0 + dot, y: y, style: Style(.warning, bold: true), clip: area)
            buf.put(it.valueText, x: x0 + barW + 1, y: y, width: valueW, style: Style(.text, bold: true))
        }
    }
}

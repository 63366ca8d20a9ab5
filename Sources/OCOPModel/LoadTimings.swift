import Foundation

/// Where a load's time goes, phase by phase, for `ocop-bench breakdown`. Phases that run on several threads add
/// up their threads' time; `wall` phases are measured on the loading thread.
public final class LoadTimings: @unchecked Sendable {
    private let lock = NSLock()
    private var order: [String] = []
    private var seconds: [String: Double] = [:]

    /// An empty record.
    public init() {}

    /// Adds `s` seconds to a phase (created at its first use, in that order).
    public func add(_ phase: String, _ s: Double) {
        lock.lock()
        defer { lock.unlock() }
        if seconds[phase] == nil { order.append(phase) }
        seconds[phase, default: 0] += s
    }

    /// The phases in the order they were first recorded, with their seconds.
    public var phases: [(name: String, seconds: Double)] {
        lock.lock()
        defer { lock.unlock() }
        return order.map { ($0, seconds[$0] ?? 0) }
    }

    /// Monotonic seconds, for timing a phase.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Runs `body`, adding its time to `phase` when there is a record.
    @inline(__always)
    static func measure<T>(_ t: LoadTimings?, _ phase: String, _ body: () throws -> T) rethrows -> T {
        guard let t else { return try body() }
        let a = now()
        defer { t.add(phase, now() - a) }
        return try body()
    }
}

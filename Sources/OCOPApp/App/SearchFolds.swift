import Foundation
import OCOPModel
import OCOPText
import Synchronization

/// The folded names of products and producers that search, the palette and pickers compare against, built off the
/// screen's thread on large datasets: the first frame does not wait for them, and a search typed before they are
/// ready waits for them.
public final class SearchFolds: @unchecked Sendable {
    /// The folds of both lists, as bytes (one buffer per list).
    struct Value: Sendable {
        var products: PackedBytes
        var producers: PackedBytes
    }

    /// Datasets with more products and producers than this build their folds in the background.
    public static let backgroundThreshold = 20_000

    private let condition = NSCondition()
    private var value: Value?
    /// The build not yet started.
    private var pending: (@Sendable () -> Value)?
    /// Set (releasing) once `value` is written, so readers after that need no lock.
    private let done = Atomic<Bool>(false)

    /// Builds the folds now, or later in the background (`start`, which the screen calls after its first frame,
    /// or the first reader); `gate` (tests) runs first in the background.
    init(background: Bool, gate: (@Sendable () -> Void)? = nil, _ build: @escaping @Sendable () -> Value) {
        guard background else {
            value = build()
            done.store(true, ordering: .releasing)
            return
        }
        pending = {
            gate?()
            return build()
        }
    }

    /// Starts building in the background, once.
    public func start() {
        condition.lock()
        let job = pending
        pending = nil
        condition.unlock()
        guard let job else { return }
        DispatchQueue.global(qos: .userInitiated).async {
            let v = job()
            self.condition.lock()
            self.value = v
            self.done.store(true, ordering: .releasing)
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// Whether the folds are built.
    public var isReady: Bool { done.load(ordering: .acquiring) }

    /// The folds, waiting for them if they are still being built.
    var ready: Value {
        if done.load(ordering: .acquiring), let v = value { return v }
        start()
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }
}

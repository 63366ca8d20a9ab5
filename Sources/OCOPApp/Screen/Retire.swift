import Foundation
import OCOPModel

/// Lets go of replaced data on another thread: freeing a million records (their arrays, strings and lookups) took
/// the screen's thread a noticeable time when a save's result or a reload was taken in.
enum Retire {
    /// Keeps `dataset` and `cache` alive until a background thread drops them, after the screen has moved on.
    static func inBackground(_ dataset: Dataset, _ cache: DataCache) {
        guard dataset.products.count > 20_000 else { return }
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + 0.05) {
            withExtendedLifetime((dataset, cache)) {}
        }
    }
}

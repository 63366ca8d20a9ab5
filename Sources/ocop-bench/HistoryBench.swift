import Foundation
import OCOPModel
import OCOPHistory

/// History at this size: a first snapshot, an unchanged one, one after a one-product edit, the load-time check,
/// a hand edit found and journalled, and the data rebuilt as of now (snapshot + journal replay).
func historyFigures() throws {
    let h = FileManager.default.temporaryDirectory.appendingPathComponent("ocop-bench-history-\(getpid())")
    try? FileManager.default.removeItem(at: h)
    try FileManager.default.createDirectory(at: h, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: h) }
    for f in DatasetFile.allCases where FileManager.default.fileExists(atPath: dir.appendingPathComponent(f.rawValue).path) {
        try FileManager.default.copyItem(at: dir.appendingPathComponent(f.rawValue), to: h.appendingPathComponent(f.rawValue))
    }
    var t0 = now()
    let first = try SnapshotStore.take(h, reason: "snapshot", user: "bench")
    print(String(format: "snapshot, first: %.2f s, %.1f MB stored for %.1f MB of data (%.1f%%)", now() - t0, Double(first.storedBytes) / 1e6,
                 Double(first.dataBytes) / 1e6, 100 * Double(first.storedBytes) / Double(first.dataBytes)))
    t0 = now()
    let same = try SnapshotStore.take(h, reason: "snapshot", user: "bench")
    print(String(format: "snapshot, unchanged: %.2f s, %d bytes stored (every file already there)", now() - t0, same.storedBytes))
    guard let ds = DatasetLoader.load(directory: h).dataset else { return }
    var p = ds.products[ds.products.count / 2]
    let old = p
    p.name += " (bench)"
    try RecordCommitter.commit(RecordChange(before: old, after: p), in: h, user: "bench", action: .edit)
    t0 = now()
    let edited = try SnapshotStore.take(h, reason: "snapshot", user: "bench")
    print(String(format: "snapshot after a one-product edit: %.2f s, %.1f MB stored (%d new file)", now() - t0, Double(edited.storedBytes) / 1e6, edited.newObjects))
    let after = DatasetLoader.load(directory: h).dataset ?? ds
    t0 = now()
    _ = try History.reconcile(h, loaded: after, user: "bench")
    print(String(format: "load-time check for changes outside ocop, none: %.1f ms", (now() - t0) * 1000))
    let url = h.appendingPathComponent("products.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    try text.replacingOccurrences(of: "\"" + ds.products[7].name + "\"", with: "\"" + ds.products[7].name + " 2\"").write(to: url, atomically: true, encoding: .utf8)
    let handEdited = DatasetLoader.load(directory: h).dataset ?? ds
    t0 = now()
    let found = try History.reconcile(h, loaded: handEdited, user: "bench")
    print(String(format: "a hand edit found and journalled: %.2f s (%d record)", now() - t0, found.count))
    t0 = now()
    _ = try History.dataset(before: DatasetWriter.timestamp(Date().addingTimeInterval(60)), in: h)
    print(String(format: "--as-of: the data rebuilt from the last snapshot + journal: %.2f s", now() - t0))
}

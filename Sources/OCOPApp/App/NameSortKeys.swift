import Foundation
import OCOPModel
import OCOPText
import Synchronization

/// The Vietnamese collation keys of product and producer names, kept beside the search folds so sorting a table by
/// name computes them once, not at every sort: built on another thread after the folds on large datasets (a sort
/// asked for before then waits for them), and after a save only the changed record's key is made again.
public final class NameSortKeys: @unchecked Sendable {
    /// The keys of both lists, in record order.
    struct Value: Sendable {
        var products: PackedBytes
        var producers: PackedBytes
        /// Each list's records in name order (by key, then position), so a table sorts by name without comparing.
        var productOrder: NameOrder
        var producerOrder: NameOrder
    }

    private let condition = NSCondition()
    private var value: Value?
    /// The build not yet started.
    private var pending: (@Sendable () -> Value)?
    private let done = Atomic<Bool>(false)
    private let scheduled = Atomic<Bool>(false)

    /// Builds the keys now, or later in the background (`start`, or the first reader).
    init(background: Bool, _ build: @escaping @Sendable () -> Value) {
        guard background else {
            value = build()
            done.store(true, ordering: .releasing)
            return
        }
        pending = build
    }

    /// Starts building in the background, once.
    public func start() {
        condition.lock()
        let job = pending
        pending = nil
        condition.unlock()
        guard let job else { return }
        DispatchQueue.global(qos: .utility).async {
            let v = job()
            self.condition.lock()
            self.value = v
            self.done.store(true, ordering: .releasing)
            self.condition.broadcast()
            self.condition.unlock()
        }
    }

    /// Starts building once `folds` are ready (scheduled once, however often it is asked).
    func start(after folds: SearchFolds) {
        guard !isReady, scheduled.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        DispatchQueue.global(qos: .utility).async {
            _ = folds.ready
            self.start()
        }
    }

    /// Whether the keys are built.
    public var isReady: Bool { done.load(ordering: .acquiring) }

    /// The keys, waiting for them if they are still being built.
    var ready: Value {
        if done.load(ordering: .acquiring), let v = value { return v }
        start()
        condition.lock()
        defer { condition.unlock() }
        while value == nil { condition.wait() }
        return value!
    }

    /// The sort key of product `row`'s name.
    public func product(_ row: Int) -> ArraySlice<UInt8> { ready.products[row] }
    /// The sort key of producer `row`'s name.
    public func producer(_ row: Int) -> ArraySlice<UInt8> { ready.producers[row] }
    /// Products in name order.
    var productOrder: NameOrder { ready.productOrder }
    /// Producers in name order.
    var producerOrder: NameOrder { ready.producerOrder }

    /// The keys for a dataset, reusing `previous` where `change` did not touch a name.
    static func make(_ ds: Dataset, previous: NameSortKeys?, previousIndex: DatasetIndex?, change: RecordChange?) -> NameSortKeys {
        let products = ds.products, producers = ds.producers
        // Keys never built are not carried forward: the new ones would otherwise hold every older version's data.
        let previous = (previous?.isReady ?? false) ? previous : nil
        let background = products.count + producers.count > SearchFolds.backgroundThreshold
        return NameSortKeys(background: background) {
            let old = previous?.ready
            let p = DataCache.perRecord(products, .products, old.map { ($0.products, previousIndex!.productIndexById) }, change, atMost: { 3 * $0.name.utf8.count + 2 }) {
                VietnameseCollation.key($0.name)
            }
            let r = DataCache.perRecord(producers, .producers, old.map { ($0.producers, previousIndex!.producerIndexById) }, change, atMost: { 3 * $0.name.utf8.count + 2 }) {
                VietnameseCollation.key($0.name)
            }
            return Value(products: p, producers: r, productOrder: NameOrder(p), producerOrder: NameOrder(r))
        }
    }
}

/// A list's records in name order, and their keys: a table sorted by name is this order kept to its rows.
struct NameOrder: Sendable {
    let order: [Int32]
    /// Whether each place of `order` holds the same key as the one before it (read when the order is walked
    /// backwards: comparing keys there would read them all over memory).
    let sameAsPrevious: [Bool]

    /// The order of a list's keys.
    init(_ keys: PackedBytes) {
        order = keys.sortedPositions()
        let order = order
        sameAsPrevious = keys.withComparator { compare in
            order.indices.map { $0 > 0 && compare(Int(order[$0 - 1]), Int(order[$0])) == 0 }
        }
    }

    /// Each record's rank in name order (equal names share one), and how many ranks there are.
    func ranks() -> (rank: [Int], count: Int) {
        var rank = [Int](repeating: 0, count: order.count)
        var r = -1
        for (k, i) in order.enumerated() {
            if !sameAsPrevious[k] { r += 1 }
            rank[Int(i)] = r
        }
        return (rank, r + 1)
    }

    /// `rows` (ascending positions of a list of `total` records) in name order, ties by position in both directions:
    /// what sorting them by key gives, in one pass over the order.
    func arrange(_ rows: [Int], total: Int, ascending: Bool) -> [Int] {
        var listed: [Bool]?
        if rows.count != total {
            var l = [Bool](repeating: false, count: total)
            for r in rows { l[r] = true }
            listed = l
        }
        var out: [Int] = []
        out.reserveCapacity(rows.count)
        if ascending {
            for k in order where listed?[Int(k)] ?? true { out.append(Int(k)) }
            return out
        }
        // Descending: groups of equal keys from the last, each group in position order.
        var end = order.count
        while end > 0 {
            var start = end - 1
            while start > 0 && sameAsPrevious[start] { start -= 1 }
            for p in start..<end where listed?[Int(order[p])] ?? true { out.append(Int(order[p])) }
            end = start
        }
        return out
    }
}

extension DataCache {
    /// A byte string per record of a list (a fold, a sort key), reused from the previous cache where the change did
    /// not touch the record; `atMost` bounds a record's value's length.
    static func perRecord<R: DatasetRecord, C: Collection>(_ list: [R], _ file: DatasetFile, _ previous: (PackedBytes, [String: Int])?,
                                                           _ change: RecordChange?, atMost: (R) -> Int, _ make: (R) -> C) -> PackedBytes where C.Element == UInt8 {
        if let (values, oldIndex) = previous, let change {
            if change.file == file {
                var v = values
                switch (change.before, change.after, oldIndex[change.id]) {
                case (_?, _?, let i?) where list.count == v.count && list[i].id == change.id:
                    v.replace(i, with: make(list[i]))
                    return v
                case (nil, _?, nil) where list.count == v.count + 1 && list.last?.id == change.id:
                    v.append(make(list[list.count - 1]))
                    return v
                case (_?, nil, let i?) where list.count == v.count - 1:
                    v.remove(at: i)
                    return v
                default: break
                }
            } else if values.count == list.count {
                return values
            }
        }
        var out = PackedBytes()
        list.withUnsafeBufferPointer { records in
            // Room for the longest the values can be, so the buffer is never copied to grow.
            out.reserveCapacity(count: records.count, bytes: records.reduce(0) { $0 + atMost($1) })
            for i in records.indices { out.append(make(records[i])) }
        }
        return out
    }
}

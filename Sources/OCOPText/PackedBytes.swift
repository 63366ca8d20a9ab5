import Foundation

/// Many short byte strings (search folds, sort keys) in one buffer, one after another: two allocations for a whole
/// list instead of one per record, and elements read as slices of that buffer without copying.
public struct PackedBytes: Sendable, Equatable, RandomAccessCollection {
    /// Every element's bytes, in order.
    private var storage: [UInt8] = []
    /// Where each element ends in `storage` (it starts where the previous one ends).
    private var ends: [UInt32] = []

    /// An empty list.
    public init() {}

    /// The list of `items`, in order.
    public init<S: Sequence>(_ items: S) where S.Element: Collection, S.Element.Element == UInt8 {
        for item in items { append(item) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// Element `i`'s bytes: a slice of the shared buffer.
    public subscript(i: Int) -> ArraySlice<UInt8> {
        let start = i == 0 ? 0 : Int(ends[i - 1])
        return storage[start..<Int(ends[i])]
    }

    /// Runs `body` with a test of whether element `i` contains `needle` that reads the buffer in place (a scan of a
    /// million elements per keystroke, without a retain per element).
    public func withMatcher<T>(_ needle: [UInt8], _ body: ((Int) -> Bool) -> T) -> T {
        withFinder(needle) { find in withoutActuallyEscaping(find) { find in body { find($0) != nil } } }
    }

    /// Runs `body` with a finder of where `needle` first occurs in element `i` (nil: it does not), reading the
    /// buffer in place.
    public func withFinder<T>(_ needle: [UInt8], _ body: ((Int) -> Int?) -> T) -> T {
        storage.withUnsafeBufferPointer { sp in
            ends.withUnsafeBufferPointer { ep in
                needle.withUnsafeBufferPointer { np in
                    body { i in
                        let start = i == 0 ? 0 : Int(ep[i - 1])
                        return TextFolding.firstIndex(of: np, in: UnsafeBufferPointer(rebasing: sp[start..<Int(ep[i])]))
                    }
                }
            }
        }
    }

    /// The positions of the elements in byte order (memcmp, then the shorter first), equal elements by position.
    public func sortedPositions() -> [Int32] {
        var order = (0..<Int32(count)).map { $0 }
        storage.withUnsafeBufferPointer { sp in
            ends.withUnsafeBufferPointer { ep in
                order.sort { a, b in
                    let c = Self.compare(Int(a), Int(b), sp, ep)
                    return c != 0 ? c < 0 : a < b
                }
            }
        }
        return order
    }

    /// Whether elements `i` and `j` hold the same bytes.
    public func sameBytes(_ i: Int, _ j: Int) -> Bool { withComparator { $0(i, j) == 0 } }

    /// Runs `body` with a comparison of elements `i` and `j` (-1, 0, 1 in byte order) that reads the buffer in place.
    public func withComparator<T>(_ body: ((Int, Int) -> Int) -> T) -> T {
        storage.withUnsafeBufferPointer { sp in ends.withUnsafeBufferPointer { ep in body { Self.compare($0, $1, sp, ep) } } }
    }

    private static func compare(_ i: Int, _ j: Int, _ sp: UnsafeBufferPointer<UInt8>, _ ep: UnsafeBufferPointer<UInt32>) -> Int {
        let si = i == 0 ? 0 : Int(ep[i - 1]), sj = j == 0 ? 0 : Int(ep[j - 1])
        let ni = Int(ep[i]) - si, nj = Int(ep[j]) - sj
        let n = Swift.min(ni, nj)
        if n > 0, let base = sp.baseAddress {
            let c = memcmp(base + si, base + sj, n)
            if c != 0 { return c < 0 ? -1 : 1 }
        }
        return ni == nj ? 0 : (ni < nj ? -1 : 1)
    }

    /// The bytes of all elements, which take `storage` and `ends` (for figures).
    public var byteCount: Int { storage.count + ends.count * MemoryLayout<UInt32>.size }

    /// Reserves room for `count` elements of `bytes` bytes in all.
    public mutating func reserveCapacity(count: Int, bytes: Int) {
        storage.reserveCapacity(bytes)
        ends.reserveCapacity(count)
    }

    /// Adds an element at the end.
    public mutating func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        storage.append(contentsOf: bytes)
        precondition(storage.count <= Int(UInt32.max), "PackedBytes holds at most 4 GiB")
        ends.append(UInt32(storage.count))
    }

    /// Adds every element of `other` at the end.
    public mutating func append(contentsOf other: PackedBytes) {
        let base = UInt32(storage.count)
        storage.append(contentsOf: other.storage)
        precondition(storage.count <= Int(UInt32.max), "PackedBytes holds at most 4 GiB")
        ends.append(contentsOf: other.ends.lazy.map { $0 + base })
    }

    /// Replaces element `i`'s bytes.
    public mutating func replace<C: Collection>(_ i: Int, with bytes: C) where C.Element == UInt8 {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        storage.replaceSubrange(start..<end, with: bytes)
        let delta = Int64(bytes.count) - Int64(end - start)
        if delta != 0 {
            for k in i..<ends.count { ends[k] = UInt32(Int64(ends[k]) + delta) }
        }
    }

    /// Removes element `i`.
    public mutating func remove(at i: Int) {
        let start = i == 0 ? 0 : Int(ends[i - 1]), end = Int(ends[i])
        storage.removeSubrange(start..<end)
        ends.remove(at: i)
        let delta = UInt32(end - start)
        if delta != 0 {
            for k in i..<ends.count { ends[k] -= delta }
        }
    }
}

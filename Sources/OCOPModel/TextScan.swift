import Foundation

/// The control characters of a raw JSON string body, and positions in a file's bytes.
enum TextScan {
    /// The 1-based line and column (in characters: UTF-8 lead bytes) of byte `offset`, given where each line starts.
    static func lineColumn<C: Collection>(_ offset: Int, lineStarts: [Int], in bytes: C) -> (line: Int, column: Int)
    where C.Element == UInt8, C.Index == Int {
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        var col = 1
        var j = lineStarts[lo]
        while j < offset && j < bytes.count {
            if bytes[j] & 0xC0 != 0x80 { col += 1 }
            j += 1
        }
        return (lo + 1, col)
    }

    /// The first control character (other than newline) in a raw JSON string body, escaped or not.
    static func controlScalar<C: Collection>(in raw: C) -> UInt32? where C.Element == UInt8, C.Index == Int {
        var i = raw.startIndex
        while i < raw.endIndex {
            let b = raw[i]
            if b == 0x5C, i + 1 < raw.endIndex {
                let c = raw[i + 1]
                switch c {
                case UInt8(ascii: "b"): return 0x08
                case UInt8(ascii: "f"): return 0x0C
                case UInt8(ascii: "r"): return 0x0D
                case UInt8(ascii: "t"): return 0x09
                case UInt8(ascii: "u"):
                    if i + 5 < raw.endIndex, let v = UInt32(String(decoding: raw[(i + 2)...(i + 5)], as: UTF8.self), radix: 16),
                       (v < 0x20 && v != 0x0A) || (v >= 0x7F && v <= 0x9F) {
                        return v
                    }
                    i += 6
                    continue
                default: break
                }
                i += 2
                continue
            }
            if b == 0x7F { return 0x7F }
            if b == 0xC2, i + 1 < raw.endIndex, raw[i + 1] >= 0x80, raw[i + 1] <= 0x9F { return UInt32(raw[i + 1]) }
            i += 1
        }
        return nil
    }
}

import Foundation

/// The control characters of a raw JSON string body.
enum TextScan {
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

import CSystemZlib
import Foundation

/// zlib streams (RFC 1950) through the system's libz, for snapshots.
public enum Zlib {
    /// An error zlib reported.
    public struct Failure: Error, Sendable { public var code: Int32 }

    /// The bytes compressed at the default level.
    public static func compress(_ data: Data) throws -> Data {
        var outLen = compressBound(uLong(data.count))
        var out = Data(count: Int(outLen))
        let rc = out.withUnsafeMutableBytes { o in
            data.withUnsafeBytes { i in
                compress2(o.bindMemory(to: Bytef.self).baseAddress, &outLen, i.bindMemory(to: Bytef.self).baseAddress,
                          uLong(data.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard rc == Z_OK else { throw Failure(code: rc) }
        out.count = Int(outLen)
        return out
    }

    /// The bytes of a zlib stream whose uncompressed size is known.
    public static func decompress(_ data: Data, size: Int) throws -> Data {
        var outLen = uLong(size)
        var out = Data(count: max(size, 1))
        let rc = out.withUnsafeMutableBytes { o in
            data.withUnsafeBytes { i in
                uncompress(o.bindMemory(to: Bytef.self).baseAddress, &outLen, i.bindMemory(to: Bytef.self).baseAddress, uLong(data.count))
            }
        }
        guard rc == Z_OK, Int(outLen) == size else { throw Failure(code: rc) }
        out.count = size
        return out
    }
}

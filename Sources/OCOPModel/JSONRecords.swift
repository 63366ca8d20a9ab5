import Foundation

/// Decoding records from JSON the way the loader does: its tape decoder first (several times faster than
/// `JSONDecoder` on large lists), `JSONDecoder` when that fails. For stores that hold records as JSON documents.
public enum JSONRecords {
    /// Decodes a value (a list of records, a record) from JSON.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
        if let fast = try? TapeDecoder.decode(type, from: data) { return fast }
        return try JSONDecoder().decode(type, from: data)
    }
}

import Foundation
import OCOPText

/// The checks made on a data file's bytes before they are decoded, each problem with its exact line and column:
/// the encoding (UTF-16 or UTF-32 instead of UTF-8, a byte-order mark, bytes that are not UTF-8), the JSON syntax
/// (escapes and lone surrogates included), duplicate keys, numbers that cannot be decoded (not finite, too long,
/// a fraction in an integer field, an integer beyond its field's range) and text (too long, control characters,
/// NFD). One pass over the bytes; a file with an error here is not decoded.
enum SourceCheck {
    /// What the check found, and the bytes to decode (a byte-order mark blanked, text normalised to NFC when needed).
    struct Result {
        var problems: [Problem] = []
        var bytes: [UInt8]
        var needsNFC = false
        var hasErrors: Bool { problems.contains { $0.severity == .error } }
    }

    /// Longest text of a field, in characters, before a warning.
    static let textLimit = 10_000
    /// Longest id or reference (a field named `id`, `…Id` or `…Ids`), in characters, before a warning.
    static let idLimit = 200
    /// Longest number literal, in characters: anything longer cannot be a value of this data.
    static let numberLimit = 40
    /// Deepest nesting of arrays and objects.
    static let depthLimit = 256

    static func run(_ input: [UInt8], file: DatasetFile) -> Result {
        var result = Result(bytes: input)
        let name = file.rawValue
        // Encodings other than UTF-8, told by their byte-order marks or by NUL bytes beside ASCII.
        let b = input
        func encodingError(_ e: String) -> Result {
            var p = Problem(.error, file: name, path: [], .wrongEncoding(encoding: e))
            p.line = 1
            p.column = 1
            return Result(problems: [p], bytes: input)
        }
        if b.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return encodingError("UTF-32LE") }
        if b.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return encodingError("UTF-32BE") }
        if b.starts(with: [0xFF, 0xFE]) { return encodingError("UTF-16LE") }
        if b.starts(with: [0xFE, 0xFF]) { return encodingError("UTF-16BE") }
        if b.count >= 2 && b[0] != 0 && b[1] == 0 { return encodingError("UTF-16LE") }
        if b.count >= 2 && b[0] == 0 && b[1] != 0 { return encodingError("UTF-16BE") }
        if b.starts(with: [0xEF, 0xBB, 0xBF]) {
            var p = Problem(.warning, file: name, path: [], .byteOrderMark)
            p.line = 1
            p.column = 1
            result.problems.append(p)
            // Blanked rather than removed, so every offset (and so every position) stays that of the file.
            result.bytes[0] = 0x20
            result.bytes[1] = 0x20
            result.bytes[2] = 0x20
        }
        result.bytes.withUnsafeBufferPointer { buf in
            var walker = Walker(bytes: buf, file: file)
            walker.check()
            result.problems += walker.problems
            result.needsNFC = walker.needsNFC
        }
        if result.needsNFC && !result.hasErrors {
            result.bytes = Array(TextFolding.nfc(String(decoding: result.bytes, as: UTF8.self)).utf8)
        }
        return result
    }
}

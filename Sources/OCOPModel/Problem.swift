import Foundation

/// How serious a problem found while loading is: errors stop the load, warnings are listed.
public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning
}

/// A filesystem failure, named in the user's language (never the system's English text).
public enum FileSystemFailure: Sendable, Hashable {
    case notFound, permissionDenied, readOnlyFileSystem, noSpace, loop, isDirectory, notDirectory, nameTooLong, ioError
    case other(code: Int32)

    /// The failure behind an `errno` value.
    public init(errno code: Int32) {
        switch code {
        case ENOENT: self = .notFound
        case EACCES, EPERM: self = .permissionDenied
        case EROFS: self = .readOnlyFileSystem
        case ENOSPC, EDQUOT: self = .noSpace
        case ELOOP: self = .loop
        case EISDIR: self = .isDirectory
        case ENOTDIR: self = .notDirectory
        case ENAMETOOLONG: self = .nameTooLong
        case EIO: self = .ioError
        default: self = .other(code: code)
        }
    }

    /// What happened, in a few words.
    public func text(_ lang: Language) -> String {
        let vi = lang == .vi
        switch self {
        case .notFound: return vi ? "không tồn tại" : "does not exist"
        case .permissionDenied: return vi ? "không có quyền truy cập" : "permission denied"
        case .readOnlyFileSystem: return vi ? "ổ đĩa chỉ cho phép đọc" : "the file system is read-only"
        case .noSpace: return vi ? "ổ đĩa đã đầy" : "the disk is full"
        case .loop: return vi ? "đường dẫn có liên kết vòng (symlink trỏ vòng lại)" : "the path has a symbolic link loop"
        case .isDirectory: return vi ? "là một thư mục" : "is a directory"
        case .notDirectory: return vi ? "một phần của đường dẫn không phải thư mục" : "a part of the path is not a directory"
        case .nameTooLong: return vi ? "tên quá dài" : "the name is too long"
        case .ioError: return vi ? "lỗi đọc ghi của ổ đĩa" : "an input/output error of the disk"
        case .other(let code): return vi ? "lỗi hệ thống số \(code)" : "system error \(code)"
        }
    }
}

/// What is wrong with the data directory itself (reported once, instead of once per file).
public enum DirectoryIssue: Sendable, Hashable {
    case missing, notADirectory, loop
    case unreadable(FileSystemFailure)
}

/// What stands where a data file should be, when it is not a regular file.
public enum FileTypeIssue: String, Sendable, Hashable {
    case directory, fifo, characterDevice, blockDevice, socket, other
}

/// What the JSON reader expected where the text went wrong.
public enum JSONExpectation: Sendable, Hashable {
    case value, quotedKey, colon, commaOrBrace, commaOrBracket, digit, closingQuote, closingQuoteOnTheSameLine
    case lessNesting, endOfFile, validEscape, json

    /// The expectation in words.
    public func text(_ lang: Language) -> String {
        let vi = lang == .vi
        switch self {
        case .value: return vi ? "một giá trị (chuỗi, số, true/false, null, đối tượng hoặc mảng)" : "a value"
        case .quotedKey: return vi ? "tên khoá trong dấu ngoặc kép" : "a quoted key"
        case .colon: return vi ? "dấu hai chấm ':'" : "':'"
        case .commaOrBrace: return vi ? "dấu phẩy ',' hoặc '}'" : "',' or '}'"
        case .commaOrBracket: return vi ? "dấu phẩy ',' hoặc ']'" : "',' or ']'"
        case .digit: return vi ? "một chữ số" : "a digit"
        case .closingQuote: return vi ? "dấu ngoặc kép đóng '\"'" : "a closing '\"'"
        case .closingQuoteOnTheSameLine: return vi ? "dấu ngoặc kép đóng '\"' trên cùng dòng (xuống dòng trong chuỗi phải viết \\n)" : "a closing '\"' on the same line (write a line break in a string as \\n)"
        case .lessNesting: return vi ? "ít cấp lồng nhau hơn (quá 256 cấp)" : "less nesting (over 256 levels)"
        case .endOfFile: return vi ? "hết tệp sau giá trị chính (thừa ký tự phía sau)" : "the end of the file after the main value"
        case .validEscape: return vi ? "một chuỗi thoát hợp lệ (\\\" \\\\ \\/ \\b \\f \\n \\r \\t hoặc \\u và 4 chữ số hex)" : "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and 4 hex digits)"
        case .json: return vi ? "văn bản JSON hợp lệ" : "valid JSON"
        }
    }
}

/// What went wrong with a dataset, independent of where.
public enum ProblemKind: Sendable, Hashable {
    case dataDirectory(DirectoryIssue)
    case missingFile
    case notRegularFile(FileTypeIssue)
    case unreadable(FileSystemFailure)
    case malformedJSON(expected: JSONExpectation)
    case wrongEncoding(encoding: String)
    case byteOrderMark
    case invalidUTF8(byte: UInt8, others: Int)
    case loneSurrogate(escape: String)
    case duplicateKey(key: String, firstLine: Int)
    case notAnInteger(text: String)
    case numberTooLarge(text: String, length: Int)
    case textTooLong(length: Int, limit: Int)
    case unknownSchemaVersion(found: Int, supported: [Int])
    case missingField(name: String)
    case wrongType(expected: String)
    case unknownValue(value: String, allowed: [String])
    case invalidDate(value: String)
    case duplicateId(id: String, firstIndex: Int)
    case unknownReference(id: String, target: String)
    case wrongUnitLevel(id: String, expected: String, found: String)
    case negative(value: Double)
    case outOfRange(value: Double, min: Double, max: Double)
    case scoreOverMaximum(part: String, score: Int, maximum: Int, criteriaSet: String)
    case totalMismatch(total: Int, sum: Int)
    case starsMismatch(stars: Int, total: Int, expected: Int)
    case certificateBelowThreeStars(stars: Int)
    case expiryBeforeIssue(issued: CivilDate, expires: CivilDate)
    case expiryNot36Months(expected: CivilDate)
    case groupNotInCriteriaSet(group: String, criteriaSet: String)
    case emptyText
    case notNFC
    case controlCharacter(codePoint: UInt32)
    case certificateBeforeEvaluationStep(step: Int)
    case invalidPeriod(from: CivilDate, to: CivilDate)
}

/// One problem found while loading: what, where (file, line, column, record, field) and what to do.
public struct Problem: Sendable, Hashable {
    public var severity: Severity
    public var file: String
    public var line: Int?
    public var column: Int?
    public var recordId: String?
    public var path: [PathComponent]
    public var kind: ProblemKind

    /// A problem with an unresolved position; the loader fills in line and column.
    public init(_ severity: Severity, file: String, path: [PathComponent], recordId: String? = nil, _ kind: ProblemKind) {
        self.severity = severity
        self.file = file
        self.path = path
        self.recordId = recordId
        self.kind = kind
    }

    /// The field path in dotted form, e.g. `products[3].evaluations[0].scoreA`.
    public var fieldPath: String { path.dotted }

    /// "file:line:column" as editors understand it.
    public var location: String {
        var s = file
        if let line { s += ":\(line)" }
        if let column { s += ":\(column)" }
        return s
    }

    /// The full one-line message in the given language.
    public func message(_ lang: Language) -> String {
        var parts: [String] = []
        let sev = severity == .error ? (lang == .vi ? "lỗi" : "error") : (lang == .vi ? "cảnh báo" : "warning")
        parts.append("\(location): \(sev):")
        if let recordId { parts.append(lang == .vi ? "bản ghi \(recordId)," : "record \(recordId),") }
        if !path.isEmpty { parts.append((lang == .vi ? "trường " : "field ") + fieldPath + ":") }
        parts.append(explanation(lang))
        return parts.joined(separator: " ")
    }

    /// What is wrong and what to do, without the location.
    public func explanation(_ lang: Language) -> String {
        let vi = lang == .vi
        switch kind {
        case .dataDirectory(let issue):
            switch issue {
            case .missing:
                return vi ? "không có thư mục này; hãy chỉ đúng thư mục dữ liệu (ví dụ data/dong-nai)."
                    : "there is no such directory; point to a dataset directory (for example data/dong-nai)."
            case .notADirectory:
                return vi ? "đây là một tệp, không phải thư mục; hãy chỉ tới thư mục chứa các tệp dữ liệu."
                    : "this is a file, not a directory; point to the directory that holds the data files."
            case .loop:
                return vi ? "đường dẫn thư mục có liên kết vòng (symlink trỏ vòng lại); sửa liên kết hoặc chỉ thẳng tới thư mục."
                    : "the directory's path has a symbolic link loop; fix the link or point to the directory itself."
            case .unreadable(let failure):
                return vi ? "không mở được thư mục dữ liệu (\(failure.text(.vi))); kiểm tra quyền đọc của thư mục."
                    : "cannot open the data directory (\(failure.text(.en))); check the directory's permissions."
            }
        case .missingFile:
            return vi ? "không tìm thấy tệp; hãy tạo tệp này (xem định dạng trong README)."
                : "file not found; create it (see the format in README)."
        case .notRegularFile(let what):
            let viWhat: String, enWhat: String
            switch what {
            case .directory: (viWhat, enWhat) = ("một thư mục", "a directory")
            case .fifo: (viWhat, enWhat) = ("một đường ống (FIFO)", "a pipe (FIFO)")
            case .characterDevice, .blockDevice: (viWhat, enWhat) = ("một thiết bị", "a device")
            case .socket: (viWhat, enWhat) = ("một socket", "a socket")
            case .other: (viWhat, enWhat) = ("một mục đặc biệt", "a special entry")
            }
            return vi ? "không phải tệp thông thường (đây là \(viWhat)); hãy đặt tệp dữ liệu JSON vào đây."
                : "not a regular file (this is \(enWhat)); put the JSON data file here."
        case .unreadable(let failure):
            return vi ? "không đọc được tệp (\(failure.text(.vi))); kiểm tra quyền đọc của tệp."
                : "cannot read the file (\(failure.text(.en))); check the file's permissions."
        case .malformedJSON(let expected):
            return vi ? "JSON sai cú pháp: cần \(expected.text(.vi)); sửa ký tự tại vị trí này."
                : "malformed JSON: expected \(expected.text(.en)); fix the text at this position."
        case .wrongEncoding(let encoding):
            return vi ? "tệp được mã hoá \(encoding), không phải UTF-8; hãy lưu lại tệp ở dạng UTF-8."
                : "the file is encoded in \(encoding), not UTF-8; save it again as UTF-8."
        case .byteOrderMark:
            return vi ? "tệp bắt đầu bằng dấu BOM (EF BB BF); đã bỏ qua khi nạp — nên lưu tệp ở dạng UTF-8 không BOM."
                : "the file starts with a byte-order mark (EF BB BF); ignored on load — save it as UTF-8 without BOM."
        case .invalidUTF8(let byte, let others):
            let b = String(format: "0x%02X", byte)
            let more = others > 0 ? (vi ? " (và \(others) chỗ khác)" : " (and \(others) more)") : ""
            return vi ? "byte \(b) không hợp lệ trong UTF-8\(more); có lẽ tệp được lưu theo bảng mã khác (Windows-1258, Latin-1, TCVN3) — hãy lưu lại ở dạng UTF-8."
                : "byte \(b) is not valid UTF-8\(more); the file was probably saved in another encoding (Windows-1258, Latin-1, TCVN3) — save it again as UTF-8."
        case .loneSurrogate(let escape):
            return vi ? "chuỗi thoát \(escape) là nửa cặp UTF-16 đứng một mình, không phải ký tự; xoá nó hoặc viết đủ cặp (\\ud83d\\ude00)."
                : "the escape \(escape) is half of a UTF-16 pair on its own, not a character; remove it or write the whole pair (\\ud83d\\ude00)."
        case .duplicateKey(let key, let firstLine):
            return vi ? "khoá \"\(key)\" xuất hiện lần thứ hai (lần đầu ở dòng \(firstLine), lần này ở dòng \(line.map(String.init) ?? "?")); mỗi khoá chỉ được có một lần — xoá một trong hai."
                : "key \"\(key)\" appears a second time (first on line \(firstLine), again on line \(line.map(String.init) ?? "?")); a key may appear only once — remove one of them."
        case .notAnInteger(let text):
            return vi ? "cần số nguyên nhưng gặp \(text); viết số nguyên không có phần thập phân hay số mũ (ví dụ 2019, không phải 2019.0)."
                : "expected an integer but found \(text); write it without a fraction or exponent (for example 2019, not 2019.0)."
        case .numberTooLarge(let text, let length):
            return vi ? "số \(text) (\(length) ký tự) quá lớn hoặc quá dài, không biểu diễn được; hãy sửa lại số này."
                : "the number \(text) (\(length) characters) is too large or too long to be represented; correct it."
        case .textTooLong(let length, let limit):
            return vi ? "văn bản dài \(length) ký tự, vượt giới hạn \(limit); hãy rút gọn."
                : "the text is \(length) characters long, over the limit of \(limit); shorten it."
        case .unknownSchemaVersion(let found, let supported):
            let s = supported.map(String.init).joined(separator: ", ")
            return vi ? "schemaVersion \(found) không được hỗ trợ; giá trị hợp lệ: \(s)."
                : "schemaVersion \(found) is not supported; supported: \(s)."
        case .missingField(let name):
            return vi ? "thiếu trường bắt buộc \"\(name)\"; hãy thêm trường này." : "required field \"\(name)\" is missing; add it."
        case .wrongType(let expected):
            return vi ? "sai kiểu dữ liệu: cần \(typeName(expected, vi: true))." : "wrong type: expected \(typeName(expected, vi: false))."
        case .unknownValue(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return vi ? "giá trị \"\(value)\" không hợp lệ; giá trị cho phép: \(list)."
                : "unknown value \"\(value)\"; allowed values: \(list)."
        case .invalidDate(let value):
            return vi ? "ngày \"\(value)\" không hợp lệ; dùng ngày có thật dạng yyyy-mm-dd."
                : "invalid date \"\(value)\"; use a real date as yyyy-mm-dd."
        case .duplicateId(let id, let first):
            return vi ? "mã \"\(id)\" bị trùng với bản ghi thứ \(first + 1); mỗi mã phải là duy nhất."
                : "id \"\(id)\" duplicates record #\(first + 1); every id must be unique."
        case .unknownReference(let id, let target):
            return vi ? "tham chiếu tới mã \"\(id)\" không có trong \(target); sửa mã hoặc thêm bản ghi đó."
                : "reference to id \"\(id)\" which is not in \(target); fix the id or add that record."
        case .wrongUnitLevel(let id, let expected, let found):
            func levels(_ t: String) -> String {
                t.split(separator: "/").map { UnitLevel(rawValue: String($0))?.vi ?? String($0) }.joined(separator: "/")
            }
            return vi ? "đơn vị \"\(id)\" có cấp \(levels(found)), cần cấp \(levels(expected))."
                : "unit \"\(id)\" is a \(found), expected a \(expected)."
        case .negative(let value):
            return vi ? "giá trị âm (\(fmt(value))) không hợp lệ; cần số không âm." : "negative value (\(fmt(value))); expected zero or more."
        case .outOfRange(let value, let min, let max):
            return vi ? "giá trị \(fmt(value)) ngoài khoảng \(fmt(min))–\(fmt(max))."
                : "value \(fmt(value)) is outside \(fmt(min))–\(fmt(max))."
        case .scoreOverMaximum(let part, let score, let maximum, let set):
            return vi ? "điểm phần \(part) là \(score), vượt tối đa \(maximum) của bộ tiêu chí \(set)."
                : "part \(part) score \(score) exceeds the maximum \(maximum) of criteria set \(set)."
        case .totalMismatch(let total, let sum):
            return vi ? "tổng điểm \(total) khác tổng A+B+C = \(sum); sửa tổng điểm."
                : "total \(total) differs from A+B+C = \(sum); correct the total."
        case .starsMismatch(let stars, let total, let expected):
            return vi ? "\(stars) sao không khớp với \(total) điểm (phải là \(expected) sao)."
                : "\(stars) stars disagree with \(total) points (should be \(expected) stars)."
        case .certificateBelowThreeStars(let stars):
            return vi ? "chỉ sản phẩm từ 3 sao được cấp giấy chứng nhận; giấy này ghi \(stars) sao."
                : "only products of 3 stars and above are certified; this certificate says \(stars)."
        case .expiryBeforeIssue(let issued, let expires):
            return vi ? "ngày hết hạn \(expires.display) trước ngày cấp \(issued.display)."
                : "expiry \(expires.display) is before the issue date \(issued.display)."
        case .expiryNot36Months(let expected):
            return vi ? "giấy chứng nhận có hiệu lực 36 tháng; ngày hết hạn nên là \(expected.display)."
                : "certificates are valid 36 months; expiry should be \(expected.display)."
        case .groupNotInCriteriaSet(let group, let set):
            return vi ? "nhóm sản phẩm \"\(group)\" không thuộc bộ tiêu chí \(set)." : "product group \"\(group)\" is not in criteria set \(set)."
        case .emptyText:
            return vi ? "không được để trống." : "must not be empty."
        case .notNFC:
            return vi ? "văn bản ở dạng NFD (dấu tách rời); đã chuẩn hoá sang NFC khi nạp — nên lưu lại tệp ở dạng NFC."
                : "text is in NFD (decomposed); normalised to NFC on load — save the file in NFC."
        case .controlCharacter(let cp):
            return vi ? String(format: "chứa ký tự điều khiển U+%04X; hãy xoá ký tự này.", cp)
                : String(format: "contains control character U+%04X; remove it.", cp)
        case .certificateBeforeEvaluationStep(let step):
            return vi ? "có giấy chứng nhận nhưng sản phẩm mới ở bước \(step) của chu trình (cần bước 5 hoặc 6)."
                : "has a certificate but is at cycle step \(step) (expected step 5 or 6)."
        case .invalidPeriod(let from, let to):
            return vi ? "hiệu lực đến \(to.display) trước ngày bắt đầu \(from.display)."
                : "valid-to \(to.display) is before valid-from \(from.display)."
        }
    }

    private func fmt(_ v: Double) -> String { Problem.number(v) }

    /// A number as a message shows it, for any value (never traps: non-finite and huge values have a text too).
    public static func number(_ v: Double) -> String {
        if v.isNaN { return "NaN" }
        if v.isInfinite { return v > 0 ? "∞" : "−∞" }
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        return String(v)
    }

    private func typeName(_ t: String, vi: Bool) -> String {
        guard vi else { return t }
        switch t {
        case "string": return "chuỗi"
        case "number": return "số"
        case "integer": return "số nguyên"
        case "boolean": return "true/false"
        case "array": return "mảng"
        case "object": return "đối tượng"
        default: return t
        }
    }
}

import Foundation

/// How serious a problem found while loading is: errors stop the load, warnings are listed.
public enum Severity: String, Sendable, Hashable, Codable {
    case error, warning
}

/// What went wrong with a dataset, independent of where.
public enum ProblemKind: Sendable, Hashable {
    case missingFile
    case unreadable(reason: String)
    case malformedJSON(expected: String)
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
        case .missingFile:
            return vi ? "không tìm thấy tệp; hãy tạo tệp này (xem định dạng trong README)."
                : "file not found; create it (see the format in README)."
        case .unreadable(let reason):
            return vi ? "không đọc được tệp (\(reason)); kiểm tra quyền truy cập." : "cannot read the file (\(reason)); check its permissions."
        case .malformedJSON(let expected):
            return vi ? "JSON sai cú pháp: cần \(expected); sửa ký tự tại vị trí này."
                : "malformed JSON: expected \(expected); fix the text at this position."
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
            return vi ? "đơn vị \"\(id)\" có cấp \(found), cần cấp \(expected)."
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

    private func fmt(_ v: Double) -> String {
        v == v.rounded() ? String(Int(v)) : String(v)
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

import Foundation
import OCOPText

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
        switch self {
        case .notFound: return Msg.probNotFound.text(lang)
        case .permissionDenied: return Msg.probPermissionDenied.text(lang)
        case .readOnlyFileSystem: return Msg.probReadOnlyFileSystem.text(lang)
        case .noSpace: return Msg.probNoSpace.text(lang)
        case .loop: return Msg.probLoop.text(lang)
        case .isDirectory: return Msg.probIsDirectory.text(lang)
        case .notDirectory: return Msg.probNotDirectory.text(lang)
        case .nameTooLong: return Msg.probNameTooLong.text(lang)
        case .ioError: return Msg.probIoError.text(lang)
        case .other(let code): return Msg.probOther.text(lang, code)
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
        switch self {
        case .value: return Msg.probValue.text(lang)
        case .quotedKey: return Msg.probQuotedKey.text(lang)
        case .colon: return Msg.probColon.text(lang)
        case .commaOrBrace: return Msg.probCommaOrBrace.text(lang)
        case .commaOrBracket: return Msg.probCommaOrBracket.text(lang)
        case .digit: return Msg.probDigit.text(lang)
        case .closingQuote: return Msg.probClosingQuote.text(lang)
        case .closingQuoteOnTheSameLine: return Msg.probClosingQuoteOnTheSameLine.text(lang)
        case .lessNesting: return Msg.probLessNesting.text(lang)
        case .endOfFile: return Msg.probEndOfFile.text(lang)
        case .validEscape: return Msg.probValidEscape.text(lang)
        case .json: return Msg.probJson.text(lang)
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
    /// Units or agencies whose successors lead back to themselves.
    case successorCycle(path: [String])
    /// A successor that does not begin the day after its predecessor ends.
    case successorNotContiguous(successor: String, expectedFrom: CivilDate)
    /// A record's unit or agency that did not exist on the record's date.
    case notValidOn(id: String, date: CivilDate, successor: String?)
    /// An evaluation under a criteria set that did not apply on its date.
    case criteriaSetNotInForce(criteriaSet: String, date: CivilDate, inForce: [String])
    /// A council level that could not award those stars under that set on that date.
    case councilCannotAward(level: String, stars: Int, criteriaSet: String, date: CivilDate, allowed: String?)
    /// A certificate that does not agree with the latest evaluation of 3★ or more.
    case certificateDisagrees(field: String, certificate: String, evaluation: String)
    /// Not exactly six tasks with ordinals 1–6 once each.
    case taskOrdinals(found: [Int])
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
        let sev = (severity == .error ? Msg.probSeverityError : Msg.probSeverityWarning).text(lang)
        parts.append("\(location): \(sev):")
        if let recordId { parts.append(Msg.probRecord.text(lang, recordId)) }
        if !path.isEmpty { parts.append(Msg.probField.text(lang, fieldPath)) }
        parts.append(explanation(lang))
        return parts.joined(separator: " ")
    }

    /// What is wrong and what to do, without the location.
    public func explanation(_ lang: Language) -> String {
        switch kind {
        case .dataDirectory(let issue):
            switch issue {
            case .missing:
                return Msg.probDirectoryMissing.text(lang)
            case .notADirectory:
                return Msg.probDirectoryIsAFile.text(lang)
            case .loop:
                return Msg.probDirectoryLoop.text(lang)
            case .unreadable(let failure):
                return Msg.probDirectoryUnreadable.text(lang, failure.text(lang))
            }
        case .missingFile:
            return Msg.probMissingFile.text(lang)
        case .notRegularFile(let what):
            let entry: Msg
            switch what {
            case .directory: entry = .probEntryDirectory
            case .fifo: entry = .probEntryFifo
            case .characterDevice, .blockDevice: entry = .probEntryDevice
            case .socket: entry = .probEntrySocket
            case .other: entry = .probEntryOther
            }
            return Msg.probNotRegularFile.text(lang, entry.text(lang))
        case .unreadable(let failure):
            return Msg.probUnreadable.text(lang, failure.text(lang))
        case .malformedJSON(let expected):
            return Msg.probMalformedJSON.text(lang, expected.text(lang))
        case .wrongEncoding(let encoding):
            return Msg.probWrongEncoding.text(lang, encoding)
        case .byteOrderMark:
            return Msg.probByteOrderMark.text(lang)
        case .invalidUTF8(let byte, let others):
            let b = String(format: "0x%02X", byte)
            let more = others > 0 ? (Msg.probInvalidUTF8More.text(lang, others)) : ""
            return Msg.probInvalidUTF8Main.text(lang, b, more)
        case .loneSurrogate(let escape):
            return Msg.probLoneSurrogate.text(lang, escape)
        case .duplicateKey(let key, let firstLine):
            return Msg.probDuplicateKey.text(lang, key, firstLine, line.map(String.init) ?? "?")
        case .notAnInteger(let text):
            return Msg.probNotAnInteger.text(lang, text)
        case .numberTooLarge(let text, let length):
            return Msg.probNumberTooLarge.text(lang, text, length)
        case .textTooLong(let length, let limit):
            return Msg.probTextTooLong.text(lang, length, limit)
        case .unknownSchemaVersion(let found, let supported):
            let s = supported.map(String.init).joined(separator: ", ")
            return Msg.probUnknownSchemaVersion.text(lang, found, s)
        case .missingField(let name):
            return Msg.probMissingField.text(lang, name)
        case .wrongType(let expected):
            return Msg.probWrongType.text(lang, typeName(expected, lang))
        case .unknownValue(let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return Msg.probUnknownValue.text(lang, value, list)
        case .invalidDate(let value):
            return Msg.probInvalidDate.text(lang, value)
        case .duplicateId(let id, let first):
            return Msg.probDuplicateId.text(lang, id, first + 1)
        case .unknownReference(let id, let target):
            return Msg.probUnknownReference.text(lang, id, target)
        case .wrongUnitLevel(let id, let expected, let found):
            func levels(_ t: String) -> String {
                t.split(separator: "/").map { UnitLevel(rawValue: String($0))?.label(lang) ?? String($0) }.joined(separator: "/")
            }
            return Msg.probWrongUnitLevel.text(lang, id, levels(found), levels(expected))
        case .negative(let value):
            return Msg.probNegative.text(lang, fmt(value))
        case .outOfRange(let value, let min, let max):
            return Msg.probOutOfRange.text(lang, fmt(value), fmt(min), fmt(max))
        case .scoreOverMaximum(let part, let score, let maximum, let set):
            return Msg.probScoreOverMaximum.text(lang, part, score, maximum, set)
        case .totalMismatch(let total, let sum):
            return Msg.probTotalMismatch.text(lang, total, sum)
        case .starsMismatch(let stars, let total, let expected):
            return Msg.probStarsMismatch.text(lang, stars, total, expected)
        case .certificateBelowThreeStars(let stars):
            return Msg.probCertificateBelowThreeStars.text(lang, stars)
        case .expiryBeforeIssue(let issued, let expires):
            return Msg.probExpiryBeforeIssue.text(lang, expires.display, issued.display)
        case .expiryNot36Months(let expected):
            return Msg.probExpiryNot36Months.text(lang, expected.display)
        case .groupNotInCriteriaSet(let group, let set):
            return Msg.probGroupNotInCriteriaSet.text(lang, group, set)
        case .emptyText:
            return Msg.probEmptyText.text(lang)
        case .notNFC:
            return Msg.probNotNFC.text(lang)
        case .controlCharacter(let cp):
            return Msg.probControlCharacter.text(lang, String(format: "U+%04X", cp))
        case .certificateBeforeEvaluationStep(let step):
            return Msg.probCertificateBeforeEvaluationStep.text(lang, step)
        case .invalidPeriod(let from, let to):
            return Msg.probInvalidPeriod.text(lang, to.display, from.display)
        case .successorCycle(let path):
            return Msg.probSuccessorCycle.text(lang, path.joined(separator: " → "))
        case .successorNotContiguous(let successor, let expected):
            return Msg.probSuccessorNotContiguous.text(lang, successor, expected.display)
        case .notValidOn(let id, let date, let successor):
            return Msg.probNotValidOn.text(lang, id, date.display) + (successor.map { Msg.probNotValidOnSuccessor.text(lang, $0) } ?? ".")
        case .criteriaSetNotInForce(let set, let date, let inForce):
            return Msg.probCriteriaSetNotInForce.text(lang, set, date.display, inForce.joined(separator: ", "))
        case .councilCannotAward(let level, let stars, let set, let date, let allowed):
            let lv = CouncilLevel(rawValue: level)?.label(lang) ?? level
            return Msg.probCouncilCannotAward.text(lang, lv, stars, set, date.display)
                + (allowed.map { Msg.probCouncilMayAward.text(lang, $0) } ?? Msg.probCouncilMayAwardNothing.text(lang))
        case .certificateDisagrees(let field, let cert, let eval):
            return Msg.probCertificateDisagrees.text(lang, field, cert, eval)
        case .taskOrdinals(let found):
            return Msg.probTaskOrdinals.text(lang, found.map(String.init).joined(separator: ", "))
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

    /// A JSON type's name in a language.
    private func typeName(_ t: String, _ lang: Language) -> String {
        switch t {
        case "string": return Msg.typeString.text(lang)
        case "number": return Msg.typeNumber.text(lang)
        case "integer": return Msg.typeInteger.text(lang)
        case "boolean": return "true/false"
        case "array": return Msg.typeArray.text(lang)
        case "object": return Msg.typeObject.text(lang)
        default: return t
        }
    }
}

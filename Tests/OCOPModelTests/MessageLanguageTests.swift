import Foundation
import Testing
@testable import OCOPModel
import OCOPText

/// Vietnamese messages are Vietnamese: no English word inside them (the data's own values, codes and format names
/// such as JSON, UTF-8, NFC or yyyy-mm-dd aside).
@Suite struct MessageLanguageTests {
    /// Every case of `ProblemKind`, with every value of the enums it carries.
    static let samples: [ProblemKind] = {
        let d = CivilDate(year: 2021, month: 1, day: 14) ?? CivilDate(dayNumber: 0)
        var out: [ProblemKind] = [
            .dataDirectory(.missing), .dataDirectory(.notADirectory), .dataDirectory(.loop),
            .missingFile, .wrongEncoding(encoding: "UTF-16LE"), .byteOrderMark, .invalidUTF8(byte: 0xE9, others: 3),
            .loneSurrogate(escape: "\\ud800"), .duplicateKey(key: "name", firstLine: 12), .notAnInteger(text: "2019.5"),
            .numberTooLarge(text: "1e400", length: 5), .textTooLong(length: 12_000, limit: 10_000),
            .unknownSchemaVersion(found: 7, supported: [1]), .missingField(name: "name"),
            .unknownValue(value: "keo", allowed: ["food", "beverage"]), .invalidDate(value: "2021-02-31"),
            .duplicateId(id: "sp-001", firstIndex: 0), .unknownReference(id: "ct-999", target: "producers.json"),
            .wrongUnitLevel(id: "long-khanh", expected: "ward/commune/town", found: "city"), .negative(value: -5.5),
            .outOfRange(value: 1e19, min: 0, max: 1_000_000), .outOfRange(value: .infinity, min: 0, max: 100),
            .scoreOverMaximum(part: "A", score: 45, maximum: 35, criteriaSet: "1048/QĐ-TTg"), .totalMismatch(total: 83, sum: 76),
            .starsMismatch(stars: 5, total: 76, expected: 4), .certificateBelowThreeStars(stars: 2),
            .expiryBeforeIssue(issued: d, expires: d), .expiryNot36Months(expected: d),
            .groupNotInCriteriaSet(group: "ornamental", criteriaSet: "1048/QĐ-TTg"), .emptyText, .notNFC,
            .controlCharacter(codePoint: 0x1B), .certificateBeforeEvaluationStep(step: 3), .invalidPeriod(from: d, to: d),
            .successorCycle(path: ["a", "b", "a"]), .successorNotContiguous(successor: "x", expectedFrom: d),
            .notValidOn(id: "long-khanh.binh-loc", date: d, successor: "binh-loc"), .notValidOn(id: "snn", date: d, successor: nil),
            .criteriaSetNotInForce(criteriaSet: "1048/QĐ-TTg", date: d, inForce: ["148/QĐ-TTg"]),
            .councilCannotAward(level: "district", stars: 4, criteriaSet: "148/QĐ-TTg", date: d, allowed: "3"),
            .councilCannotAward(level: "district", stars: 3, criteriaSet: "148/QĐ-TTg", date: d, allowed: nil),
            .certificateDisagrees(field: "stars", certificate: "3", evaluation: "4"), .taskOrdinals(found: [1, 2, 2, 4]),
        ]
        for t in [FileTypeIssue.directory, .fifo, .characterDevice, .blockDevice, .socket, .other] { out.append(.notRegularFile(t)) }
        let failures: [FileSystemFailure] = [.notFound, .permissionDenied, .readOnlyFileSystem, .noSpace, .loop, .isDirectory,
                                             .notDirectory, .nameTooLong, .ioError, .other(code: 99)]
        for f in failures { out += [.unreadable(f), .dataDirectory(.unreadable(f))] }
        let expectations: [JSONExpectation] = [.value, .quotedKey, .colon, .commaOrBrace, .commaOrBracket, .digit, .closingQuote,
                                               .closingQuoteOnTheSameLine, .lessNesting, .endOfFile, .validEscape, .json]
        for e in expectations { out.append(.malformedJSON(expected: e)) }
        for t in ["string", "number", "integer", "boolean", "array", "object"] { out.append(.wrongType(expected: t)) }
        return out
    }()

    /// The case's name; no `default`, so a new case does not compile until it is named here (and sampled above).
    static func name(_ k: ProblemKind) -> String {
        switch k {
        case .dataDirectory: "dataDirectory"
        case .missingFile: "missingFile"
        case .notRegularFile: "notRegularFile"
        case .unreadable: "unreadable"
        case .malformedJSON: "malformedJSON"
        case .wrongEncoding: "wrongEncoding"
        case .byteOrderMark: "byteOrderMark"
        case .invalidUTF8: "invalidUTF8"
        case .loneSurrogate: "loneSurrogate"
        case .duplicateKey: "duplicateKey"
        case .notAnInteger: "notAnInteger"
        case .numberTooLarge: "numberTooLarge"
        case .textTooLong: "textTooLong"
        case .unknownSchemaVersion: "unknownSchemaVersion"
        case .missingField: "missingField"
        case .wrongType: "wrongType"
        case .unknownValue: "unknownValue"
        case .invalidDate: "invalidDate"
        case .duplicateId: "duplicateId"
        case .unknownReference: "unknownReference"
        case .wrongUnitLevel: "wrongUnitLevel"
        case .negative: "negative"
        case .outOfRange: "outOfRange"
        case .scoreOverMaximum: "scoreOverMaximum"
        case .totalMismatch: "totalMismatch"
        case .starsMismatch: "starsMismatch"
        case .certificateBelowThreeStars: "certificateBelowThreeStars"
        case .expiryBeforeIssue: "expiryBeforeIssue"
        case .expiryNot36Months: "expiryNot36Months"
        case .groupNotInCriteriaSet: "groupNotInCriteriaSet"
        case .emptyText: "emptyText"
        case .notNFC: "notNFC"
        case .controlCharacter: "controlCharacter"
        case .certificateBeforeEvaluationStep: "certificateBeforeEvaluationStep"
        case .invalidPeriod: "invalidPeriod"
        case .successorCycle: "successorCycle"
        case .successorNotContiguous: "successorNotContiguous"
        case .notValidOn: "notValidOn"
        case .criteriaSetNotInForce: "criteriaSetNotInForce"
        case .councilCannotAward: "councilCannotAward"
        case .certificateDisagrees: "certificateDisagrees"
        case .taskOrdinals: "taskOrdinals"
        }
    }

    static let caseCount = 42

    /// English words that have no business in a Vietnamese sentence (the decoder's old phrases among them).
    static let english: Set<String> = [
        "an", "the", "city", "ward", "commune", "town", "district", "province", "of", "is", "are", "and", "or", "in", "on", "at", "for", "with", "not", "no", "expected",
        "closing", "less", "nesting", "end", "file", "value", "quoted", "key", "digit", "number", "string", "integer",
        "object", "array", "permission", "denied", "error", "warning", "domain", "nscocoaerrordomain", "such", "directory",
        "read", "only", "disk", "full", "invalid", "missing", "unknown", "found", "escape", "loop", "link", "device",
        "pipe", "record", "field", "line", "column", "too", "long", "large", "remove", "fix", "check", "save", "date",
        "you", "don't", "have", "operation", "couldn't", "could", "be", "completed", "system", "input", "output",
    ]

    /// The words of a text (letters only, lowercased), format and code tokens kept whole.
    static func words(_ text: String) -> [String] {
        // Data quoted in a message ("long-khanh", "keo") is the user's, not the message's.
        let unquoted = text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined(separator: " ")
        return unquoted.lowercased().split { !($0.isLetter || $0 == "'") }.map(String.init)
    }

    @Test func everyCaseIsSampled() {
        #expect(Set(Self.samples.map(Self.name)).count == Self.caseCount)
    }

    @Test func vietnameseMessagesHaveNoEnglishWords() {
        for kind in Self.samples {
            var p = Problem(.error, file: "products.json", path: [.key("products"), .index(0), .key("name")], recordId: "sp-001", kind)
            p.line = 12
            p.column = 7
            for text in [p.explanation(.vi), p.message(.vi)] {
                let found = Self.words(text).filter { Self.english.contains($0) }
                #expect(found.isEmpty, "\(Self.name(kind)): English \(found) in \"\(text)\"")
            }
            #expect(p.explanation(.en) != p.explanation(.vi), "\(Self.name(kind)) has no English message")
        }
    }
}

import Foundation
import Testing
import OCOPText

/// The one sanitiser for CLI output: placeholders for C0, DEL and C1; the layout kept; JSON kept JSON.
@Suite struct SafeTextTests {
    @Test func placeholders() {
        #expect(SafeText.field("a\u{1B}[31mb") == "a␛[31mb")
        #expect(SafeText.field("x\u{07}\u{00}\u{7F}\u{9B}\u{85}") == "x␇␀␡<9B><85>")
        #expect(SafeText.field("hai\ndòng\tvà\r") == "hai␊dòng␉và␍")
        #expect(SafeText.field("Mật ong Phước Thái") == "Mật ong Phước Thái")
    }

    @Test func outputKeepsItsLayout() {
        #expect(SafeText.output("a,b\r\nc\td\n") == "a,b\r\nc\td\n")
        #expect(SafeText.output("lone\rcarriage \u{1B}]52;c;aGk=\u{07}") == "lone␍carriage ␛]52;c;aGk=␇")
    }

    @Test func jsonEscapesC1AndStaysJSON() throws {
        let text = "{\"name\": \"a\u{9B}b\u{7F}\", \"esc\": \"\\u001b\"}\n"
        let safe = SafeText.json(text)
        #expect(safe == "{\"name\": \"a\\u009bb\\u007f\", \"esc\": \"\\u001b\"}\n")
        let obj = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(obj?["name"] == "a\u{9B}b\u{7F}")
    }
}

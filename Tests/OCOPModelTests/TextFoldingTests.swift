import Testing
import OCOPText

@Suite struct TextFoldingTests {
    @Test(arguments: [
        ("Sầu riêng", "sau rieng"), ("Đồng Nai", "dong nai"), ("đĐ", "dd"), ("CHÔM CHÔM", "chom chom"),
        ("Bưởi Tân Triều", "buoi tan trieu"), ("Hòa Bình", "hoa binh"),
    ])
    func folds(text: String, folded: String) {
        #expect(TextFolding.fold(text) == folded)
        #expect(TextFolding.fold(text.decomposedStringWithCanonicalMapping) == folded)
    }

    @Test func matchesIgnoringDiacriticsAndCase() {
        #expect(TextFolding.matches("Sầu riêng Ri6 Long Giao", needle: "sau rieng"))
        #expect(TextFolding.matches("Thành phố Biên Hòa, Đồng Nai", needle: "dong nai"))
        #expect(TextFolding.matches("Đồng Nai", needle: "ĐỒNG"))
        #expect(!TextFolding.matches("Bưởi", needle: "xoai"))
        #expect(TextFolding.matches("anything", needle: ""))
    }

    @Test func normalForms() {
        let nfd = "Mật ong".decomposedStringWithCanonicalMapping
        #expect(!TextFolding.isNFC(nfd))
        #expect(TextFolding.isNFC("Mật ong"))
        #expect(TextFolding.nfc(nfd).unicodeScalars.count == "Mật ong".unicodeScalars.count)
    }

    @Test func controlCharacters() {
        #expect(TextFolding.firstControl(in: "a\u{1B}[31m") == "\u{1B}")
        #expect(TextFolding.firstControl(in: "dòng\nmới", allowed: ["\n"]) == nil)
        #expect(TextFolding.firstControl(in: "c1\u{85}") == "\u{85}")
        #expect(TextFolding.firstControl(in: "sạch") == nil)
    }
}

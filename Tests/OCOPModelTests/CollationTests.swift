import Testing
@testable import OCOPText

@Suite struct CollationTests {
    /// The fast path (a table of precomposed letters) gives the key the general path (decomposing) gives, for every
    /// scalar of the table alone and for names mixing them.
    @Test func fastKeyEqualsTheGeneralKey() {
        for v in UInt32(0x20)..<0x1F00 {
            guard let s = Unicode.Scalar(v) else { continue }
            let text = "A" + String(s) + "b"
            #expect(VietnameseCollation.key(text) == VietnameseCollation.generalKey(text), "U+\(String(v, radix: 16))")
        }
        for name in ["Bưởi Tân Triều", "ĐẶC SẢN Đồng Nai", "Mật ong hoa cà phê", "Cà phê Ước Mơ", "Ỏ ỏ ỏ", "naïve Ångström", "日本 茶", "e\u{0301}"] {
            #expect(VietnameseCollation.key(name) == VietnameseCollation.generalKey(name), "\(name)")
        }
    }

    /// NFC and NFD of a name give one key; the dictionary order holds.
    @Test func orderAndForms() {
        for name in ["Điều Bình Phước", "Bưởi Tân Triều", "Sầu riêng"] {
            #expect(VietnameseCollation.key(name) == VietnameseCollation.key(name.decomposedStringWithCanonicalMapping))
        }
        let ordered = ["ma", "mà", "mả", "mã", "má", "mạ", "Du", "Đèn", "Điều", "ăn", "ân"].sorted(by: VietnameseCollation.less)
        #expect(ordered == ["ăn", "ân", "Du", "Đèn", "Điều", "ma", "mà", "mả", "mã", "má", "mạ"])
    }

    /// Packed byte strings read back as they went in, through replacing, removing and appending.
    @Test func packedBytes() {
        var p = PackedBytes(["abc", "", "đ", "xyz"].map(\.utf8))
        #expect(p.count == 4 && Array(p[0]) == Array("abc".utf8) && p[1].isEmpty && Array(p[2]) == Array("đ".utf8))
        p.replace(1, with: Array("hello".utf8))
        p.replace(0, with: [UInt8]())
        #expect(p.map { String(decoding: $0, as: UTF8.self) } == ["", "hello", "đ", "xyz"])
        p.remove(at: 2)
        #expect(p.map { String(decoding: $0, as: UTF8.self) } == ["", "hello", "xyz"])
        var q = PackedBytes(["1"].map(\.utf8))
        q.append(contentsOf: p)
        q.append("end".utf8)
        #expect(q.map { String(decoding: $0, as: UTF8.self) } == ["1", "", "hello", "xyz", "end"])
        #expect(q == PackedBytes(["1", "", "hello", "xyz", "end"].map(\.utf8)))
        #expect(TextFolding.contains(q[2], Array("ll".utf8)) && TextFolding.firstIndex(of: Array("lo".utf8), in: q[2]) == 3)
    }
}

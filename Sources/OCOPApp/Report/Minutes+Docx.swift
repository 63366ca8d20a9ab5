import Foundation
import ZIPFoundation

extension Minutes {
    /// The minutes as a Word document (`.docx`, Office Open XML), zipped with ZIPFoundation: the heading as a
    /// borderless two-column table (issuing body and number left; national heading, motto and place-and-date right),
    /// the title centred in bold, the body in Times New Roman 13–14 pt, the signature blocks as a second table.
    public func docx() throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let fixed = Date(timeIntervalSince1970: 315_532_800)   // 01/01/1980: the same bytes for the same minutes
        for (path, text) in [("[Content_Types].xml", Self.contentTypes), ("_rels/.rels", Self.rels), ("word/document.xml", documentXML())] {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixed,
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let rels = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        </Relationships>
        """

    /// XML text with its five special characters escaped.
    static func esc(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&apos;")
    }

    /// One paragraph: alignment, bold, italic, size in points, indentation for bullets.
    static func p(_ text: String, center: Bool = false, bold: Bool = false, italic: Bool = false, size: Int = 14, indent: Bool = false) -> String {
        var ppr = "<w:spacing w:after=\"80\"/>"
        if center { ppr += "<w:jc w:val=\"center\"/>" } else { ppr += "<w:jc w:val=\"both\"/>" }
        if indent { ppr += "<w:ind w:left=\"567\" w:hanging=\"283\"/>" }
        var rpr = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
        if bold { rpr += "<w:b/>" }
        if italic { rpr += "<w:i/>" }
        rpr += "<w:sz w:val=\"\(size * 2)\"/>"
        return "<w:p><w:pPr>\(ppr)</w:pPr><w:r><w:rPr>\(rpr)</w:rPr><w:t xml:space=\"preserve\">\(esc(text))</w:t></w:r></w:p>"
    }

    /// A borderless table of one row whose cells hold paragraphs.
    static func table(_ cells: [[String]], widths: [Int]) -> String {
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        let row = zip(cells, widths).map { c, w in
            "<w:tc><w:tcPr><w:tcW w:w=\"\(w)\" w:type=\"dxa\"/></w:tcPr>" + c.joined() + "</w:tc>"
        }.joined()
        return "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"nil\"/><w:left w:val=\"nil\"/>"
            + "<w:bottom w:val=\"nil\"/><w:right w:val=\"nil\"/><w:insideH w:val=\"nil\"/><w:insideV w:val=\"nil\"/></w:tblBorders></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid><w:tr>\(row)</w:tr></w:tbl>"
    }

    /// `word/document.xml`.
    public func documentXML() -> String {
        var body = Self.table([[Self.p(issuingBody, center: true, bold: true, size: 13), Self.p(number, center: true, size: 13)],
                               [Self.p(national, center: true, bold: true, size: 13), Self.p(motto, center: true, bold: true, size: 14),
                                Self.p(placeDate, center: true, italic: true, size: 14)]], widths: [3600, 5800])
        body += Self.p("")
        body += Self.p(title, center: true, bold: true, size: 14)
        body += Self.p(subtitle, center: true, bold: true, size: 14)
        for block in self.body {
            switch block {
            case .heading(let s): body += Self.p(s, bold: true)
            case .paragraph(let s): body += Self.p(s)
            case .bullet(let s): body += Self.p("- " + s, indent: true)
            }
        }
        body += Self.table(signatures.map { [Self.p($0.role, center: true, bold: true), Self.p($0.hint, center: true, italic: true),
                                             Self.p(""), Self.p(""), Self.p($0.name, center: true, bold: true)] }, widths: [4700, 4700])
        let sect = "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" "
            + "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            + body + sect + "</w:body></w:document>\n"
    }
}

import Foundation
import Testing
import TestSupport
@testable import OCOPApp

/// The README's key reference is generated from the keymap table; this keeps the two equal.
@Suite struct ReadmeTests {
    @Test func keyReferenceMatchesTheKeymap() throws {
        let readme = try String(contentsOf: RepoPaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- keys:end -->"))
        let table = String(readme[begin.upperBound..<end.lowerBound])
        if table != Keymap.markdown() {
            Issue.record("README key table is stale; replace it with:\n\(Keymap.markdown())")
        }
    }
}

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
        if table != Keymap.markdown() && ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            // Regenerated like the goldens: review the diff before committing.
            let updated = String(readme[..<begin.upperBound]) + Keymap.markdown() + String(readme[end.lowerBound...])
            try updated.write(to: RepoPaths.root.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        } else if table != Keymap.markdown() {
            Issue.record("README key table is stale; replace it with:\n\(Keymap.markdown())")
        }
    }
}

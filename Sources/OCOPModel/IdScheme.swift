import Foundation

/// New ids that follow a dataset's own scheme: the prefix and zero-padded numbering most of a kind's ids use
/// ("sp-001" … "sp-066" → "sp-067"), so added records sit beside the others instead of "p-66".
public enum IdScheme {
    /// The next id for a kind whose existing ids are `ids`. When most ids are a prefix and a name's words
    /// ("vn-buoi-tan-trieu") rather than numbers, the new id is the prefix and `slug` (the new record's name folded,
    /// words joined by "-"); `fallback` is the prefix when the ids follow no scheme.
    public static func next(after ids: [String], fallback: String, slug: String? = nil) -> String {
        let numbered = ids.filter { split($0) != nil }.count
        if let slug, !slug.isEmpty, numbered * 2 < ids.count {
            var prefixes: [String: Int] = [:]
            for id in ids { if let dash = id.firstIndex(of: "-") { prefixes[String(id[...dash]), default: 0] += 1 } }
            if let prefix = prefixes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key, prefixes[prefix, default: 0] * 2 >= ids.count {
                let taken = Set(ids)
                let base = prefix + slug
                guard taken.contains(base) else { return base }
                var n = 2
                while taken.contains("\(base)-\(n)") { n += 1 }
                return "\(base)-\(n)"
            }
        }
        var counts: [String: Int] = [:]
        var widths: [String: [Int: Int]] = [:]
        var highest: [String: Int] = [:]
        for id in ids {
            guard let (prefix, digits) = split(id), let n = Int(digits) else { continue }
            counts[prefix, default: 0] += 1
            widths[prefix, default: [:]][digits.count, default: 0] += 1
            highest[prefix] = max(highest[prefix] ?? 0, n)
        }
        let taken = Set(ids)
        guard let prefix = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else {
            var n = ids.count + 1
            while taken.contains("\(fallback)\(n)") { n += 1 }
            return "\(fallback)\(n)"
        }
        let width = widths[prefix]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key ?? 1
        var n = (highest[prefix] ?? 0) + 1
        func make(_ n: Int) -> String {
            let digits = String(n)
            return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        while taken.contains(make(n)) { n += 1 }
        return make(n)
    }

    /// An id's prefix and its trailing digits ("sp-012" → ("sp-", "012")); nil when it does not end in digits.
    static func split(_ id: String) -> (String, Substring)? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < id.count else { return nil }
        let cut = id.index(id.endIndex, offsetBy: -digits.count)
        return (String(id[..<cut]), id[cut...])
    }

    /// A unit's id: its parent's id and its name's folded words ("tan-phu" + "Phú Lộc" → "tan-phu.phu-loc"), as the
    /// dataset names units; a number is added when taken.
    public static func unit(named slug: String, parent: String?, taken: (String) -> Bool) -> String {
        let base = (parent.map { $0 + "." } ?? "") + (slug.isEmpty ? "don-vi" : slug)
        guard taken(base) else { return base }
        var n = 2
        while taken("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }
}

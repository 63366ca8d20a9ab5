/// Where a problem sits inside a record (`products[3].evaluations[1]`), kept without allocating so the checks can
/// name a place for every field of a million clean records and build the path only when a problem is found.
struct ProblemPath {
    private var parts: (PathComponent?, PathComponent?, PathComponent?, PathComponent?, PathComponent?, PathComponent?)

    /// The record `index` of the list under `key`.
    init(_ key: String, _ index: Int) {
        parts = (.key(key), .index(index), nil, nil, nil, nil)
    }

    /// A list or object inside the record: `key`, then `index` when it is a list element.
    func nested(_ key: String, _ index: Int? = nil) -> ProblemPath {
        var out = self
        out.append(.key(key))
        if let index { out.append(.index(index)) }
        return out
    }

    private mutating func append(_ c: PathComponent) {
        if parts.2 == nil { parts.2 = c } else if parts.3 == nil { parts.3 = c } else if parts.4 == nil { parts.4 = c } else { parts.5 = c }
    }

    /// The whole path, then `tail`.
    func callAsFunction(_ tail: PathComponent...) -> [PathComponent] {
        [parts.0, parts.1, parts.2, parts.3, parts.4, parts.5].compactMap { $0 } + tail
    }
}

import Foundation

/// A numeric field of the data format with its documented range. The loader checks every value against it: the
/// byte-level check (`SourceCheck`) catches what cannot be decoded (a fraction or exponent in an integer field,
/// an integer beyond 64 bits, a number that is not finite), the validator the decoded values, so no number
/// outside its range reaches a formatter or an `Int` conversion.
public struct NumericField: Sendable, Hashable {
    /// The file the field is in.
    public let file: DatasetFile
    /// Where it is, as the README writes it: `products[].registeredYear`.
    public let path: String
    /// Whether the field holds an integer (written without fraction or exponent).
    public let integer: Bool
    /// Smallest value allowed.
    public let min: Double
    /// Largest value allowed.
    public let max: Double
    /// The path's steps: a key's bytes, or nil for "any index".
    let steps: [[UInt8]?]

    init(_ file: DatasetFile, _ path: String, integer: Bool, _ range: ClosedRange<Double>) {
        self.file = file
        self.path = path
        self.integer = integer
        min = range.lowerBound
        max = range.upperBound
        var steps: [[UInt8]?] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices = 0
            while name.hasSuffix("[]") { name = name.dropLast(2); indices += 1 }
            steps.append(Array(name.utf8))
            steps += Array(repeating: nil, count: indices)
        }
        self.steps = steps
    }

    /// Whether `value` lies in the range (and is finite).
    public func contains(_ value: Double) -> Bool { value.isFinite && value >= min && value <= max }

    /// Whether the path being read (keys as byte ranges of `bytes`) is this field.
    func matches(_ path: [SourceCheck.Step], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard path.count == steps.count else { return false }
        for (step, want) in zip(path, steps) {
            switch (step, want) {
            case (.index, nil): continue
            case (.key(let r), let key?):
                guard r.count == key.count else { return false }
                var k = 0
                for p in r {
                    if bytes[p] != key[k] { return false }
                    k += 1
                }
            default: return false
            }
        }
        return true
    }
}

/// Every numeric field of the data format with its range (the README's "Numbers" table is this list).
public enum NumericFields {
    /// A percentage of progress.
    static let percent: ClosedRange<Double> = 0...100
    /// Hectares: the whole province is about 590,000 ha, so no zone, chain or certified area is larger.
    static let hectares: ClosedRange<Double> = 0...1_000_000
    /// Households, members of a chain.
    static let headcount: ClosedRange<Double> = 0...1_000_000
    /// Enterprises or cooperatives in a chain.
    static let organisations: ClosedRange<Double> = 0...100_000

    public static let schemaVersion = "schemaVersion"
    public static let taskOrdinal = NumericField(.tasks, "tasks[].ordinal", integer: true, 1...6)
    public static let taskProgress = NumericField(.tasks, "tasks[].progress", integer: true, percent)
    public static let actionProgress = NumericField(.tasks, "tasks[].actions[].progress", integer: true, percent)
    public static let figureValue = NumericField(.tasks, "tasks[].reports[].figures[].value", integer: false, -1_000_000_000_000...1_000_000_000_000)
    public static let cycleStep = NumericField(.products, "products[].cycleStep", integer: true, 1...6)
    public static let registeredYear = NumericField(.products, "products[].registeredYear", integer: true, 2000...2100)
    public static let scoreA = NumericField(.products, "products[].evaluations[].scoreA", integer: true, 0...100)
    public static let scoreB = NumericField(.products, "products[].evaluations[].scoreB", integer: true, 0...100)
    public static let scoreC = NumericField(.products, "products[].evaluations[].scoreC", integer: true, 0...100)
    public static let total = NumericField(.products, "products[].evaluations[].total", integer: true, 0...100)
    public static let evaluationStars = NumericField(.products, "products[].evaluations[].stars", integer: true, 1...5)
    public static let certificateStars = NumericField(.products, "products[].certificate.stars", integer: true, 1...5)
    public static let zoneArea = NumericField(.zones, "zones[].areaHa", integer: false, hectares)
    public static let certifiedArea = NumericField(.zones, "zones[].certifiedAreas[].areaHa", integer: false, hectares)
    public static let chainEnterprises = NumericField(.zones, "zones[].chains[].enterprises", integer: true, organisations)
    public static let chainCooperatives = NumericField(.zones, "zones[].chains[].cooperatives", integer: true, organisations)
    public static let chainHouseholds = NumericField(.zones, "zones[].chains[].households", integer: true, headcount)
    public static let chainArea = NumericField(.zones, "zones[].chains[].areaHa", integer: false, hectares)
    public static let villageHouseholds = NumericField(.craftVillages, "craftVillages[].households", integer: true, headcount)

    /// All of them, with `schemaVersion` of every file (an integer, 1 to 999; the supported versions are checked apart).
    public static let all: [NumericField] = DatasetFile.allCases.map { NumericField($0, schemaVersion, integer: true, 1...999) } + [
        taskOrdinal, taskProgress, actionProgress, figureValue, cycleStep, registeredYear, scoreA, scoreB, scoreC, total,
        evaluationStars, certificateStars, zoneArea, certifiedArea, chainEnterprises, chainCooperatives, chainHouseholds,
        chainArea, villageHouseholds,
    ]
}

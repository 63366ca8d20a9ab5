import Foundation

/// The files of a dataset directory, one per kind of record.
public enum DatasetFile: String, CaseIterable, Sendable {
    case dataset = "dataset.json"
    case units = "units.json"
    case agencies = "agencies.json"
    case tasks = "tasks.json"
    case producers = "producers.json"
    case products = "products.json"
    case zones = "zones.json"
    case craftVillages = "craft-villages.json"
    case tourismModels = "tourism-models.json"
    case meetings = "meetings.json"

    /// The key under which the file keeps its records.
    public var recordsKey: String {
        switch self {
        case .dataset: "dataset"
        case .units: "units"
        case .agencies: "agencies"
        case .tasks: "tasks"
        case .producers: "producers"
        case .products: "products"
        case .zones: "zones"
        case .craftVillages: "craftVillages"
        case .tourismModels: "tourismModels"
        case .meetings: "meetings"
        }
    }

    /// Whether the file may be missing (a dataset made before the file existed): it then holds no records.
    public var isOptional: Bool { self == .meetings }

    /// The schema versions this build reads.
    public static let supportedSchemaVersions = [1]
    /// The schema version this build writes.
    public static let currentSchemaVersion = 1
}

/// A string coding key for envelopes.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ s: String) { stringValue = s }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension CodingUserInfoKey {
    static let recordsKey = CodingUserInfoKey(rawValue: "ocop.recordsKey")!
}

/// `{"schemaVersion": 1, "<kind>": …}`, the shape of every dataset file.
struct Envelope<T: Codable>: Codable {
    var key: String
    var records: T

    init(key: String, records: T) {
        self.key = key
        self.records = records
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyKey.self)
        let v = try c.decode(Int.self, forKey: AnyKey("schemaVersion"))
        guard DatasetFile.supportedSchemaVersions.contains(v) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [AnyKey("schemaVersion")], debugDescription: "schema:\(v)"))
        }
        key = decoder.userInfo[.recordsKey] as? String ?? "records"
        records = try c.decode(T.self, forKey: AnyKey(key))
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyKey.self)
        try c.encode(DatasetFile.currentSchemaVersion, forKey: AnyKey("schemaVersion"))
        try c.encode(records, forKey: AnyKey(key))
    }
}

/// Encodes dataset files the way `ocop` writes them: pretty, sorted keys, UTF-8, NFC.
public enum DatasetEncoder {
    /// Files with more records than this are written one compact record per line (a third smaller and faster to
    /// read than pretty-printed JSON, and still one line per record for messages and diffs).
    public static let lineRecordsThreshold = 1000

    /// The bytes of one file of the dataset.
    public static func encode(_ file: DatasetFile, of ds: Dataset) throws -> Data {
        let k = file.recordsKey
        switch file {
        case .dataset: return try pretty(Envelope(key: k, records: ds.info))
        case .units: return try records(ds.units, key: k)
        case .agencies: return try records(ds.agencies, key: k)
        case .tasks: return try records(ds.tasks, key: k)
        case .producers: return try records(ds.producers, key: k)
        case .products: return try records(ds.products, key: k)
        case .zones: return try records(ds.zones, key: k)
        case .craftVillages: return try records(ds.craftVillages, key: k)
        case .tourismModels: return try records(ds.tourismModels, key: k)
        case .meetings: return try records(ds.meetings, key: k)
        }
    }

    static func pretty<T: Encodable>(_ value: T) throws -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try enc.encode(value)
        data.append(0x0A)
        return data
    }

    static func records<T: Codable>(_ list: [T], key: String) throws -> Data {
        if list.count <= lineRecordsThreshold { return try pretty(Envelope(key: key, records: list)) }
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = Data("{\"\(key)\": [\n".utf8)
        for (i, r) in list.enumerated() {
            data.append(try enc.encode(r))
            data.append(contentsOf: i == list.count - 1 ? [0x0A] : [0x2C, 0x0A])
        }
        data.append(contentsOf: Array("], \"schemaVersion\": \(DatasetFile.currentSchemaVersion)}\n".utf8))
        return data
    }

    /// Writes every file of the dataset into a directory (created if needed), each atomically.
    public static func write(_ ds: Dataset, to dir: URL) throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for f in DatasetFile.allCases {
            try encode(f, of: ds).write(to: dir.appendingPathComponent(f.rawValue), options: .atomic)
        }
    }
}

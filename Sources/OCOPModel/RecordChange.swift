import Foundation

/// A kind of record kept as a list in one dataset file, addressed by its `id`.
public protocol DatasetRecord: Codable, Hashable, Sendable, Identifiable where ID == String {
    /// The file the records live in.
    static var file: DatasetFile { get }
    /// Where the records sit in a dataset.
    static var list: WritableKeyPath<Dataset, [Self]> { get }
}

extension AdminUnit: DatasetRecord {
    public static var file: DatasetFile { .units }
    public static var list: WritableKeyPath<Dataset, [AdminUnit]> { \.units }
}
extension Agency: DatasetRecord {
    public static var file: DatasetFile { .agencies }
    public static var list: WritableKeyPath<Dataset, [Agency]> { \.agencies }
}
extension ConclusionTask: DatasetRecord {
    public static var file: DatasetFile { .tasks }
    public static var list: WritableKeyPath<Dataset, [ConclusionTask]> { \.tasks }
}
extension Producer: DatasetRecord {
    public static var file: DatasetFile { .producers }
    public static var list: WritableKeyPath<Dataset, [Producer]> { \.producers }
}
extension Product: DatasetRecord {
    public static var file: DatasetFile { .products }
    public static var list: WritableKeyPath<Dataset, [Product]> { \.products }
}
extension RawMaterialZone: DatasetRecord {
    public static var file: DatasetFile { .zones }
    public static var list: WritableKeyPath<Dataset, [RawMaterialZone]> { \.zones }
}
extension CraftVillage: DatasetRecord {
    public static var file: DatasetFile { .craftVillages }
    public static var list: WritableKeyPath<Dataset, [CraftVillage]> { \.craftVillages }
}
extension TourismModel: DatasetRecord {
    public static var file: DatasetFile { .tourismModels }
    public static var list: WritableKeyPath<Dataset, [TourismModel]> { \.tourismModels }
}

extension DatasetFile: Codable {
    /// The record type stored in the file (nil for `dataset.json`, which holds one metadata object).
    public var recordType: (any DatasetRecord.Type)? {
        switch self {
        case .dataset: nil
        case .units: AdminUnit.self
        case .agencies: Agency.self
        case .tasks: ConclusionTask.self
        case .producers: Producer.self
        case .products: Product.self
        case .zones: RawMaterialZone.self
        case .craftVillages: CraftVillage.self
        case .tourismModels: TourismModel.self
        case .meetings: Meeting.self
        }
    }
}

/// One accepted edit of one record: which file and id, and the record's canonical JSON before and after
/// (nil before = added, nil after = deleted). Edits of parts of a record (an evaluation, a chain, a note) are
/// changes of the record that holds them.
public struct RecordChange: Sendable, Hashable, Codable {
    public var file: DatasetFile
    public var id: String
    public var before: Data?
    public var after: Data?

    /// A change from raw canonical JSON.
    public init(file: DatasetFile, id: String, before: Data?, after: Data?) {
        self.file = file
        self.id = id
        self.before = before
        self.after = after
    }

    /// A change from typed records.
    public init<R: DatasetRecord>(before: R?, after: R?) {
        file = R.file
        id = after?.id ?? before?.id ?? ""
        self.before = before.map(RecordCodec.canonical)
        self.after = after.map(RecordCodec.canonical)
    }

    /// The change that takes this one back.
    public var inverse: RecordChange { RecordChange(file: file, id: id, before: after, after: before) }

    /// Whether the change adds, edits or deletes.
    public var verb: String { before == nil ? "add" : (after == nil ? "delete" : "edit") }

    /// The record as it is after the change, decoded.
    public func decodedAfter<R: DatasetRecord>(_: R.Type) -> R? { after.flatMap { try? JSONDecoder().decode(R.self, from: $0) } }

    /// The fields whose values differ, with their values before and after as text (strings bare, the rest as JSON).
    public func fieldDiffs() -> [(field: String, before: String?, after: String?)] {
        let a = before.flatMap(RecordCodec.fields) ?? [:]
        let b = after.flatMap(RecordCodec.fields) ?? [:]
        return Set(a.keys).union(b.keys).sorted().compactMap { k in
            a[k] == b[k] ? nil : (k, a[k], b[k])
        }
    }
}

/// Canonical JSON for records (sorted keys, compact, as the line format writes them) and applying changes in memory.
public enum RecordCodec {
    /// The canonical bytes of a record.
    public static func canonical<R: Encodable>(_ r: R) -> Data {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? enc.encode(r)) ?? Data()
    }

    /// Decodes a record of a file's type and encodes it canonically (normalises hand-written JSON).
    static func canonicalize(_ data: Data, as type: any DatasetRecord.Type) throws -> (id: String, data: Data) {
        func open<R: DatasetRecord>(_: R.Type) throws -> (String, Data) {
            let r = try JSONDecoder().decode(R.self, from: data)
            return (r.id, canonical(r))
        }
        return try open(type)
    }

    /// Top-level fields of a canonical record as display text.
    static func fields(_ data: Data) -> [String: String]? {
        guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var out: [String: String] = [:]
        for (k, v) in obj {
            if let s = v as? String { out[k] = s; continue }
            if v is NSNull { continue }
            if let d = try? JSONSerialization.data(withJSONObject: v, options: [.sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed]) {
                out[k] = String(decoding: d, as: UTF8.self)
            }
        }
        return out
    }

    /// The current canonical bytes of a record in a dataset, if it exists.
    public static func current(_ file: DatasetFile, id: String, in ds: Dataset) -> Data? {
        guard let t = file.recordType else { return nil }
        func open<R: DatasetRecord>(_: R.Type) -> Data? { ds[keyPath: R.list].first { $0.id == id }.map(canonical) }
        return open(t)
    }

    /// Applies a change to a dataset in memory (replacing, adding at the end, or removing the record by id).
    public static func apply(_ change: RecordChange, to ds: inout Dataset) throws {
        guard let t = change.file.recordType else { return }
        func open<R: DatasetRecord>(_: R.Type) throws {
            let new = try change.after.map { try JSONDecoder().decode(R.self, from: $0) }
            let i = ds[keyPath: R.list].firstIndex { $0.id == change.id }
            switch (i, new) {
            case (let i?, let r?): ds[keyPath: R.list][i] = r
            case (nil, let r?): ds[keyPath: R.list].append(r)
            case (let i?, nil): ds[keyPath: R.list].remove(at: i)
            case (nil, nil): break
            }
        }
        try open(t)
    }
}

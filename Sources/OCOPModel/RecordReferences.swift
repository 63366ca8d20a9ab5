import Foundation

/// One reference a record holds to another record: which file and id it points to, through which field.
public struct RecordLink: Hashable, Sendable {
    public var file: DatasetFile
    public var id: String
    public var field: String

    /// A reference to `id` in `file`, held in `field`.
    public init(_ file: DatasetFile, _ id: String, field: String) {
        self.file = file
        self.id = id
        self.field = field
    }
}

/// A record that points to other records: the explicit list of its references, per record kind.
public protocol ReferencingRecord {
    /// Every reference the record holds, parts included (an action's owner, a chain's lead producer).
    var references: [RecordLink] { get }
}

extension AdminUnit: ReferencingRecord {
    public var references: [RecordLink] { parentId.map { [RecordLink(.units, $0, field: "parentId")] } ?? [] }
}

extension Agency: ReferencingRecord {
    public var references: [RecordLink] { [] }
}

extension ConclusionTask: ReferencingRecord {
    public var references: [RecordLink] {
        [RecordLink(.agencies, leadAgencyId, field: "leadAgencyId")]
            + coordinatingAgencyIds.map { RecordLink(.agencies, $0, field: "coordinatingAgencyIds") }
            + actions.map { RecordLink(.agencies, $0.ownerAgencyId, field: "ownerAgencyId") }
            + reports.map { RecordLink(.agencies, $0.agencyId, field: "agencyId") }
    }
}

extension Producer: ReferencingRecord {
    public var references: [RecordLink] { [RecordLink(.units, communeId, field: "communeId")] }
}

extension Product: ReferencingRecord {
    public var references: [RecordLink] {
        [RecordLink(.producers, producerId, field: "producerId"), RecordLink(.units, communeId, field: "communeId")]
            + zoneIds.map { RecordLink(.zones, $0, field: "zoneIds") }
    }
}

extension RawMaterialZone: ReferencingRecord {
    public var references: [RecordLink] {
        communeIds.map { RecordLink(.units, $0, field: "communeIds") }
            + chains.compactMap { c in c.leadProducerId.map { RecordLink(.producers, $0, field: "leadProducerId") } }
    }
}

extension CraftVillage: ReferencingRecord {
    public var references: [RecordLink] {
        [RecordLink(.units, communeId, field: "communeId")] + productIds.map { RecordLink(.products, $0, field: "productIds") }
    }
}

extension TourismModel: ReferencingRecord {
    public var references: [RecordLink] {
        var out = [RecordLink(.units, communeId, field: "communeId")] + productIds.map { RecordLink(.products, $0, field: "productIds") }
        if let z = zoneId { out.append(RecordLink(.zones, z, field: "zoneId")) }
        if let p = operatorProducerId { out.append(RecordLink(.producers, p, field: "operatorProducerId")) }
        return out
    }
}

extension Meeting: ReferencingRecord {
    public var references: [RecordLink] {
        attendees.compactMap { $0.agencyId.map { RecordLink(.agencies, $0, field: "attendees") } }
            + decisions.compactMap { $0.ownerAgencyId.map { RecordLink(.agencies, $0, field: "decisions") } }
            + Set(agenda.compactMap(\.taskId) + notes.map(\.taskId) + decisions.compactMap(\.taskId)).sorted()
                .map { RecordLink(.tasks, $0, field: "taskId") }
    }
}

/// Who still points to a record, so that deleting it would leave dangling references.
public enum References {
    /// A record that refers to another: its file, id and a name to show.
    public struct Referrer: Sendable, Hashable {
        public var file: DatasetFile
        public var id: String
        public var name: String
    }

    /// The records that refer to the record `id` of `file`, from every kind's explicit references.
    public static func referrers(of file: DatasetFile, id: String, in ds: Dataset) -> [Referrer] {
        var out: [Referrer] = []
        func scan<R: ReferencingRecord & Identifiable>(_ list: [R], _ kind: DatasetFile, _ name: (R) -> String) where R.ID == String {
            for r in list where r.references.contains(where: { $0.file == file && $0.id == id }) {
                out.append(Referrer(file: kind, id: r.id, name: name(r)))
            }
        }
        // Only the kinds that can point to `file` are scanned (products are many).
        switch file {
        case .units:
            scan(ds.units, .units, \.name)
            scan(ds.producers, .producers, \.name)
            scan(ds.products, .products, \.name)
            scan(ds.zones, .zones, \.name)
            scan(ds.craftVillages, .craftVillages, \.name)
            scan(ds.tourismModels, .tourismModels, \.name)
        case .agencies:
            scan(ds.tasks, .tasks, \.shortTitle)
            scan(ds.meetings, .meetings, \.title)
        case .tasks: scan(ds.meetings, .meetings, \.title)
        case .producers:
            scan(ds.products, .products, \.name)
            scan(ds.zones, .zones, \.name)
            scan(ds.tourismModels, .tourismModels, \.name)
        case .products:
            scan(ds.craftVillages, .craftVillages, \.name)
            scan(ds.tourismModels, .tourismModels, \.name)
        case .zones:
            scan(ds.products, .products, \.name)
            scan(ds.tourismModels, .tourismModels, \.name)
        case .dataset, .craftVillages, .tourismModels, .meetings: break
        }
        return out
    }
}

/// Checks one changed record with the loader's own rules, against the records it refers to.
public enum RecordValidation {
    /// The loader's problems for the record after the change (duplicates, references, ranges, scores, dates).
    /// Validates a small dataset: every unit and agency, the record itself, and the producers, products and zones
    /// its explicit references name.
    public static func problems(of change: RecordChange, in ds: Dataset, index idx: DatasetIndex) -> [Problem] {
        guard let after = change.after, let type = change.file.recordType else { return [] }
        func links<R: DatasetRecord>(_: R.Type) -> [RecordLink] {
            ((try? JSONDecoder().decode(R.self, from: after)) as? ReferencingRecord)?.references ?? []
        }
        let refs = links(type)
        func ids(_ file: DatasetFile) -> [String] { Set(refs.filter { $0.file == file }.map(\.id)).sorted() }
        var mini = Dataset(info: ds.info, units: ds.units, agencies: ds.agencies, tasks: [], producers: [], products: [], zones: [],
                           craftVillages: [], tourismModels: [])
        mini.producers = ids(.producers).compactMap { idx.producerById[$0] }
        mini.products = ids(.products).compactMap { idx.product($0) }
        mini.zones = ids(.zones).compactMap { idx.zoneById[$0] }
        // The record replaces any copy of itself pulled in as a reference target, or joins its list.
        do { try RecordCodec.apply(change, to: &mini) } catch { return [] }
        return DatasetValidator.validate(mini).filter { $0.recordId == change.id && $0.file == change.file.rawValue }
    }
}

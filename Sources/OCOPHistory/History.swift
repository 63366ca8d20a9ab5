import Foundation
import OCOPModel

/// The programme as it was: the nearest snapshot before a moment plus the journal after it, replayed record by
/// record; and changes made outside `ocop`, found by the files' stamps and journalled with their differences.
public enum History {
    /// The journal entries written after a byte offset, oldest first.
    public static func journal(after offset: Int, in dir: URL) -> [JournalEntry] {
        guard let h = try? FileHandle(forReadingFrom: dir.appendingPathComponent(DatasetWriter.journalName)) else { return [] }
        defer { try? h.close() }
        try? h.seek(toOffset: UInt64(offset))
        guard let data = try? h.readToEnd() else { return [] }
        let dec = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { try? dec.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The cut-off instant for a date: the first moment of the next day in the machine's time zone, as the
    /// journal writes times.
    public static func endOf(_ date: CivilDate, timeZone: TimeZone = .current) -> String {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = timeZone
        let next = date.adding(days: 1)
        let d = cal.date(from: DateComponents(year: next.year, month: next.month, day: next.day)) ?? Date()
        return DatasetWriter.timestamp(d)
    }

    /// The data as it was just before the instant `before` (an ISO 8601 time as the journal writes them): the last
    /// snapshot taken before it, with the journal entries after that snapshot and before the instant replayed.
    public static func dataset(before: String, in dir: URL) throws -> Dataset {
        let snaps = SnapshotStore.all(dir).filter { isBefore($0.time, before) }
        guard let snap = snaps.last else { throw HistoryError.noSnapshotBefore(before) }
        var ds = try SnapshotStore.dataset(snap, in: dir)
        let entries = journal(after: snap.journalBytes, in: dir).filter { isBefore($0.time, before) }
        replay(entries, onto: &ds)
        return ds
    }

    /// Whether one journal time comes before another (both ISO 8601; compared as instants).
    static func isBefore(_ a: String, _ b: String) -> Bool {
        let f = ISO8601DateFormatter()
        guard let x = f.date(from: a), let y = f.date(from: b) else { return a < b }
        return x < y
    }

    /// Applies journal entries to a dataset: each save (its consecutive lines) sets, adds or removes the fields of
    /// one record; a record left with no field is deleted.
    public static func replay(_ entries: [JournalEntry], onto ds: inout Dataset) {
        for change in JournalChange.grouping(entries) {
            guard let file = change.file, let type = file.recordType else { continue }
            apply(change, file: file, type: type, to: &ds)
        }
    }

    static func apply(_ change: JournalChange, file: DatasetFile, type: any DatasetRecord.Type, to ds: inout Dataset) {
        let current = RecordCodec.current(file, id: change.id, in: ds)
        var obj = current.flatMap { (try? JSONSerialization.jsonObject(with: $0)) as? [String: Any] } ?? [:]
        var ambiguous: [String: String] = [:]
        for f in change.fields {
            guard let after = f.after else { obj[f.name] = nil; continue }
            if obj[f.name] is String {
                obj[f.name] = after
            } else if let v = try? JSONSerialization.jsonObject(with: Data(after.utf8), options: [.fragmentsAllowed]), !(v is String) {
                obj[f.name] = v
                ambiguous[f.name] = after
            } else {
                obj[f.name] = after
            }
        }
        var after: Data?
        if !obj.isEmpty {
            after = canonical(obj, type)
            if after == nil, !ambiguous.isEmpty {
                for (k, v) in ambiguous { obj[k] = v }
                after = canonical(obj, type)
            }
            guard after != nil else { return }
        }
        try? RecordCodec.apply(RecordChange(file: file, id: change.id, before: current, after: after), to: &ds)
    }

    static func canonical(_ obj: [String: Any], _ type: any DatasetRecord.Type) -> Data? {
        guard let d = try? JSONSerialization.data(withJSONObject: obj) else { return nil }
        func open<R: DatasetRecord>(_: R.Type) -> Data? { (try? JSONDecoder().decode(R.self, from: d)).map(RecordCodec.canonical) }
        return open(type)
    }

    /// The changes between two datasets, record by record (kinds kept as record lists).
    public static func changes(from old: Dataset, to new: Dataset) -> [RecordChange] {
        var out: [RecordChange] = []
        func diff<R: DatasetRecord>(_: R.Type) {
            let a = old[keyPath: R.list], b = new[keyPath: R.list]
            var before: [String: Data] = [:]
            for r in a { before[r.id] = RecordCodec.canonical(r) }
            var seen = Set<String>()
            for r in b {
                seen.insert(r.id)
                let now = RecordCodec.canonical(r)
                if before[r.id] != now { out.append(RecordChange(file: R.file, id: r.id, before: before[r.id], after: now)) }
            }
            for r in a where !seen.contains(r.id) { out.append(RecordChange(file: R.file, id: r.id, before: before[r.id], after: nil)) }
        }
        for f in DatasetFile.allCases {
            guard let t = f.recordType else { continue }
            func open<R: DatasetRecord>(_ t: R.Type) { diff(t) }
            open(t)
        }
        return out
    }

    /// At a load: when history is kept and a data file's stamp is not the one `ocop` last saw, the data `ocop`
    /// expected (last snapshot + journal) is compared with the data loaded, and each record's differences are
    /// journalled as "thay đổi ngoài ocop" (action `outside`). Returns the changes found (empty when none).
    @discardableResult
    public static func reconcile(_ dir: URL, loaded: Dataset, user: String, time: String = DatasetWriter.timestamp()) throws -> [RecordChange] {
        guard let changed = SeenStamps.changedFiles(dir), !changed.isEmpty else { return [] }
        return try DatasetWriter.withLock(in: dir) {
            let snaps = SnapshotStore.all(dir)
            guard let last = snaps.last else { return [] }
            var expected = try SnapshotStore.dataset(last, in: dir)
            replay(journal(after: last.journalBytes, in: dir), onto: &expected)
            let found = changes(from: expected, to: loaded)
            var entries: [JournalEntry] = []
            for c in found {
                for d in c.fieldDiffs() {
                    entries.append(JournalEntry(time: time, user: user, kind: c.file.recordsKey, id: c.id, field: d.field,
                                                before: d.before, after: d.after, action: JournalAction.outside.rawValue))
                }
            }
            if !entries.isEmpty { try DatasetWriter.journal(entries, in: dir) }
            try SeenStamps.markAllSeen(dir)
            return found
        }
    }
}

import Foundation

extension DatasetLoader {
    /// Loads as `load(directory:)`, and computes the figures on `asOf` beside validation (the dashboard's launch).
    public static func load(directory: URL, statisticsOn asOf: CivilDate) -> LoadResult {
        load(directory: directory, statisticsOn: asOf, timings: nil)
    }

    /// The validator's problems, and the index of a dataset then its statistics, computed side by side.
    static func validateAndIndex(_ ds: Dataset, statisticsOn asOf: CivilDate?) -> (problems: [Problem], index: DatasetIndex, statistics: Statistics?) {
        final class Box: @unchecked Sendable {
            var problems: [Problem] = []
            var index: DatasetIndex?
            var statistics: Statistics?
        }
        let box = Box()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                box.problems = DatasetValidator.validate(ds)
            } else {
                let index = DatasetIndex(ds)
                box.index = index
                if let asOf { box.statistics = Statistics(index, on: asOf) }
            }
        }
        return (box.problems, box.index ?? DatasetIndex(ds), box.statistics)
    }
}

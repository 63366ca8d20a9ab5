import ArgumentParser
import Foundation
import OCOPApp
import OCOPModel
import OCOPText

/// What the commands that open a dataset share: the as-of date and loading or refusing with the errors.
enum CommandSupport {
    /// The `--as-of` date, or today.
    static func asOfDate(_ text: String?) throws -> CivilDate {
        guard let text else { return .today() }
        guard let d = CivilDate.parse(text) else { throw ValidationError("--as-of: ngày không hợp lệ / invalid date \"\(text)\"") }
        return d
    }

    /// The dataset of a directory; with errors, prints them as `ocop validate` does and exits with status 2.
    static func loadOrExit(_ dir: String, lang: Language, announce: Bool = false, statisticsOn day: CivilDate? = nil) throws -> (Dataset, LoadResult) {
        try loadOrExit(DirectoryStore(directory: URL(fileURLWithPath: dir)), lang: lang, announce: announce, statisticsOn: day)
    }

    /// The dataset of a store; with errors, prints them as `ocop validate` does and exits with status 2. With
    /// `statisticsOn`, a directory computes the day's figures beside validation (the dashboard's first frame uses them).
    static func loadOrExit(_ store: any DatasetStore, lang: Language, announce: Bool = false, statisticsOn day: CivilDate? = nil) throws -> (Dataset, LoadResult) {
        let dir = store.location
        // A large dataset takes seconds to load: say so on the terminal instead of showing nothing.
        let shown = announce && isatty(2) != 0
        if shown {
            // The path as typed, with any control character shown as its placeholder rather than sent to the terminal.
            let safe = SafeText.field(dir)
            FileHandle.standardError.write(Data(Msg.loadingData.text(lang, safe).utf8))
        }
        let result = try StoreSupport.load(store, lang: lang, statisticsOn: day)
        // The line goes once the data is in (carriage return, erase to the end of the line).
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        guard let ds = result.dataset else {
            FileHandle.standardError.write(Data(SafeText.output(ValidationReport(directory: dir, result: result, lang: lang).text()).utf8))
            throw ExitCode(2)
        }
        return (ds, result)
    }
}

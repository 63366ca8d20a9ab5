import Foundation
import OCOPModel

/// Keeps what an open form holds beside the data (a small file, replaced by rename) whenever it changes, and removes
/// it once the form is saved or given up. Best effort: a read-only directory just keeps no draft.
struct DraftKeeper {
    /// Where the open form's typing is kept (one file per editor).
    let url: URL?
    /// The draft last written, so that only changes are written.
    var last: FormDraft?
    /// A draft from an earlier session that the user left for later: kept until a new form replaces it.
    var keepOld = false

    init(directory: URL?, editor: String) {
        let safe = editor.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? String($0) : "_" }.joined()
        url = directory?.appendingPathComponent(".ocop-draft-\(safe).json")
    }

    /// The draft an earlier session left, if any (kept on disk until a new form replaces it).
    mutating func leftOver() -> FormDraft? {
        guard let url, let data = try? Data(contentsOf: url), let draft = try? JSONDecoder().decode(FormDraft.self, from: data) else { return nil }
        last = draft
        keepOld = true
        return draft
    }

    /// Writes the open form's draft when it changed; removes it when no form is open any more.
    mutating func keep(_ s: AppState) {
        guard let url else { return }
        // The earlier session's draft, once restored, is this form's draft.
        if keepOld, let f = s.form, f.target == last?.target { keepOld = false }
        if let f = s.form, f.isDirty {
            let stamp = DateFormatter()
            stamp.timeZone = s.timeZone
            stamp.dateFormat = "HH:mm dd/MM/yyyy"
            let draft = FormDraft(f, savedAt: stamp.string(from: s.now))
            guard draft.values != last?.values || draft.target != last?.target else { return }
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            if let data = try? enc.encode(draft) {
                let tmp = url.deletingLastPathComponent().appendingPathComponent(".ocop-draft.\(getpid()).tmp")
                if (try? data.write(to: tmp)) != nil, rename(tmp.path, url.path) == 0 {
                    last = draft
                    keepOld = false
                }
            }
        } else if keepOld {
            // An earlier session's draft, not restored (yet): kept for the next start.
        } else if last != nil {
            unlink(url.path)
            last = nil
        }
    }
}

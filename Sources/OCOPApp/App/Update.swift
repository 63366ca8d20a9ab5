import Foundation
import OCOPModel
import TerminalCore
import OCOPText

/// Side effects the dashboard asks its runner for; their results come back as `AppMessage`s.
public enum Effect: Sendable, Equatable {
    case quit
    /// Record a meeting note on a task: saved, journalled, shown at once.
    case saveNote(taskId: String, text: String)
    /// Save one record change (from a form, a quick action, undo or redo): merged, atomic, journalled.
    case commit(RecordChange, action: JournalAction, origin: CommitOrigin)
    /// Read the journal's latest lines.
    case readJournal
    /// Give the terminal back to the shell for a while (Ctrl-Z); typed forms stay as they are.
    case suspend
    /// Close the deck's meeting: its record frozen, a snapshot stored, journalled.
    case closeMeeting(id: String)
}

/// Everything that reaches `update`: the user's input, the results of effects, the watcher's news and the clock.
public enum AppMessage: Sendable {
    case input(InputEvent)
    /// A commit the runner carried out; `prepared` is the data with the change applied and its lookups, computed
    /// off the main thread for large datasets.
    case committed(RecordChange, action: JournalAction, origin: CommitOrigin, result: Result<CommitReport, any Error>,
                   prepared: (dataset: Dataset, cache: DataCache)?)
    /// A meeting note was saved: the data with the note.
    case noteSaved(Dataset)
    /// The deck's meeting was closed (the data follows through live reload), or could not be.
    case meetingClosed(Meeting)
    case meetingCloseFailed(reason: String)
    /// A meeting note could not be saved: its text goes back into the editor.
    case noteFailed(text: String, reason: String)
    /// The files changed on disk and were loaded again (`cache` prepared off the main thread).
    case reloaded(Dataset, warnings: [Problem], files: [String], cache: DataCache?)
    /// A file on disk is broken (the last good data stays).
    case diskBroken(location: String)
    /// The store's connection was lost (with why), or is back (nil).
    case connection(lost: String?)
    /// The journal's latest entries, oldest first.
    case journalRead([JournalEntry])
    /// The wall clock moved (the deck's clock).
    case tick(Date)
}

extension AppState {
    /// Applies an input event; returns the effects to run.
    public mutating func update(_ event: InputEvent) -> [Effect] { update(.input(event)) }

    /// Applies a message: the one entry point for input and for the results of effects.
    public mutating func update(_ msg: AppMessage) -> [Effect] {
        switch msg {
        case .input(let event): return input(event)
        case .committed(let change, let action, let origin, let result, let prepared):
            finishCommit(change, action: action, origin: origin, result: result, prepared: prepared)
        case .noteSaved(let ds):
            replaceData(ds, warnings: warnings)
            message = Msg.noteSaved.text(lang)
        case .noteFailed(let text, let reason):
            presentation?.note = TextFieldState(text)
            message = Msg.couldNotSave.text(lang, reason)
        case .meetingClosed(let m):
            meetingId = nil
            message = Msg.meetingClosed.text(lang, m.id, m.title)
        case .meetingCloseFailed(let reason): message = Msg.couldNotSave.text(lang, reason)
        case .reloaded(let ds, let problems, let files, let prepared): reloaded(ds, warnings: problems, files: files, cache: prepared)
        case .diskBroken(let location): diskWarning = Msg.diskBroken.text(lang, location)
        case .connection(let lost): connectionWarning = lost.map { Msg.dbConnectionLost.text(lang, $0) }
        case .journalRead(let entries): overlay = .journal(JournalChange.grouping(entries).reversed(), TableState())
        case .tick(let date): now = date
        }
        return []
    }

    mutating func input(_ event: InputEvent) -> [Effect] {
        message = nil
        switch event {
        case .resize(let w, let h):
            size = (w, h)
            return []
        case .mouse(let m):
            mouse(m)
            return []
        case .text(let s):
            typeText(s)
            return []
        case .paste(let s):
            paste(s)
            return []
        case .key(let key):
            return handleKey(key)
        }
    }

    /// Text that arrived at once goes where typing goes now.
    mutating func typeText(_ s: String) {
        if case .help = overlay { return }
        if presentation != nil { noteText(s); return }
        if form != nil { formText(s); return }
        if case .picker = overlay { pickerText(s); return }
        if search.editing {
            search.field.insert(s)
            applySearch(from: search.origin)
        }
    }

    /// A bracketed paste: never a key. Its line breaks become line breaks in a long-text field and spaces anywhere
    /// else, so a pasted newline never submits a form or a search.
    mutating func paste(_ s: String) {
        let lines = s.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        if let f = form, f.picker == nil, f.focused?.kind.isLongText == true {
            typeText(lines)
        } else {
            typeText(lines.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " "))
        }
    }

    /// A key: looked up in the keymap for the active scopes; an unbound character types where typing goes.
    mutating func handleKey(_ key: Key) -> [Effect] {
        // While a form saves in the background, keys get an answer but change nothing.
        if form?.saving == true {
            message = Msg.saving.text(lang)
            return []
        }
        let scopes = self.scopes
        if let pending = pendingChord {
            pendingChord = nil
            if pending == key, let b = Keymap.binding(for: key, scopes: scopes), b.chord { return perform(b.action, key: key) }
        }
        if let b = Keymap.binding(for: key, scopes: scopes) {
            if b.chord {
                pendingChord = key
                return []
            }
            return perform(b.action, key: key)
        }
        if case .char(let c) = key {
            if scopes.contains(.text) { typeText(String(c)); return [] }
            if scopes.contains(.formChoice) || scopes.contains(.formPick) { openFieldPicker(query: String(c)); return [] }
        }
        // Inside a form, the deck or an overlay, other keys do nothing; on the panes they say so.
        if form != nil || presentation != nil { return [] }
        if case .none = overlay, !search.editing {
            message = Msg.keyNotUsedHere.text(lang, key.description)
        }
        return []
    }

    /// Carries out a keymap action (the key that asked for it, for actions that depend on it).
    public mutating func perform(_ action: Action, key: Key = .enter) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .suspend: return [.suspend]
        case .help: openHelp()
        case .back: back()
        case .palette: openPalette()
        case .nextPane: cyclePane(1)
        case .prevPane: cyclePane(-1)
        case .gotoPane(let p): goto(p)
        case .toggleLang:
            lang = lang.other
            refreshAllRows()
        case .cycleTheme:
            themeIndex = (themeIndex + 1) % themes.count
            if presentation == nil { message = Msg.theme.text(lang) + ": " + theme.name }
        case .showWarnings: overlay = .warnings(TableState())
        case .showJournal: return [.readJournal]
        case .present: presentFromDashboard()
        case .down, .up, .pageDown, .pageUp, .top, .bottom: return moveAction(action, key: key)
        case .open:
            if case .journal = overlay { openJournalEntry() } else { open() }
        case .search: startSearch()
        case .nextMatch: findMatch(forward: true)
        case .prevMatch: findMatch(forward: false)
        case .filter: openFilterPicker()
        case .clearFilters: clearFilters()
        case .sortNext, .sortNextColumn: sort(pane, column: (sorts[pane]?.column ?? -1) + 1)
        case .sortPrevColumn: sort(pane, column: (sorts[pane]?.column ?? 0) - 1)
        case .sortReverse: sort(pane, reverse: true)
        case .toggleView: if pane == .products { board.shown.toggle() }
        case .boardLeft: board.column = max(0, board.column - 1)
        case .boardRight: board.column = min(5, board.column + 1)
        case .add, .edit, .delete, .undo, .redo, .report, .note, .updateAction, .actionDone, .nextStep, .reject, .evaluate, .addChain,
             .manageReports, .manageNotes, .manageEvaluations:
            return performEdit(action)
        case .editText: editText(key)
        case .searchDone: endSearch(keep: true)
        case .searchCancel: endSearch(keep: false)
        case .pickerChoose, .pickerClose, .pickerToggle, .pickerDelete:
            return form?.picker != nil ? fieldPickerAction(action, key: key) : pickerAction(action, key: key)
        case .dialogSwitch, .dialogPress, .dialogCancel: return dialogAction(action, key: key)
        case .closeOverlay: overlay = .none
        case .nextField, .prevField, .save, .cancelForm, .quitForm, .toggleFlag, .choicePrev, .choiceNext, .clearValue, .removeLast, .pickValue:
            return formAction(action)
        case .keepMine, .takeTheirs, .backToForm: return conflictAction(action)
        case .nextSlide, .prevSlide, .firstSlide, .lastSlide, .typeSlideNumber, .jumpToSlide, .recordNote, .leaveDeck, .saveNote, .cancelNote, .scrollSlideDown, .scrollSlideUp, .closeMeeting:
            return deckAction(action, key: key)
        }
        return []
    }

    /// An editing key goes to the text being typed: the deck's note, a form field or its picker's query, the
    /// palette's query, or the search line.
    mutating func editText(_ key: Key) {
        if presentation?.note != nil { noteKey(key); return }
        if form != nil { formEditKey(key); return }
        if case .picker = overlay { _ = pickerAction(.editText, key: key); return }
        if search.editing, search.field.handle(.key(key)) { applySearch(from: search.origin) }
    }

    /// "Read-only" instead of an edit.
    mutating func readOnlyRefusal() -> [Effect] {
        message = readOnlyReason.map { Msg.readOnlyBecause.text(lang, $0) } ?? Msg.readOnlyRefusal.text(lang)
        return []
    }
}

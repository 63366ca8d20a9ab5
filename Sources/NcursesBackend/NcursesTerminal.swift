import CNcursesw
import CTerminalGuard
import Foundation
import TerminalCore

/// Why the terminal UI could not start; each says what to do.
public enum TerminalStartError: Error, CustomStringConvertible {
    case notATerminal
    case termUnset
    case dumbTerminal(String)
    case unknownTerminal(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "ocop: đầu vào/đầu ra chuẩn không phải là terminal; hãy chạy trực tiếp trong terminal (hoặc dùng `ocop validate`/`ocop report`).\n"
                + "ocop: stdin/stdout is not a terminal; run it in a terminal (or use `ocop validate`/`ocop report`)."
        case .termUnset:
            return "ocop: biến TERM chưa được đặt; ví dụ: export TERM=xterm-256color\nocop: TERM is not set; for example: export TERM=xterm-256color"
        case .dumbTerminal(let t):
            return "ocop: terminal \"\(t)\" không hỗ trợ định vị con trỏ; hãy dùng xterm-256color hoặc tmux-256color.\n"
                + "ocop: terminal \"\(t)\" cannot address the cursor; use xterm-256color or tmux-256color."
        case .unknownTerminal(let t):
            return "ocop: không biết terminal \"\(t)\" (thiếu terminfo); hãy đặt TERM=xterm-256color.\n"
                + "ocop: unknown terminal \"\(t)\" (no terminfo entry); set TERM=xterm-256color."
        }
    }
}

/// The ncursesw backend: the only code that talks to ncurses. Runs on the main thread.
@MainActor
public final class NcursesTerminal: TerminalBackend {
    private var screen: OpaquePointer?
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var maxPairs: Int32 = 0
    private var active = false
    public private(set) var colorMode: ColorMode = .mono
    private var lastCursorVisible = false
    private var fastErrors = 0
    /// Set when reads keep failing at once: the terminal hung up (its window or SSH session closed).
    public private(set) var isClosed = false

    struct PairKey: Hashable {
        var fg: Int16
        var bg: Int16
    }

    /// Starts the UI: checks the terminal, sets up locale, colours, keys and mouse, and arms the restore guard.
    /// `logPath` receives stderr while the UI runs.
    public init(logPath: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalStartError.notATerminal }
        guard let term = environment["TERM"], !term.isEmpty else { throw TerminalStartError.termUnset }
        if term == "dumb" { throw TerminalStartError.dumbTerminal(term) }
        setlocale(LC_ALL, "")
        if let cs = nl_langinfo(nl_item(CODESET)), String(cString: cs) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        ocop_guard_install()
        guard let scr = newterm(term, ocop_stdout(), ocop_stdin()) else {
            ocop_guard_disarm()
            throw TerminalStartError.unknownTerminal(term)
        }
        screen = scr
        set_term(scr)
        active = true
        if tigetstr("cup") == nil || Int(bitPattern: tigetstr("cup")) == -1 {
            shutdown()
            throw TerminalStartError.dumbTerminal(term)
        }
        raw()
        noecho()
        nonl()
        keypad(ocop_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
            maxPairs = Int32(ocop_color_pairs())
        }
        colorMode = ColorMode.detect(colors: has_colors() ? Int(ocop_colors()) : 0, environment: environment)
        _ = mousemask(ocop_mouse_mask_all(), nil)
        mouseinterval(0)
        define_key("\u{1B}[1~", KeyDecoder.codeHome)
        define_key("\u{1B}[4~", KeyDecoder.codeEnd)
        define_key("\u{1B}[H", KeyDecoder.codeHome)
        define_key("\u{1B}[F", KeyDecoder.codeEnd)
        // Bracketed paste: pasted text arrives between two markers, delivered as one `.paste` event.
        define_key(BracketedPaste.start, KeyDecoder.codePasteStart)
        define_key(BracketedPaste.end, KeyDecoder.codePasteEnd)
        putp(BracketedPaste.enable)
        fflush(ocop_stdout())
        ocop_guard_set_bracketed_paste(1)
        var seq = ""
        for cap in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let s = tigetstr(cap), Int(bitPattern: s) != -1 { seq += String(cString: s) }
        }
        seq += "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l"
        seq.withCString { ocop_guard_set_restore_sequence($0, strlen($0)) }
        if let logPath {
            _ = ocop_guard_redirect_stderr(logPath)
            ocop_guard_set_crash_note("\nocop: chương trình gặp lỗi và đã dừng; chi tiết trong / crashed; details in \(logPath)\n")
        }
    }

    isolated deinit { shutdown() }

    /// Leaves the UI and restores the terminal; safe to call twice.
    public func shutdown() {
        guard active else { return }
        active = false
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
        ocop_guard_restore()
        ocop_guard_restore_stderr()
    }

    /// Ctrl-Z arrives as a key in raw mode: the terminal is handed back as the shell left it, the process stops like
    /// any job (SIGTSTP, default action), and on `fg` the whole screen is drawn again.
    public func suspend() {
        guard active else { return }
        putp(BracketedPaste.disable)
        fflush(ocop_stdout())
        endwin()
        raise(SIGTSTP)
        // Continued: ncurses takes the terminal back on the next refresh; nothing on screen can be trusted.
        putp(BracketedPaste.enable)
        fflush(ocop_stdout())
        clearok(ocop_stdscr(), true)
        refresh()
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(ocop_stdscr())), Int(getmaxy(ocop_stdscr())))
    }

    /// Bytes waiting on the terminal's input that ncurses has not read yet.
    public var hasPendingInput: Bool {
        var p = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return Glibc.poll(&p, 1, 0) == 1 && p.revents & Int16(POLLIN) != 0
    }

    public func poll(timeoutMs: Int) -> InputEvent? {
        let win = ocop_stdscr()
        wtimeout(win, Int32(timeoutMs))
        var ch: wint_t = 0
        var before = timespec()
        clock_gettime(CLOCK_MONOTONIC, &before)
        let r = wget_wch(win, &ch)
        if r == ERR {
            var after = timespec()
            clock_gettime(CLOCK_MONOTONIC, &after)
            let ms = (after.tv_sec - before.tv_sec) * 1000 + (after.tv_nsec - before.tv_nsec) / 1_000_000
            // A read that fails long before its timeout, again and again, means there is no terminal any more.
            if timeoutMs > 20 && ms < timeoutMs / 4 { fastErrors += 1 } else { fastErrors = 0 }
            if fastErrors > 50 { isClosed = true }
            return nil
        }
        fastErrors = 0
        if r == KEY_CODE_YES {
            let code = Int32(ch)
            if code == KeyDecoder.codeResize { return .resize(width: size.width, height: size.height) }
            if code == KeyDecoder.codePasteStart { return readPaste(win) }
            if code == KeyDecoder.codeMouse {
                var ev = MEVENT()
                guard getmouse(&ev) == OK else { return nil }
                let kind: MouseEvent.Kind
                if ocop_button4(ev.bstate) != 0 { kind = .wheelUp } else if ocop_button5(ev.bstate) != 0 { kind = .wheelDown }
                else if ocop_button1(ev.bstate) != 0 { kind = .click } else { return nil }
                return .mouse(MouseEvent(kind: kind, x: Int(ev.x), y: Int(ev.y)))
            }
            return KeyDecoder.decode(keyCode: code).map { .key($0) }
        }
        guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
        if scalar.value == 27 {
            wtimeout(win, 0)
            var next: wint_t = 0
            let r2 = wget_wch(win, &next)
            if r2 == OK, let s2 = Unicode.Scalar(UInt32(next)), s2.value != 27 {
                return .key(KeyDecoder.decode(scalar: s2, afterEscape: true))
            }
            if r2 == KEY_CODE_YES { return KeyDecoder.decode(keyCode: Int32(next)).map { .key($0) } }
            return .key(.escape)
        }
        return .key(KeyDecoder.decode(scalar: scalar))
    }

    /// Reads pasted text up to the end marker (or until the terminal sends nothing for a second).
    private func readPaste(_ win: UnsafeMutablePointer<WINDOW>?) -> InputEvent {
        var scalars: [Unicode.Scalar] = []
        wtimeout(win, 1000)
        while scalars.count < 1_000_000 {
            var ch: wint_t = 0
            let r = wget_wch(win, &ch)
            if r == ERR { break }
            if r == KEY_CODE_YES {
                let code = Int32(ch)
                if code == KeyDecoder.codePasteEnd { break }
                if code == KeyDecoder.codeEnter { scalars.append("\n") }
                continue
            }
            if let s = Unicode.Scalar(UInt32(ch)) { scalars.append(s) }
        }
        return .paste(BracketedPaste.clean(scalars))
    }

    private func colorNumber(_ c: Color) -> Int16 {
        switch c {
        case .default: return -1
        case .index(let i): return Int16(i)
        }
    }

    private func pair(fg: Color, bg: Color) -> Int16 {
        guard colorMode != .mono, maxPairs > 1 else { return 0 }
        let key = PairKey(fg: colorNumber(fg), bg: colorNumber(bg))
        if key.fg == -1 && key.bg == -1 { return 0 }
        if let p = pairs[key] { return p }
        guard nextPair < min(maxPairs, 32767) else { return 0 }
        let p = Int16(nextPair)
        if init_pair(p, key.fg, key.bg) == ERR { return 0 }
        nextPair += 1
        pairs[key] = p
        return p
    }

    public func draw(_ buffer: CellBuffer, theme: Theme, cursor: (x: Int, y: Int)?) {
        let win = ocop_stdscr()
        let (w, h) = size
        var cc = cchar_t()
        var looks: [Style: (attr_t, Int16)] = [:]
        var wchars = [wchar_t](repeating: 0, count: 16)
        for y in 0..<min(h, buffer.height) {
            for x in 0..<min(w, buffer.width) {
                let cell = buffer[x, y]
                if cell.isContinuation { continue }
                let la: (attr_t, Int16)
                if let cached = looks[cell.style] { la = cached } else {
                    let look = theme.resolve(cell.style, mode: colorMode)
                    var a = ocop_a_normal()
                    if look.bold { a |= ocop_a_bold() }
                    if look.underline { a |= ocop_a_underline() }
                    if look.reverse { a |= ocop_a_reverse() }
                    la = (a, pair(fg: look.fg, bg: look.bg))
                    looks[cell.style] = la
                }
                var n = 0
                for s in cell.grapheme.unicodeScalars where n < 15 {
                    // Control characters never reach the terminal: the buffer already replaced them; this is a last guard.
                    wchars[n] = TextWidth.isControl(s) ? 0xFFFD : wchar_t(bitPattern: s.value)
                    n += 1
                }
                if n == 0 { wchars[0] = 0x20; n = 1 }
                wchars[n] = 0
                setcchar(&cc, wchars, la.0, la.1, nil)
                mvwadd_wch(win, Int32(y), Int32(x), &cc)
            }
        }
        if let cursor {
            if !lastCursorVisible { curs_set(1); lastCursorVisible = true }
            wmove(win, Int32(cursor.y), Int32(cursor.x))
        } else if lastCursorVisible {
            curs_set(0)
            lastCursorVisible = false
        }
        wnoutrefresh(win)
        doupdate()
    }
}

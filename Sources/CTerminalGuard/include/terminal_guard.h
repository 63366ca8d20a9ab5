#ifndef OCOP_TERMINAL_GUARD_H
#define OCOP_TERMINAL_GUARD_H
#include <stddef.h>

/// Saves the terminal's settings and installs handlers that restore it on INT, TERM, HUP, QUIT and on faults.
void ocop_guard_install(void);
/// Sets the bytes written to the terminal to leave the UI (sgr0, cnorm, rmkx, rmcup …).
void ocop_guard_set_restore_sequence(const char *bytes, size_t length);
/// Restores the terminal now (idempotent); used on normal exit.
void ocop_guard_restore(void);
/// Marks the UI as left so handlers and atexit do nothing more.
void ocop_guard_disarm(void);
/// Sends stderr to a log file while the UI runs; returns 0 on success.
int ocop_guard_redirect_stderr(const char *path);
/// Puts stderr back to the terminal after a session that did not crash, and removes the session log (the log
/// is kept only after a crash).
void ocop_guard_restore_stderr(void);
/// Whether bracketed paste is on, so the restore sequence also turns it off.
void ocop_guard_set_bracketed_paste(int on);
/// A line printed on the restored terminal after a crash (e.g. where the log with the crash message is).
void ocop_guard_set_crash_note(const char *text);
#endif

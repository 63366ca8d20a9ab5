// Restores the terminal however the process ends. Kept in C because signal handlers must be
// async-signal-safe and need process-wide storage, which Swift 6 code should not have.
#define _GNU_SOURCE
#include "terminal_guard.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <fcntl.h>

static struct termios saved_termios;
static int have_termios = 0;
static volatile sig_atomic_t armed = 0;
static char restore_seq[512];
static size_t restore_len = 0;
static int saved_stderr = -1;
static struct sigaction previous[65];
static char crash_note[1024];
static size_t crash_note_len = 0;
/* The session log (stderr while the UI runs). It is a crash log: removed when the session ends any other way. */
static char log_path[1024];
static int have_log = 0;
static int bracketed_paste = 0;

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

/* Puts the terminal back: the leave-UI sequence (bracketed paste off too), the saved termios. */
static void restore_terminal(void) {
    if (restore_len > 0) write_all(STDOUT_FILENO, restore_seq, restore_len);
    if (bracketed_paste) write_all(STDOUT_FILENO, "\033[?2004l", 8);
    if (have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
}

void ocop_guard_restore(void) {
    if (!armed) return;
    armed = 0;
    restore_terminal();
    if (saved_stderr >= 0) { dup2(saved_stderr, STDERR_FILENO); }
}

void ocop_guard_disarm(void) { armed = 0; }

/* Not a crash: the log goes with the session. */
static void forget_log(void) {
    if (have_log) { unlink(log_path); have_log = 0; }
}

static void on_signal(int sig) {
    ocop_guard_restore();
    forget_log();
    signal(sig, SIG_DFL);
    raise(sig);
}

static const char *signal_name(int sig) {
    switch (sig) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGTRAP: return "SIGTRAP";
    default: return "signal";
    }
}

/* A fault: the terminal is restored first, the note goes to the terminal, and stderr stays on the log so that
   what follows (the Swift runtime's backtrace, never interactive: see main) is kept there. The process then ends
   with the signal itself. */
static void on_fault(int sig, siginfo_t *info, void *ctx) {
    int was_armed = armed;
    armed = 0;
    if (was_armed) {
        restore_terminal();
        if (have_log) {
            const char *name = signal_name(sig);
            write_all(STDERR_FILENO, "\nocop: crashed with ", 20);
            write_all(STDERR_FILENO, name, strlen(name));
            write_all(STDERR_FILENO, "\n", 1);
        }
        int term = saved_stderr >= 0 ? saved_stderr : STDERR_FILENO;
        if (crash_note_len > 0) write_all(term, crash_note, crash_note_len);
    }
    struct sigaction *prev = &previous[sig];
    /* The previous handler (the Swift runtime's backtracer) writes its report to the log. It returns expecting the
       faulting instruction to fault again; a signal sent by kill(2) would not, and the process would run on. So
       the default action is set and the signal raised again: it is delivered as this handler returns, and the
       process ends with the signal's status either way. */
    if (prev->sa_flags & SA_SIGINFO) {
        if (prev->sa_sigaction) { sigaction(sig, prev, NULL); prev->sa_sigaction(sig, info, ctx); }
    } else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN && prev->sa_handler != NULL) {
        sigaction(sig, prev, NULL);
        prev->sa_handler(sig);
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void at_exit(void) { ocop_guard_restore(); forget_log(); }

void ocop_guard_install(void) {
    if (tcgetattr(STDIN_FILENO, &saved_termios) == 0) have_termios = 1;
    armed = 1;
    /* A parent may have started us with these blocked; we need them to restore the terminal and to follow resizes. */
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    sigaddset(&unblock, SIGTERM);
    sigaddset(&unblock, SIGHUP);
    sigaddset(&unblock, SIGQUIT);
    sigaddset(&unblock, SIGWINCH);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    static int installed = 0;
    if (installed) return;
    installed = 1;
    atexit(at_exit);
    int plain[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(plain[i], &sa, NULL);
    }
    int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof faults / sizeof faults[0]; i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_fault;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
        sigemptyset(&sa.sa_mask);
        sigaction(faults[i], &sa, &previous[faults[i]]);
    }
}

void ocop_guard_set_restore_sequence(const char *bytes, size_t length) {
    if (length > sizeof restore_seq) length = sizeof restore_seq;
    memcpy(restore_seq, bytes, length);
    restore_len = length;
}

int ocop_guard_redirect_stderr(const char *path) {
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (fd < 0) return -1;
    size_t n = strlen(path);
    if (n < sizeof log_path) { memcpy(log_path, path, n + 1); have_log = 1; }
    if (saved_stderr < 0) saved_stderr = dup(STDERR_FILENO);
    dup2(fd, STDERR_FILENO);
    close(fd);
    return 0;
}

void ocop_guard_restore_stderr(void) {
    if (saved_stderr >= 0) {
        dup2(saved_stderr, STDERR_FILENO);
        close(saved_stderr);
        saved_stderr = -1;
    }
    forget_log();
}

void ocop_guard_set_bracketed_paste(int on) { bracketed_paste = on; }

void ocop_guard_set_crash_note(const char *text) {
    size_t n = strlen(text);
    if (n > sizeof crash_note) n = sizeof crash_note;
    memcpy(crash_note, text, n);
    crash_note_len = n;
}

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

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

void ocop_guard_restore(void) {
    if (!armed) return;
    armed = 0;
    if (restore_len > 0) write_all(STDOUT_FILENO, restore_seq, restore_len);
    if (have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &saved_termios);
    if (saved_stderr >= 0) { dup2(saved_stderr, STDERR_FILENO); }
}

void ocop_guard_disarm(void) { armed = 0; }

static void on_signal(int sig) {
    ocop_guard_restore();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_fault(int sig, siginfo_t *info, void *ctx) {
    int was_armed = armed;
    ocop_guard_restore();
    if (was_armed && crash_note_len > 0) write_all(STDERR_FILENO, crash_note, crash_note_len);
    struct sigaction *prev = &previous[sig];
    if (prev->sa_flags & SA_SIGINFO) {
        if (prev->sa_sigaction) { sigaction(sig, prev, NULL); prev->sa_sigaction(sig, info, ctx); return; }
    } else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN && prev->sa_handler != NULL) {
        sigaction(sig, prev, NULL);
        prev->sa_handler(sig);
        return;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void at_exit(void) { ocop_guard_restore(); }

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
}

void ocop_guard_set_crash_note(const char *text) {
    size_t n = strlen(text);
    if (n > sizeof crash_note) n = sizeof crash_note;
    memcpy(crash_note, text, n);
    crash_note_len = n;
}

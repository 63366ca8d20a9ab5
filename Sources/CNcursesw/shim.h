#ifndef OCOP_NCURSES_SHIM_H
#define OCOP_NCURSES_SHIM_H
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/* Accessors for globals and macros that Swift cannot import or that are concurrency errors in Swift 6. */
static inline WINDOW *ocop_stdscr(void) { return stdscr; }
static inline int ocop_lines(void) { return LINES; }
static inline int ocop_cols(void) { return COLS; }
static inline int ocop_colors(void) { return COLORS; }
static inline int ocop_color_pairs(void) { return COLOR_PAIRS; }
static inline FILE *ocop_stderr(void) { return stderr; }
static inline FILE *ocop_stdout(void) { return stdout; }
static inline FILE *ocop_stdin(void) { return stdin; }
static inline attr_t ocop_a_bold(void) { return A_BOLD; }
static inline attr_t ocop_a_reverse(void) { return A_REVERSE; }
static inline attr_t ocop_a_underline(void) { return A_UNDERLINE; }
static inline attr_t ocop_a_dim(void) { return A_DIM; }
static inline attr_t ocop_a_italic(void) { return A_ITALIC; }
static inline attr_t ocop_a_normal(void) { return A_NORMAL; }
static inline int ocop_key_f(int n) { return KEY_F(n); }
static inline mmask_t ocop_mouse_mask_all(void) {
    return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int ocop_button1(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_RELEASED)) != 0; }
static inline int ocop_button4(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int ocop_button5(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }
static inline int ocop_wcwidth(wchar_t c) { return wcwidth(c); }
#endif

#ifndef GLUETOP_CNCURSES_SHIM_H
#define GLUETOP_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides ncurses' wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <poll.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <ncursesw/curses.h>

// Not visible through Glibc without _GNU_SOURCE / _XOPEN_SOURCE.
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);
extern int wcwidth(wchar_t c);

static inline attr_t gt_a_normal(void) { return A_NORMAL; }
static inline attr_t gt_a_bold(void) { return A_BOLD; }
static inline attr_t gt_a_dim(void) { return A_DIM; }
static inline attr_t gt_a_reverse(void) { return A_REVERSE; }
static inline attr_t gt_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gt_a_italic(void) { return A_ITALIC; }
static inline int gt_key_f(int n) { return KEY_F(n); }
static inline int gt_lines(void) { return LINES; }
static inline int gt_cols(void) { return COLS; }
static inline int gt_colors(void) { return COLORS; }
static inline int gt_color_pairs(void) { return COLOR_PAIRS; }

static inline int gt_window_size(int fd, unsigned short *rows, unsigned short *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

#endif

#ifndef GLUETOP_CNCURSES_SHIM_H
#define GLUETOP_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, which hides ncurses' wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <spawn.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Not visible through Glibc without _GNU_SOURCE / _XOPEN_SOURCE.
extern int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout, const sigset_t *sigmask);
extern int wcwidth(wchar_t c);
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern int ptsname_r(int fd, char *buf, size_t buflen);

// ---------------------------------------------------------------------------------------------------------------
// Macros and globals Swift cannot reach.

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
static inline WINDOW *gt_stdscr(void) { return stdscr; }
static inline WINDOW *gt_curscr(void) { return curscr; }

/// tigetstr answers (char *)-1 for "not a string capability" and NULL for "absent": both mean "none" to Swift.
static inline const char *gt_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return NULL;
    return value;
}

static inline int gt_window_size(int fd, unsigned short *rows, unsigned short *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) return -1;
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}

static inline int gt_set_window_size(int fd, unsigned short rows, unsigned short cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    ws.ws_row = rows;
    ws.ws_col = cols;
    return ioctl(fd, TIOCSWINSZ, &ws);
}

/// A non-blocking, close-on-exec pipe (fcntl is variadic, so Swift cannot call it with flags directly).
static inline int gt_nonblocking_pipe(int fds[2]) {
    if (pipe(fds) != 0) return -1;
    for (int i = 0; i < 2; i++) {
        int flags = fcntl(fds[i], F_GETFL);
        if (flags < 0 || fcntl(fds[i], F_SETFL, flags | O_NONBLOCK) != 0) return -1;
        if (fcntl(fds[i], F_SETFD, FD_CLOEXEC) != 0) return -1;
    }
    return 0;
}

static inline int gt_set_cloexec(int fd) {
    return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

/// Bytes waiting to be read on `fd` (FIONREAD: ioctl is variadic, so Swift cannot call it); 0 when it cannot say.
static inline int gt_bytes_waiting(int fd) {
    int count = 0;
    return ioctl(fd, FIONREAD, &count) == 0 ? count : 0;
}

static inline char **gt_environ(void) {
    extern char **environ;
    return environ;
}

/// Decodes a waitpid status (the W* macros are not importable): 1 and the exit code, 2 and the signal, or 0.
static inline int gt_wait_status(int status, int *value) {
    if (WIFEXITED(status)) { *value = WEXITSTATUS(status); return 1; }
    if (WIFSIGNALED(status)) { *value = WTERMSIG(status); return 2; }
    return 0;
}

static inline int gt_set_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return -1;
    return fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

/// Opens a pseudo-terminal pair (master, slave) of the given size. Used by tests that drive the screen on a pty.
static inline int gt_open_pty(int *master, int *slave, unsigned short rows, unsigned short cols) {
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0) return -1;
    char name[128];
    if (grantpt(m) != 0 || unlockpt(m) != 0 || ptsname_r(m, name, sizeof name) != 0) { close(m); return -1; }
    int s = open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (s < 0) { close(m); return -1; }
    if (gt_set_window_size(m, rows, cols) != 0) { close(m); close(s); return -1; }
    *master = m;
    *slave = s;
    return 0;
}

/// Sets a signal's action to the default, saving the old one (Swift cannot reach sa_handler in glibc's union).
static inline int gt_signal_set_default(int sig, struct sigaction *previous) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    sigemptyset(&action.sa_mask);
    return sigaction(sig, &action, previous);
}

static inline int gt_signal_restore(int sig, const struct sigaction *previous) {
    return sigaction(sig, previous, NULL);
}

/// Whether the signal's current action is the default one.
static inline int gt_signal_is_default(int sig) {
    struct sigaction current;
    if (sigaction(sig, NULL, &current) != 0) return 0;
    return !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_DFL;
}

static inline int gt_is_utf8_codeset(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Signal handling. Everything below runs inside signal handlers and must stay async-signal-safe: no allocation,
// no locks, no stdio; only write(2), tcsetattr(3), sigaction(2), raise(3) and lock-free atomics.
//
// The state lives in weak global variables defined here. Function-local statics in static inline functions
// would not do: Clang emits a private copy of such a function, statics included, into every object file that
// calls it (one per Swift file in a debug build, and into client modules when cross-module optimization
// inlines a caller), so the installed handler would read another copy than the one armed. A weak definition is
// emitted into every object too, but the linker merges them into one.

#define GT_SIGNAL_TERMINATE 1
#define GT_SIGNAL_HANGUP 2
#define GT_SIGNAL_INTERRUPT 4

#define GT_CRASH_SIGNAL_COUNT 6
#define GT_RESTORE_SEQUENCE_CAPACITY 256
#define GT_CRASH_MESSAGE_CAPACITY 1024

struct gt_crash_state {
    int armed;
    int terminal_fd;
    int has_termios;
    struct termios termios;
    char restore_sequence[GT_RESTORE_SEQUENCE_CAPACITY];
    size_t restore_length;
    // The message is written as head, signal number, tail: "gluetop crashed (signal " 11 "); log: ...\n".
    char message_head[GT_CRASH_MESSAGE_CAPACITY];
    size_t head_length;
    char message_tail[GT_CRASH_MESSAGE_CAPACITY];
    size_t tail_length;
    int installed;
    struct sigaction previous[GT_CRASH_SIGNAL_COUNT];
};

struct gt_signal_state {
    int wake_fd;
    int pending;
    int interrupt_ignored;
    int installed;
    struct sigaction previous[3];
};

// Each needs an initializer: a weak tentative definition (no initializer) is not emitted by Swift's Clang
// importer, and the symbol then resolves to address 0.
__attribute__((weak)) struct gt_crash_state gt_crash_state_storage = { 0 };
__attribute__((weak)) struct gt_signal_state gt_signal_state_storage = { .wake_fd = -1 };
/// An alternate stack, so that a stack overflow (SIGSEGV on the guard page) still reaches the crash handler.
__attribute__((weak)) char gt_crash_alternate_stack[64 * 1024] = { 0 };

static inline struct gt_crash_state *gt_crash_state(void) { return &gt_crash_state_storage; }
static inline struct gt_signal_state *gt_signal_state(void) { return &gt_signal_state_storage; }

static inline const int *gt_crash_signals(void) {
    static const int signals[GT_CRASH_SIGNAL_COUNT] = { SIGSEGV, SIGBUS, SIGILL, SIGABRT, SIGFPE, SIGTRAP };
    return signals;
}

static inline const int *gt_termination_signals(void) {
    static const int signals[3] = { SIGTERM, SIGHUP, SIGINT };
    return signals;
}

static inline void gt_write_all(int fd, const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(fd, bytes, length);
        if (written < 0) {
            if (errno == EINTR) continue;
            return;
        }
        bytes += written;
        length -= (size_t)written;
    }
}

/// Puts the terminal back the way the shell had it: saved termios, then reset attributes, show the cursor,
/// leave the alternate screen. Safe to call more than once.
static inline void gt_restore_terminal_now(void) {
    struct gt_crash_state *state = gt_crash_state();
    if (!__atomic_load_n(&state->armed, __ATOMIC_SEQ_CST)) return;
    if (state->has_termios) (void)tcsetattr(state->terminal_fd, TCSANOW, &state->termios);
    gt_write_all(state->terminal_fd, state->restore_sequence, state->restore_length);
}

// --- crash: restore, say where the log is, then die of the same signal with the default action ---

static inline void gt_crash_handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    int saved_errno = errno;
    struct gt_crash_state *state = gt_crash_state();
    int was_armed = __atomic_load_n(&state->armed, __ATOMIC_SEQ_CST);
    gt_restore_terminal_now();
    __atomic_store_n(&state->armed, 0, __ATOMIC_SEQ_CST);

    char digits[12];
    int count = 0;
    unsigned value = (unsigned)sig;
    do { digits[sizeof digits - 1 - count++] = (char)('0' + value % 10); value /= 10; } while (value > 0 && count < 11);
    // To the terminal itself: stderr may be redirected to the log while the dashboard runs.
    if (was_armed) {
        gt_write_all(state->terminal_fd, state->message_head, state->head_length);
        gt_write_all(state->terminal_fd, digits + sizeof digits - count, (size_t)count);
        gt_write_all(state->terminal_fd, state->message_tail, state->tail_length);
    }

    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    (void)sigaction(sig, &fallback, NULL);
    // A fault (SIGSEGV from a bad access, SIGILL from Swift's trap) repeats when the handler returns and then
    // meets the default action with the original context intact. A signal sent by kill/raise/abort does not
    // repeat by itself (si_code <= 0), so send it again; it is blocked until this handler returns.
    if (info == NULL || info->si_code <= 0) (void)raise(sig);
    errno = saved_errno;
}

static inline void gt_crash_set_message(const char *head, const char *tail) {
    struct gt_crash_state *state = gt_crash_state();
    size_t head_length = strlen(head), tail_length = strlen(tail);
    if (head_length >= GT_CRASH_MESSAGE_CAPACITY) head_length = GT_CRASH_MESSAGE_CAPACITY - 1;
    if (tail_length >= GT_CRASH_MESSAGE_CAPACITY) tail_length = GT_CRASH_MESSAGE_CAPACITY - 1;
    memcpy(state->message_head, head, head_length);
    memcpy(state->message_tail, tail, tail_length);
    state->head_length = head_length;
    state->tail_length = tail_length;
}

/// Records what to restore: the terminal's fd, the shell's termios (NULL: leave termios alone) and the bytes
/// that undo full-screen mode. Arms gt_restore_terminal_now.
static inline void gt_crash_arm(int terminal_fd, const struct termios *termios, const char *sequence, size_t length) {
    struct gt_crash_state *state = gt_crash_state();
    __atomic_store_n(&state->armed, 0, __ATOMIC_SEQ_CST);
    if (state->head_length == 0 && state->tail_length == 0) gt_crash_set_message("gluetop crashed (signal ", ")\n");
    state->terminal_fd = terminal_fd;
    state->has_termios = termios != NULL;
    if (termios != NULL) state->termios = *termios;
    if (length > GT_RESTORE_SEQUENCE_CAPACITY) length = GT_RESTORE_SEQUENCE_CAPACITY;
    memcpy(state->restore_sequence, sequence, length);
    state->restore_length = length;
    __atomic_store_n(&state->armed, 1, __ATOMIC_SEQ_CST);
}

static inline void gt_crash_disarm(void) {
    __atomic_store_n(&gt_crash_state()->armed, 0, __ATOMIC_SEQ_CST);
}

/// Alternate stacks are per thread: this covers the thread that calls it (the runtime's main loop), unless
/// that thread has one already.
static inline void gt_crash_ensure_alternate_stack(void) {
    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE) && current.ss_sp != NULL) return;
    stack_t stack;
    memset(&stack, 0, sizeof stack);
    stack.ss_sp = gt_crash_alternate_stack;
    stack.ss_size = sizeof gt_crash_alternate_stack;
    (void)sigaltstack(&stack, NULL);
}

static inline void gt_crash_install(void) {
    struct gt_crash_state *state = gt_crash_state();
    if (state->installed) return;
    gt_crash_ensure_alternate_stack();
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = gt_crash_handler;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < GT_CRASH_SIGNAL_COUNT; i++) {
        (void)sigaction(gt_crash_signals()[i], &action, &state->previous[i]);
    }
    state->installed = 1;
}

static inline void gt_crash_uninstall(void) {
    struct gt_crash_state *state = gt_crash_state();
    if (!state->installed) return;
    for (int i = 0; i < GT_CRASH_SIGNAL_COUNT; i++) {
        (void)sigaction(gt_crash_signals()[i], &state->previous[i], NULL);
    }
    state->installed = 0;
}

// --- SIGTERM, SIGHUP, SIGINT: become events in the main loop, so the app stops cleanly ---

static inline int gt_signal_bit(int sig) {
    switch (sig) {
    case SIGTERM: return GT_SIGNAL_TERMINATE;
    case SIGHUP: return GT_SIGNAL_HANGUP;
    case SIGINT: return GT_SIGNAL_INTERRUPT;
    default: return 0;
    }
}

static inline void gt_termination_handler(int sig) {
    int saved_errno = errno;
    struct gt_signal_state *state = gt_signal_state();
    // While an external program (the editor) owns the terminal, Ctrl-C there must not stop gluetop.
    if (sig == SIGINT && __atomic_load_n(&state->interrupt_ignored, __ATOMIC_SEQ_CST)) {
        errno = saved_errno;
        return;
    }
    int bit = gt_signal_bit(sig);
    int before = __atomic_fetch_or(&state->pending, bit, __ATOMIC_SEQ_CST);
    if (before & bit) {
        // The same signal again before the loop took the first one: the app is stuck. Restore and die of it.
        gt_restore_terminal_now();
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        (void)sigaction(sig, &fallback, NULL);
        (void)raise(sig);
        errno = saved_errno;
        return;
    }
    int fd = __atomic_load_n(&state->wake_fd, __ATOMIC_SEQ_CST);
    if (fd >= 0) {
        char byte = 's';
        (void)write(fd, &byte, 1);
    }
    errno = saved_errno;
}

static inline void gt_signals_install(void) {
    struct gt_signal_state *state = gt_signal_state();
    if (state->installed) return;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = gt_termination_handler;
    action.sa_flags = SA_RESTART;
    sigemptyset(&action.sa_mask);
    for (int i = 0; i < 3; i++) {
        (void)sigaction(gt_termination_signals()[i], &action, &state->previous[i]);
    }
    state->installed = 1;
}

static inline void gt_signals_uninstall(void) {
    struct gt_signal_state *state = gt_signal_state();
    if (!state->installed) return;
    for (int i = 0; i < 3; i++) {
        (void)sigaction(gt_termination_signals()[i], &state->previous[i], NULL);
    }
    state->installed = 0;
}

static inline void gt_signals_set_wake_fd(int fd) {
    __atomic_store_n(&gt_signal_state()->wake_fd, fd, __ATOMIC_SEQ_CST);
}

static inline int gt_signals_take_pending(void) {
    return __atomic_exchange_n(&gt_signal_state()->pending, 0, __ATOMIC_SEQ_CST);
}

static inline void gt_signals_set_interrupt_ignored(int ignored) {
    __atomic_store_n(&gt_signal_state()->interrupt_ignored, ignored, __ATOMIC_SEQ_CST);
}

#endif

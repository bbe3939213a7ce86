import CNCurses
import Glibc

/// Process-wide preparation that must happen before anything else in `main`, before any thread or task exists.
public enum TerminalProcess {
    /// Call as the first statement of `main`.
    ///
    /// - Blocks SIGWINCH in the calling thread, so that every thread started later inherits the block. The event
    ///   source lets it through only inside `ppoll`, where ncurses' handler turns it into `KEY_RESIZE`; a thread
    ///   parked elsewhere (the concurrency runtime's pool) would otherwise swallow it.
    /// - Sets the locale from the environment (`setlocale` is not thread-safe, hence here).
    public static func prepare() {
        var windowChange = sigset_t()
        sigemptyset(&windowChange)
        sigaddset(&windowChange, SIGWINCH)
        pthread_sigmask(SIG_BLOCK, &windowChange, nil)

        setlocale(LC_ALL, "")
        if gt_is_utf8_codeset() == 0 { adoptUTF8Locale() }
    }

    /// ncursesw needs a UTF-8 character type for borders and wide characters. When the environment names none
    /// (a bare `C` locale in a container or over ssh), take the character type from C.UTF-8; terminals today
    /// speak UTF-8.
    static func adoptUTF8Locale() {
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            return
        }
    }
}

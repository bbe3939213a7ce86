import CNCurses
import Glibc
import GlueCore

extension TerminalScreen {
    /// Reads every key ncurses has (non-blocking: the window is in nodelay mode), decoded. A `.resize` means
    /// ncurses saw SIGWINCH and has already resized its screen; call `handleResize()`.
    func readInput() -> [TerminalInput] {
        guard let window, !isSuspended else { return [] }
        return KeyReader.readAvailable(from: window, inputFD: configuration.inputFD)
    }
}

extension TerminalScreen {
    /// After a resize: makes sure ncurses has the size the kernel reports, and schedules a full clear-and-repaint
    /// for the next draw (the terminal may have reflowed or garbled what was there). Returns the new size.
    @discardableResult
    func handleResize() -> Size {
        _ = refreshSizeFromTerminal()
        pendingRepaint = .clearScreen
        drawnFrame = nil
        return size
    }

    /// Reads the size with TIOCGWINSZ and tells ncurses (resizeterm) when it differs from what ncurses holds:
    /// covers a SIGWINCH that did not reach ncurses' handler, a resize while suspended, and LINES/COLUMNS in the
    /// environment overriding the real size at start. True when the size changed.
    func refreshSizeFromTerminal() -> Bool {
        guard let window else { return false }
        var rows: UInt16 = 0, columns: UInt16 = 0
        guard gt_window_size(configuration.outputFD, &rows, &columns) == 0, rows > 0, columns > 0 else { return false }
        guard Int32(rows) != getmaxy(window) || Int32(columns) != getmaxx(window) else { return false }
        resizeterm(Int32(rows), Int32(columns))
        pendingRepaint = .clearScreen
        drawnFrame = nil
        return true
    }
}

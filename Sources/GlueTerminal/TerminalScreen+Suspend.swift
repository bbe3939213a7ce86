import CNCurses
import Glibc

extension TerminalScreen {
    /// Hands the terminal to a child program (`$EDITOR`): saves ncurses' mode and gives the shell's back.
    /// While suspended, SIGINT (Ctrl-C in the child) does not stop gluetop, and SIGTSTP stops gluetop together
    /// with the child instead of ncurses repainting over it.
    public func suspendForChild() {
        guard window != nil, !isSuspended else { return }
        def_prog_mode()
        endwin()
        isSuspended = true
        if configuration.installsSignalHandlers { TerminationSignals.setInterruptIgnored(true) }
        stopSignalAction = sigaction()
        gt_signal_set_default(SIGTSTP, &stopSignalAction!)
    }

    /// Takes the terminal back after the child exits and repaints the last frame in full.
    public func resumeAfterChild() {
        guard isSuspended else { return }
        if var previous = stopSignalAction {
            gt_signal_restore(SIGTSTP, &previous)
            stopSignalAction = nil
        }
        if configuration.installsSignalHandlers { TerminationSignals.setInterruptIgnored(false) }
        takeTerminalBack()
    }

    /// Ctrl-Z: gives the terminal back to the shell and stops (the whole process group, as a shell job);
    /// on `fg` takes it back and repaints in full. Returns after the process was continued.
    public func suspendToShell() {
        guard window != nil, !isSuspended else { return }
        def_prog_mode()
        endwin()
        isSuspended = true
        // ncurses' own SIGTSTP handler would repaint on its own schedule; stop with the default action instead.
        var previous = sigaction()
        gt_signal_set_default(SIGTSTP, &previous)
        kill(0, SIGTSTP)  // delivered before kill returns; execution continues here on SIGCONT
        gt_signal_restore(SIGTSTP, &previous)
        takeTerminalBack()
    }

    private func takeTerminalBack() {
        reset_prog_mode()
        isSuspended = false
        _ = refreshSizeFromTerminal()  // the window may have been resized meanwhile
        pendingRepaint = .clearScreen
        drawnFrame = nil
        cursorVisible = nil
        if let latestFrame { draw(latestFrame) }
    }
}

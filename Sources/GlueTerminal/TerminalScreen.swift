import CNCurses
import Glibc
import GlueUI

/// The real terminal, through ncursesw: takes it over (`start`), draws `Frame`s into it sending only what
/// changed, reads keys, follows resizes, hands it to an editor or the shell and back, and gives it back as it
/// was (`stop`, and on every signal or crash).
///
/// Used from one thread only, the runtime's main loop: ncurses keeps process-global state and is not
/// thread-safe. The class is deliberately not `Sendable`, so Swift 6 refuses to let it cross to another task.
public final class TerminalScreen {
    /// What the next draw must do beyond writing changed cells.
    enum Repaint {
        /// Diff against the frame on screen.
        case none
        /// Write every cell (ncurses still sends only what differs from its copy of the screen).
        case allCells
        /// Clear the terminal and send everything: after a resize, Ctrl-L, a child program or a palette reset.
        case clearScreen
    }

    public let configuration: TerminalConfiguration
    /// The colour capability decided at `start()` (`.none` before).
    public private(set) var colorCapability: ColorCapability = .none
    /// Whether frames are wrapped in synchronized-output sequences.
    public private(set) var usesSynchronizedOutput = false

    var screen: OpaquePointer?
    var window: UnsafeMutablePointer<WINDOW>?
    var inputFile: UnsafeMutablePointer<FILE>?
    var outputFile: UnsafeMutablePointer<FILE>?
    var shellTermios: termios?
    var colors = ColorPairRegistry(capability: .none, terminalDefaultsKept: true, pairCapacity: 0)

    /// The frame the window holds now (nil: unknown, write everything).
    var drawnFrame: Frame?
    /// The frame the app asked for last: redrawn after a resume or Ctrl-L.
    var latestFrame: Frame?
    var pendingRepaint = Repaint.allCells
    /// nil until the first draw decides.
    var cursorVisible: Bool?
    var cursorPosition: Point?
    /// Between `suspendForChild` and `resumeAfterChild` (or while stopped by Ctrl-Z).
    var isSuspended = false
    /// ncurses' SIGTSTP action, put aside while a child program runs.
    var stopSignalAction: sigaction?
    /// Reused for setcchar's NUL-terminated wide string, so drawing a cell does not allocate.
    var wideCharacters = [wchar_t](repeating: 0, count: CellGlyph.maximumScalars + 1)

    public init(configuration: TerminalConfiguration = TerminalConfiguration()) {
        self.configuration = configuration
    }

    deinit {
        stop()
    }

    public var isStarted: Bool { screen != nil }

    /// The terminal's size in cells.
    public var size: Size {
        if let window { return Size(width: Int(getmaxx(window)), height: Int(getmaxy(window))) }
        var rows: UInt16 = 0, columns: UInt16 = 0
        guard gt_window_size(configuration.outputFD, &rows, &columns) == 0 else { return Size(width: 0, height: 0) }
        return Size(width: Int(columns), height: Int(rows))
    }

    /// Takes the terminal over: alternate screen, raw mode (Ctrl-C and Ctrl-Z arrive as keys), no echo, keypad
    /// decoding, colours. Throws with an operator-readable reason when the terminal cannot be used.
    public func start() throws(TerminalError) {
        precondition(screen == nil, "TerminalScreen.start() called twice")
        let inputIsTerminal = isatty(configuration.inputFD) == 1
        let outputIsTerminal = isatty(configuration.outputFD) == 1
        guard inputIsTerminal, outputIsTerminal else {
            throw .notATerminal(inputIsTerminal: inputIsTerminal, outputIsTerminal: outputIsTerminal)
        }
        guard let terminalType = configuration.terminalType ?? configuration.environment["TERM"],
              !terminalType.isEmpty else {
            throw .terminalTypeNotSet
        }
        if gt_is_utf8_codeset() == 0 { TerminalProcess.adoptUTF8Locale() }

        var saved = termios()
        shellTermios = tcgetattr(configuration.inputFD, &saved) == 0 ? saved : nil
        // Before newterm: ncurses installs its own SIGINT/SIGTERM handlers only where the action is the default.
        if configuration.installsSignalHandlers { TerminationSignals.install() }

        do throws(TerminalError) {
            try openScreen(terminalType: terminalType)
            guard gt_terminfo_string("cup") != nil else {
                closeScreen()
                throw TerminalError.terminalCannotAddressCursor(terminalType)
            }
        } catch {
            if configuration.installsSignalHandlers { TerminationSignals.uninstall() }
            throw error
        }
        configureInput()
        configureColors()
        usesSynchronizedOutput = configuration.synchronizedOutput
            ?? SynchronizedOutput.isSupported(environment: configuration.environment)
        _ = refreshSizeFromTerminal()
        curs_set(0)
        cursorVisible = false

        CrashRestore.arm(terminalFD: configuration.outputFD, shellTermios: shellTermios,
                         restoreSequence: CrashRestore.restoreSequence(synchronizedOutput: usesSynchronizedOutput))
        if configuration.installsSignalHandlers { CrashRestore.install() }
        drawnFrame = nil
        pendingRepaint = .allCells
    }

    /// Gives the terminal back as the shell had it: main screen, cursor, cooked mode, termios.
    public func stop() {
        guard screen != nil else { return }
        if configuration.installsSignalHandlers {
            CrashRestore.uninstall()
            TerminationSignals.uninstall()
        }
        CrashRestore.disarm()
        closeScreen()
        if var saved = shellTermios {
            tcsetattr(configuration.inputFD, TCSADRAIN, &saved)
        }
        drawnFrame = nil
        isSuspended = false
    }

    private func openScreen(terminalType: String) throws(TerminalError) {
        // ncurses takes stdio streams; private duplicates let fclose at the end leave the caller's fds open.
        let inputCopy = dup(configuration.inputFD), outputCopy = dup(configuration.outputFD)
        guard inputCopy >= 0, outputCopy >= 0 else {
            let code = errno
            if inputCopy >= 0 { close(inputCopy) }
            if outputCopy >= 0 { close(outputCopy) }
            throw .systemCallFailed("dup", errno: code)
        }
        // Not inherited by programs run on the terminal (runInForeground gives them fds 0-2 explicitly).
        _ = gt_set_cloexec(inputCopy)
        _ = gt_set_cloexec(outputCopy)
        inputFile = fdopen(inputCopy, "r")
        outputFile = fdopen(outputCopy, "w")
        guard inputFile != nil, outputFile != nil else {
            let code = errno
            if inputFile == nil { close(inputCopy) }
            if outputFile == nil { close(outputCopy) }
            closeFiles()
            throw .systemCallFailed("fdopen", errno: code)
        }
        // newterm, not initscr: initscr exits the process itself on an unknown TERM.
        guard let newScreen = newterm(terminalType, outputFile, inputFile) else {
            closeFiles()
            throw .unknownTerminalType(terminalType)
        }
        screen = newScreen
        window = gt_stdscr()
    }

    private func closeScreen() {
        if let screen {
            endwin()
            delscreen(screen)
        }
        screen = nil
        window = nil
        closeFiles()
    }

    private func closeFiles() {
        if let inputFile { fclose(inputFile) }
        if let outputFile { fclose(outputFile) }
        inputFile = nil
        outputFile = nil
    }

    private func configureInput() {
        guard let window else { return }
        raw()  // Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-Q arrive as keys: the app decides what they do.
        noecho()
        nonl()  // Enter arrives as \r, and ncurses can use \n for cursor movement.
        keypad(window, true)
        nodelay(window, true)  // reads happen after ppoll says there is input; never block in ncurses
        intrflush(window, false)
        set_escdelay(25)  // a lone Esc is reported after 25 ms instead of ncurses' default second
    }

    private func configureColors() {
        let colorCount = Int(tigetnum("colors"))
        let facts = TerminfoColorFacts(
            hasColors: has_colors(), colorCount: colorCount,
            isDirectColor: tigetflag("RGB") > 0 || tigetnum("RGB") > 0 || colorCount >= 1 << 24)
        colorCapability = configuration.monochrome
            ? .none : ColorCapability.detect(environment: configuration.environment, terminfo: facts)
        var defaultsKept = true
        if colorCapability != .none {
            start_color()
            defaultsKept = use_default_colors() == OK
        }
        colors = ColorPairRegistry(capability: colorCapability, terminalDefaultsKept: defaultsKept,
                                   pairCapacity: Int32(max(0, gt_color_pairs() - 1)))
    }

    /// `text` to the terminal's clipboard (OSC 52), the way this terminal is reached (directly, tmux, screen).
    public func copyToClipboard(_ text: String) {
        writeDirectly(ClipboardSequence.bytes(copying: text, route: ClipboardSequence.route(environment: configuration.environment)))
    }

    /// Writes bytes straight to the terminal, outside ncurses' buffer (synchronized-output markers).
    func writeDirectly(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(configuration.outputFD, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }
}

@available(*, unavailable, message: "ncurses is not thread-safe: use TerminalScreen from the main loop only")
extension TerminalScreen: Sendable {}

/// Where and how `TerminalScreen` runs. The defaults are the real terminal; tests point it at a pty.
public struct TerminalConfiguration: Sendable {
    /// Keys are read from here (ncurses reads it; the event source polls it).
    public var inputFD: Int32
    /// Frames are written here.
    public var outputFD: Int32
    /// The terminfo entry to use; nil takes TERM from `environment`.
    public var terminalType: String?
    /// The variables colour and synchronized-output detection go by.
    public var environment: TerminalEnvironment
    /// Forces monochrome whatever the terminal can do (`--no-color`, a monochrome theme).
    public var monochrome: Bool
    /// Forces synchronized output on or off; nil detects it from the environment.
    public var synchronizedOutput: Bool?
    /// Installs the process-wide handlers: SIGTERM/SIGHUP/SIGINT become events, crashes restore the terminal.
    public var installsSignalHandlers: Bool

    public init(inputFD: Int32 = 0, outputFD: Int32 = 1, terminalType: String? = nil,
                environment: TerminalEnvironment = .current(), monochrome: Bool = false,
                synchronizedOutput: Bool? = nil, installsSignalHandlers: Bool = true) {
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.terminalType = terminalType
        self.environment = environment
        self.monochrome = monochrome
        self.synchronizedOutput = synchronizedOutput
        self.installsSignalHandlers = installsSignalHandlers
    }
}

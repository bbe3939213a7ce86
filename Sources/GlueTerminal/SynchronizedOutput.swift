/// Synchronized output (DEC private mode 2026): the terminal holds a frame's bytes and shows them at once, so a
/// large update never shows half-drawn. Sent only to terminals known to support it; unknown ones are skipped
/// rather than risked.
enum SynchronizedOutput {
    static let begin: [UInt8] = Array("\u{1B}[?2026h".utf8)
    static let end: [UInt8] = Array("\u{1B}[?2026l".utf8)

    /// Pure detection from the environment.
    static func isSupported(environment: TerminalEnvironment) -> Bool {
        let term = environment["TERM"] ?? ""
        // GNU screen passes unknown modes to nothing useful; inside it, say no whatever TERM claims.
        if environment["STY"] != nil, environment["TMUX"] == nil { return false }
        if environment["TMUX"] != nil || term.hasPrefix("tmux") { return true }
        if term == "xterm-kitty" || environment["KITTY_WINDOW_ID"] != nil { return true }
        if term.hasPrefix("wezterm") || environment["TERM_PROGRAM"] == "WezTerm" || environment["WEZTERM_PANE"] != nil {
            return true
        }
        if term.hasPrefix("foot") || term == "xterm-ghostty" || term.hasPrefix("alacritty") || term.hasPrefix("contour") {
            return true
        }
        return false
    }
}

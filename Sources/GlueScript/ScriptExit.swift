/// The exit codes of the script commands, for scripts to branch on.
public enum ScriptExit: Int32, Sendable, CaseIterable {
    case ok = 0
    case apiError = 1
    case usage = 2
    case notFound = 3
    case refused = 4
    case timedOut = 5
}

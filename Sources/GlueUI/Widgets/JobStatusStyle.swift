import HotglueModels

/// One colour rule for job statuses everywhere (table, LAST JOB, timeline): failed red, finished green, else
/// running; and the glyph that says the same without colour.
enum JobStatusStyle {
    static func style(of status: JobStatus, theme: Theme) -> Style {
        if status.isFailure { return theme.error }
        if status.isTerminal { return theme.success }
        return theme.running
    }

    static func glyph(of status: JobStatus) -> String {
        if status.isFailure { return "✗" }
        if status.isTerminal { return "✓" }
        return "●"
    }
}

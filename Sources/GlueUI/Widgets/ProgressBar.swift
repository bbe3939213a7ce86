/// `▕██████░░░░▏`: a known fraction, or (when the API gives none, as for discovery) a block that sweeps across so
/// the operator sees the run is alive. Its position comes from elapsed time, so the view stays pure.
enum ProgressBar {
    static func determinate(_ fraction: Double, width: Int, theme: Theme) -> [Span] {
        let inner = max(0, width - 2)
        let filled = min(inner, max(0, Int((fraction * Double(inner)).rounded())))
        return [Span("▕", theme.progressEmpty),
                Span(String(repeating: "█", count: filled), theme.progressFilled),
                Span(String(repeating: "░", count: inner - filled), theme.progressEmpty),
                Span("▏", theme.progressEmpty)]
    }

    /// A block a third of the bar wide, moving one cell per second and bouncing at the ends.
    static func indeterminate(elapsedSeconds: Double, width: Int, theme: Theme) -> [Span] {
        let inner = max(0, width - 2)
        let block = max(1, inner / 3)
        let travel = max(1, inner - block)
        let step = max(0, Int(elapsedSeconds.rounded(.down))) % (2 * travel)
        let start = step <= travel ? step : 2 * travel - step
        return [Span("▕", theme.progressEmpty),
                Span(String(repeating: "░", count: start), theme.progressEmpty),
                Span(String(repeating: "█", count: min(block, inner)), theme.progressFilled),
                Span(String(repeating: "░", count: max(0, inner - start - block)), theme.progressEmpty),
                Span("▏", theme.progressEmpty)]
    }
}

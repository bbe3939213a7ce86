import HotglueModels

/// The empty, loading and error looks every pane shares. With data, a failing refresh keeps the data on screen
/// and marks it stale in the border; without data, the pane says what is happening in place of rows.
enum PaneLoadStatus {
    /// What to say instead of rows, or nil when the pane has rows to draw.
    static func placeholder(_ load: LoadState, isEmpty: Bool, emptyText: String, theme: Theme) -> Span? {
        if !load.hasData {
            if let error = load.lastError, !error.isCancellation {
                return Span("✗ " + error.message, theme.error)
            }
            return Span("loading…", theme.dim)
        }
        return isEmpty ? Span(emptyText, theme.dim) : nil
    }

    /// The bottom-border label of a pane whose last refresh failed: `⚠ stale since 12:01:03`, shorter in a
    /// narrow pane (`⚠ stale 12:01:03`, `⚠ stale`) so the time is not cut.
    static func staleLabel(_ load: LoadState, paneWidth: Int, theme: Theme) -> [Span] {
        guard load.isStale else { return [] }
        let time = load.errorSince.map(ClockText.timeOfDay)
        let room = paneWidth - 5
        for text in [time.map { "⚠ stale since " + $0 }, time.map { "⚠ stale " + $0 }, "⚠ stale"].compactMap({ $0 })
            where DisplayWidth.of(text) <= room {
            return [Span(text, theme.warning)]
        }
        return [Span("⚠", theme.warning)]
    }

    /// Writes a placeholder wrapped into the pane, one column in from the left.
    static func draw(_ message: Span, into frame: inout Frame, rect: Rect) {
        guard rect.width > 2, rect.height > 0 else { return }
        let lines = WordWrap.lines(message.text, width: rect.width - 2)
        for (offset, line) in lines.prefix(rect.height).enumerated() {
            frame.put(line, x: rect.x + 1, y: rect.y + offset, style: message.style, clip: rect)
        }
    }
}

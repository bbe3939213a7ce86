import struct Foundation.Date
import HotglueModels

/// The rule between the jobs table and the log, joined to the pane's border: the selected job on the left
/// (`⠙ 37g_DK SYNC_STARTED 1:12 ▕███░░░▏` while it runs), the log's state on the right (`12,000 lines dropped ·
/// wrap · ● follow` or `‖ paused 120/5,000`).
struct JobsRule {
    var pane: JobsPane
    var now: Date
    var document: LogDocument
    var focused: Bool

    func draw(into frame: inout Frame, paneRect: Rect, y: Int, theme: Theme) {
        let glyphs = BoxGlyphs.pane(focused: focused)
        Box.rule(into: &frame, rect: paneRect, y: y, glyphs: glyphs, style: focused ? theme.focusedBorder : theme.border)
        let room = paneRect.width - 4
        guard room > 6 else { return }
        let right = logState(theme)
        let rightWidth = right.width <= room / 2 ? right.width : 0
        if rightWidth > 0 {
            frame.putRightAligned(right, maxX: paneRect.maxX - 2, y: y, width: rightWidth)
        }
        let leftRoom = room - rightWidth - (rightWidth > 0 ? 1 : 0)
        frame.putSpans(jobLabel(theme, room: leftRoom), x: paneRect.x + 2, y: y, width: leftRoom)
    }

    /// The richest label that fits: spinner, id, status, elapsed time and stage bar, shedding from the end.
    private func jobLabel(_ theme: Theme, room: Int) -> [Span] {
        guard let job = pane.selected else { return [] }
        let running = !job.status.isTerminal
        let statusStyle = JobStatusStyle.style(of: job.status, theme: theme)
        let id = Span(job.id, theme.text.patched(by: Style(attributes: .bold)))
        let spinner = running ? [Span(Spinner.frame(at: now) + " ", theme.running)] : []
        let status = [Span(" ", theme.text), Span(job.status.rawValue, statusStyle)]
        var elapsed: [Span] = []
        var bar: [Span] = []
        if running, let seconds = JobCells.duration(job, now: now) {
            elapsed = [Span(" " + ClockText.stopwatch(seconds), theme.text)]
            let fraction = JobCells.stageFraction(job.status)
            bar = [Span(" ", theme.text)] + ProgressBar.determinate(fraction, width: 10, theme: theme)
        }
        let pad = Span(" ", theme.text)
        // A failure says why, cut to the room there is.
        if let cause = job.failureLine {
            let head = [id] + status + [Span(" — ", theme.dim)]
            let causeRoom = room - 2 - head.width
            if causeRoom >= 8 {
                // putSpans ends what does not fit in "…".
                return [pad] + head + [Span(cause + " ", theme.error)]
            }
        }
        let candidates: [[Span]] = [
            spinner + [id] + status + elapsed + bar,
            spinner + [id] + status + elapsed,
            spinner + [id] + status,
            [id] + status,
        ]
        for candidate in candidates where candidate.width + 2 <= room {
            return [pad] + candidate + [pad]
        }
        return [pad, id, pad]
    }

    private func logState(_ theme: Theme) -> [Span] {
        let log = pane.log
        var spans = [Span(" ", theme.text)]
        if document.buffer.dropped > 0 {
            spans.append(Span(NumberText.grouped(document.buffer.dropped) + " lines dropped · ", theme.warning))
        }
        if let filter = document.filter {
            if let problem = filter.problem {
                spans.append(Span("& " + filter.filter.query + ": " + problem + " · ", theme.error))
            } else {
                let matches = document.matchCount ?? 0
                let context = filter.filter.context > 0 ? " ±" + String(filter.filter.context) : ""
                spans.append(Span("& ", theme.dim))
                spans.append(Span(filter.filter.query, theme.accent))
                spans.append(Span(" " + NumberText.grouped(matches) + (matches == 1 ? " match" : " matches")
                                  + context + " · ", theme.dim))
            }
        }
        if log.wrap { spans.append(Span("wrap · ", theme.dim)) }
        if log.follow {
            spans.append(Span("● follow", theme.success))
        } else {
            let position = NumberText.grouped(min(document.count, log.offset + 1)) + "/"
                + NumberText.grouped(document.count)
            spans.append(Span("‖ paused " + position, theme.warning))
        }
        spans.append(Span(" ", theme.text))
        return spans
    }
}

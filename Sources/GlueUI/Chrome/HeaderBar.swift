import struct Foundation.Date
import HotglueModels

/// Row 0: where we are on the left (` gluetop  prod · env … · flow …`), how fresh the data is on the right
/// (`● live  12 req/min  updated 12:03:44` or `○ stale since 12:01:00`), retries in progress, and the READ-ONLY,
/// PRODUCTION and DEMO marks. When the row is short, the least useful pieces go first; the marks never go.
struct HeaderBar: Widget {
    var connection: ConnectionInfo
    var activity: ActivityStatus
    /// Since when every poll has failed, if they do now.
    var staleSince: Date?
    /// When the data was last read whole.
    var lastRefresh: Date?
    /// Why the first read of the tenants failed, if it did: "not connected" rather than "connecting…".
    var connectError: APIError?

    /// A piece of the right side; lower `keep` is dropped first.
    private struct Piece {
        var spans: [Span]
        var keep: Int
    }

    func draw(into frame: inout Frame, rect: Rect, theme: Theme) {
        guard rect.width > 0, rect.height > 0 else { return }
        frame.fill(rect, style: theme.statusBar)
        let left = leftSpans(theme)
        var pieces = rightPieces(theme)
        let gap = 2
        func rightWidth() -> Int { pieces.reduce(0) { $0 + $1.spans.width } + gap * max(0, pieces.count - 1) }
        // The place and the marks matter more than the rate and the clock: drop those while the left would be cut.
        while left.width + gap + rightWidth() + 1 > rect.width,
              let drop = pieces.indices.filter({ pieces[$0].keep < Int.max })
                .min(by: { pieces[$0].keep < pieces[$1].keep }) {
            pieces.remove(at: drop)
        }
        var right: [Span] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { right.append(Span(String(repeating: " ", count: gap), theme.statusBar)) }
            right += piece.spans
        }
        right.append(Span(" ", theme.statusBar))
        let rightStart = frame.putRightAligned(right, maxX: rect.maxX, y: rect.y, width: rect.width)
        let room = max(0, rightStart - rect.x - 1)
        // Whole pieces rather than a cut one: without the flow, then without the environment.
        let fitting = [left, Array(left.prefix(5)), Array(left.prefix(3))].first { $0.width <= room } ?? left
        frame.putSpans(fitting, x: rect.x, y: rect.y, width: room)
    }

    private func leftSpans(_ theme: Theme) -> [Span] {
        let base = theme.statusBar
        return [
            Span(" gluetop ", theme.brand),
            Span(" ", base),
            Span(connection.profile, base.patched(by: theme.accent)),
            Span(" · env ", base.patched(by: theme.dim)),
            Span(connection.envID, base),
            Span(" · flow ", base.patched(by: theme.dim)),
            Span(connection.flowID, base),
        ]
    }

    private func rightPieces(_ theme: Theme) -> [Piece] {
        let base = theme.statusBar
        var pieces: [Piece] = []
        let retries = activity.retries.count
        if retries > 0 {
            let label = retries == 1 ? "⟳ 1 retry" : "⟳ \(retries) retries"
            pieces.append(Piece(spans: [Span(label, base.patched(by: theme.warning))], keep: 3))
        }
        pieces += freshnessPieces(theme)
        if connection.isDemo {
            pieces.append(Piece(spans: [Span(" DEMO ", theme.badge)], keep: Int.max))
        }
        if connection.readOnly {
            pieces.append(Piece(spans: [Span(" READ-ONLY ", theme.badge)], keep: Int.max))
        }
        if connection.production {
            pieces.append(Piece(spans: [Span(" PRODUCTION ", theme.dangerBadge)], keep: Int.max))
        }
        return pieces
    }

    /// Live, stale, or not yet connected, with the request rate and the time of the last refresh.
    private func freshnessPieces(_ theme: Theme) -> [Piece] {
        let base = theme.statusBar
        if let since = staleSince {
            return [Piece(spans: [Span("○ stale since " + ClockText.timeOfDay(since), base.patched(by: theme.warning))],
                          keep: Int.max)]
        }
        guard let updated = lastRefresh else {
            if let error = connectError, !error.isCancellation {
                return [Piece(spans: [Span("✗ not connected", base.patched(by: theme.error))], keep: Int.max)]
            }
            return [Piece(spans: [Span("◌ connecting…", base.patched(by: theme.dim))], keep: Int.max)]
        }
        return [
            Piece(spans: [Span("● live", base.patched(by: theme.success))], keep: Int.max),
            Piece(spans: [Span("\(activity.requestsPerMinute) req/min", base.patched(by: theme.dim))], keep: 1),
            Piece(spans: [Span("updated " + ClockText.timeOfDay(updated), base.patched(by: theme.dim))], keep: 2),
        ]
    }
}

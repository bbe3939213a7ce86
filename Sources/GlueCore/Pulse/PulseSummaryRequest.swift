import struct Foundation.Date
import typealias Foundation.TimeInterval

/// The pulse's summary to compute off the loop: a snapshot of the data (a copy that costs nothing until the model's
/// data changes) and the time and window it is computed for.
public struct PulseSummaryRequest: Hashable, Sendable {
    public let id: Int
    public let data: PulseData
    public let now: Date
    public let window: TimeInterval

    public init(id: Int, data: PulseData, now: Date, window: TimeInterval) {
        self.id = id
        self.data = data
        self.now = now
        self.window = window
    }

    /// The jobs part of the summary; `PulsePane.apply` adds what time and freshness say.
    public func summarize() -> PulseSummaryResult {
        PulseSummaryResult(id: id, jobsRevision: data.jobsRevision, window: window,
                           summary: PulseSummary.ofJobs(data, now: now, window: window))
    }

    /// Two requests of one pane are equal when they ask for the same computation: the data compared by its
    /// revision (comparing 100,000 jobs is what computing off the loop avoids).
    public static func == (lhs: PulseSummaryRequest, rhs: PulseSummaryRequest) -> Bool {
        lhs.id == rhs.id && lhs.data.jobsRevision == rhs.data.jobsRevision && lhs.now == rhs.now && lhs.window == rhs.window
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(data.jobsRevision)
    }
}

/// A computed summary coming back (`Msg.pulseSummarized`).
public struct PulseSummaryResult: Hashable, Sendable {
    public let id: Int
    /// The data's `jobsRevision` it was computed from: when the data moved on meanwhile, the next tick asks again.
    public let jobsRevision: Int
    public let window: TimeInterval
    public let summary: PulseSummary
}

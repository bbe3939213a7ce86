import Foundation
import HotglueModels

/// What the log view shows for the selected job: its status timeline (and message or error), then the log lines;
/// with a filter (`&`), only the matching lines of both and the log's context lines. A view over the pane's data,
/// so scrolling a 50,000-line log copies nothing.
public struct LogDocument {
    public let timeline: [LogLine]
    public let buffer: LogBuffer<LogLine>
    /// When the job started: the origin of relative times.
    public let jobStart: Date?
    /// The filter's rows (line numbers, as `LogFilterRows` keeps them) still in the buffer; nil: every line.
    private let shown: ArraySlice<Int>?
    public let filter: LogFilterRows?
    /// The timeline's lines that match the filter (every timeline line without one).
    public let timelineMatches: Int

    public init(timeline: [LogLine], buffer: LogBuffer<LogLine>, jobStart: Date? = nil, filter: LogFilterRows? = nil) {
        self.buffer = buffer
        self.jobStart = jobStart
        self.filter = filter
        guard let filter else {
            self.timeline = timeline
            shown = nil
            timelineMatches = timeline.count
            return
        }
        let matcher = LogLineMatcher(filter.filter)
        let matching = timeline.filter { matcher?.matches($0.text) ?? false }
        self.timeline = matching
        timelineMatches = matching.count
        let first = filter.shown.partitioningIndex { $0 >= buffer.dropped }
        let end = filter.shown.partitioningIndex { $0 >= buffer.dropped + buffer.count }
        shown = filter.shown[first..<end]
    }

    public var count: Int { timeline.count + (shown?.count ?? buffer.count) }

    /// Lines matching the filter (nil without one).
    public var matchCount: Int? { filter.map { $0.matchCount + timelineMatches } }

    public subscript(index: Int) -> LogLine {
        if index < timeline.count { return timeline[index] }
        let row = index - timeline.count
        guard let shown else { return buffer[row] }
        return buffer[shown[shown.startIndex + row] - buffer.dropped]
    }

    /// The first line at or after `start` (wrapping around) whose text contains `query`, case-insensitively.
    public func firstMatch(_ query: String, from start: Int, forward: Bool = true) -> Int? {
        guard !query.isEmpty, count > 0 else { return nil }
        let needle = query.lowercased()
        for step in 0..<count {
            let index = forward ? (start + step) % count : (start - step + count * 2) % count
            if self[index].text.lowercased().contains(needle) { return index }
        }
        return nil
    }
}

extension JobsPane {
    public var logDocument: LogDocument {
        LogDocument(timeline: selected.map(Self.timeline(of:)) ?? [], buffer: log.lines,
                    jobStart: selected.flatMap { $0.startTime ?? $0.statusTimeline.first?.date },
                    filter: log.filter)
    }

    static func timeline(of job: Job) -> [LogLine] {
        var lines = job.statusTimeline.map { entry in
            LogLine(time: entry.date, level: entry.status.isFailure ? .error : .status, text: entry.status.rawValue)
        }
        if lines.isEmpty {
            lines.append(LogLine(time: job.lastUpdated ?? job.startTime, level: job.status.isFailure ? .error : .status,
                                 text: job.status.rawValue))
        }
        if job.status.isFailure {
            // The cause is in the rule and the jobs table; the log keeps what it does not say (the rest of the
            // message, and a traceback whole).
            for text in [job.message, job.error].compactMap({ $0 }) where !text.isEmpty {
                let isTrace = text.hasPrefix("Traceback (most recent call last)")
                let rest = isTrace ? text : Self.detailsAfterFirstLine(text)
                if let rest, FailureCause.firstLine(text) != rest || isTrace {
                    lines.append(LogLine(time: job.lastUpdated, level: .error, text: SecretMasking.maskText(rest)))
                }
            }
        } else if let error = job.error, !error.isEmpty {
            lines.append(LogLine(time: job.lastUpdated, level: .error, text: SecretMasking.maskText(error)))
        } else if let message = job.message, !message.isEmpty {
            lines.append(LogLine(time: job.lastUpdated, level: job.status.isFailure ? .error : .info,
                                 text: SecretMasking.maskText(message)))
        }
        return lines
    }

    /// What a message says after its first line (the cause), trimmed; nil when nothing.
    static func detailsAfterFirstLine(_ text: String) -> String? {
        guard let first = FailureCause.firstLine(text), let range = text.range(of: first) else { return nil }
        let rest = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
        return rest.isEmpty ? nil : rest
    }
}

import Foundation
import LosslessJSON

/// EXTENSION (emulator only): a page of a job's log from `GET /{env}/{flow}/{tenant}/jobs/logs?job_root=&offset=`.
/// The real API has no log endpoint; there the UI shows the job's status timeline instead. Read tolerantly: the
/// body may be a bare array of lines or an object holding `lines` (or `logs`/`entries`) and a next offset.
public struct JobLogPage: Hashable, Sendable {
    public var lines: [JobLogLine]
    /// The offset to ask for next, to get only new lines.
    public var nextOffset: Int
    /// True when the server says the log is finished (the job ended); nil when it does not say.
    public var isComplete: Bool?
    public var raw: JSONValue

    public init(lines: [JobLogLine], nextOffset: Int, isComplete: Bool? = nil, raw: JSONValue = .null) {
        self.lines = lines
        self.nextOffset = nextOffset
        self.isComplete = isComplete
        self.raw = raw
    }

    /// `requestedOffset` is where this page starts, for computing the next offset when the body does not give one.
    public init(json: JSONValue, requestedOffset: Int) throws(ModelDecodingError) {
        raw = json
        let items: [JSONValue]
        if let array = json.arrayValue {
            items = array
        } else if let object = json.objectValue {
            guard let array = object.first("lines", "logs", "entries", "items", "data")?.arrayValue else {
                throw .missing("job log page", "lines")
            }
            items = array
        } else {
            throw .notAnObject("job log page", json)
        }
        lines = items.enumerated().map { index, item in
            JobLogLine(json: item, fallbackOffset: Self.offset(requestedOffset, advancedBy: index))
        }
        // A negative next offset means nothing (and the log view subtracts offsets): it counts as not sent.
        let sentNextOffset = json.objectValue?.first("next_offset", "nextOffset")?.looseInt
        nextOffset = sentNextOffset.flatMap { $0 >= 0 ? $0 : nil }
            ?? Self.offset(requestedOffset, advancedBy: items.count)
        isComplete = json.objectValue?.first("complete", "done", "finished", "eof", "is_complete")?.looseBool
    }

    /// `offset + count` (count ≥ 0), stopping at `Int.max`: the requested offset is one the server gave, any `Int`.
    private static func offset(_ offset: Int, advancedBy count: Int) -> Int {
        let (sum, overflow) = offset.addingReportingOverflow(count)
        return overflow ? .max : sum
    }
}

/// One log line: plain text, or an object with a time, a level and a message.
public struct JobLogLine: Hashable, Sendable {
    /// Position of the line in the whole log.
    public var offset: Int
    public var time: Date?
    public var level: String?
    public var text: String
    public var raw: JSONValue

    public init(offset: Int, time: Date? = nil, level: String? = nil, text: String, raw: JSONValue = .null) {
        self.offset = offset
        self.time = time
        self.level = level
        self.text = text
        self.raw = raw
    }

    init(json: JSONValue, fallbackOffset: Int) {
        raw = json
        guard let object = json.objectValue else {
            offset = fallbackOffset
            text = json.looseString ?? json.compact()
            return
        }
        offset = object.first("offset", "index", "line_number")?.looseInt ?? fallbackOffset
        time = object.first("time", "timestamp", "ts", "date").flatMap(HotglueDate.date(from:))
        level = object.first("level", "severity")?.nonEmptyString
        text = object.first("message", "line", "text", "msg")?.looseString ?? json.compact()
    }
}

import Foundation
import LosslessJSON

/// One job, as listed, polled, or answered by "run a job". Every documented field is read when present; `raw`
/// keeps the whole object for the rest (`data_sizes`, `resources_usage`, ...).
public struct Job: Hashable, Sendable, Identifiable {
    /// `job_id`: 5–6 characters, not guaranteed unique; use `jobRoot` to follow one job.
    public var id: String
    public var jobRoot: JobRoot?
    public var environment: EnvironmentID?
    /// `flow_id` in run answers and lists, `flow` in the status poll.
    public var flow: FlowID?
    public var tenant: TenantID?
    public var connector: ConnectorID?
    public var jobName: String?
    public var jobType: JobType?
    public var status: JobStatus
    public var startedBy: String?
    public var startTime: Date?
    public var lastUpdated: Date?
    public var scheduledJob: Bool?
    public var streamingJob: Bool?
    public var message: String?
    public var error: String?
    public var processedRows: Int?
    public var syncType: SyncType?
    public var overrideStartDate: String?
    public var taskType: String?
    public var tap: String?
    public var target: String?
    /// `duration` as sent (seconds in the responses seen).
    public var duration: Double?
    /// The job's `state` payload (not the connector's source state).
    public var state: JSONValue?
    public var metrics: JobMetrics?
    /// `status_timestamp`: when each status was reached, in the order sent.
    public var statusTimeline: [JobStatusTimestamp]
    public var raw: JSONValue

    /// The status name used when a job object has none.
    public static let unknownStatus = "UNKNOWN"

    /// Needs `job_id`, or an `s3_root` to take it from; everything else is optional.
    public init(json: JSONValue) throws(ModelDecodingError) {
        guard let object = json.objectValue else { throw .notAnObject("job", json) }
        let root = object.first("s3_root", "job_root")?.nonEmptyString.map(JobRoot.init)
        guard let id = object.first("job_id", "id")?.nonEmptyString ?? root?.jobID else {
            throw .missing("job", "job_id")
        }
        self.id = id
        jobRoot = root
        environment = object.first("env_id")?.nonEmptyString.map(EnvironmentID.init)
        flow = object.first("flow_id", "flow")?.nonEmptyString.map(FlowID.init)
        tenant = object.first("tenant", "tenant_id")?.nonEmptyString.map(TenantID.init)
        connector = object.first("connector_id")?.nonEmptyString.map(ConnectorID.init)
        jobName = object.first("job_name")?.looseString
        jobType = object.first("job_type")?.nonEmptyString.map(JobType.init(rawValue:))
        status = JobStatus(rawValue: object.first("status")?.nonEmptyString ?? Job.unknownStatus)
        startedBy = object.first("started_by")?.looseString
        startTime = object.first("start_time").flatMap(HotglueDate.date(from:))
        lastUpdated = object.first("last_updated").flatMap(HotglueDate.date(from:))
        scheduledJob = object.first("scheduled_job")?.looseBool
        streamingJob = object.first("streaming_job")?.looseBool
        message = object.first("message")?.looseString ?? object.first("message")?.nonNull?.compact()
        error = object.first("error")?.looseString ?? object.first("error")?.nonNull?.compact()
        processedRows = object.first("processed_rows")?.looseInt
        syncType = object.first("sync_type")?.nonEmptyString.map(SyncType.init(rawValue:))
        overrideStartDate = object.first("override_start_date")?.looseString
        taskType = object.first("task_type")?.looseString
        tap = object.first("tap")?.looseString
        target = object.first("target")?.looseString
        duration = object.first("duration")?.looseDouble
        state = object.first("state")
        metrics = object.first("metrics").map(JobMetrics.init(json:))
        statusTimeline = object.first("status_timestamp", "status_timestamps").map(JobStatusTimestamp.timeline) ?? []
        raw = json
    }

    /// Rows for the operator: `metrics.recordCount` when sent, else `processed_rows`.
    public var recordCount: Int? { metrics?.recordCount ?? processedRows }
}

/// `metrics` of a job. `recordCount` is a number, or per-stream numbers that are summed.
public struct JobMetrics: Hashable, Sendable {
    public var recordCount: Int?
    public var raw: JSONValue

    public init(json: JSONValue) {
        raw = json
        guard let count = json["recordCount"] ?? json["record_count"] else {
            recordCount = nil
            return
        }
        if let int = count.looseInt {
            recordCount = int
        } else if let perStream = count.objectValue {
            let values = perStream.compactMap { $0.value.looseInt }
            recordCount = values.isEmpty ? nil : Self.sum(values)
        } else {
            recordCount = nil
        }
    }
}

extension JobMetrics {
    /// nil when the counts add up to more than an Int holds: the server's numbers can be anything.
    private static func sum(_ counts: [Int]) -> Int? {
        var total = 0
        for count in counts {
            let (sum, overflow) = total.addingReportingOverflow(count)
            if overflow { return nil }
            total = sum
        }
        return total
    }
}

/// When a job reached one status.
public struct JobStatusTimestamp: Hashable, Sendable {
    public var status: JobStatus
    public var date: Date?

    public init(status: JobStatus, date: Date?) {
        self.status = status
        self.date = date
    }

    /// From `{"JOB_CREATED": "2022-…", …}` or a list of `{"status", "timestamp"}` objects.
    static func timeline(_ value: JSONValue) -> [JobStatusTimestamp] {
        if let object = value.objectValue {
            return object.map { JobStatusTimestamp(status: JobStatus(rawValue: $0.key), date: HotglueDate.date(from: $0.value)) }
        }
        guard let items = value.arrayValue else { return [] }
        return items.compactMap { item in
            guard let name = item["status"]?.nonEmptyString else { return nil }
            let date = (item["timestamp"] ?? item["time"] ?? item["date"]).flatMap(HotglueDate.date(from:))
            return JobStatusTimestamp(status: JobStatus(rawValue: name), date: date)
        }
    }
}

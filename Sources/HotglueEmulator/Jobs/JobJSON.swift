import Foundation
import LosslessJSON

/// A job object in the API's shape, at one instant.
enum JobJSON {
    /// Where the flow id goes: the run response and listings say `flow_id`, the status poll says `flow`.
    enum FlowKey: String {
        case flowID = "flow_id"
        case flow = "flow"
    }

    static func render(_ job: JobRecord, envID: String, flowID: String, now: Date, flowKey: FlowKey = .flowID) -> JSONValue {
        let progress = job.progress(at: now)
        let failure = progress.isTerminal ? job.plan.failure : nil
        var object = JSONObject()
        object["job_id"] = string(job.jobID)
        object["env_id"] = string(envID)
        object[flowKey.rawValue] = string(flowID)
        object["job_name"] = string(job.jobName)
        object["tenant"] = string(job.tenant)
        object["started_by"] = string(job.startedBy)
        object["s3_root"] = string(job.s3Root)
        object["start_time"] = string(HotglueTimestamp.string(job.startTime))
        object["last_updated"] = string(HotglueTimestamp.string(progress.lastUpdated))
        object["state"] = job.payloadState
        object["tap"] = string(job.jobType == "read" ? job.connectorID : "api")
        object["target"] = string(job.jobType == "read" ? "webhook" : job.connectorID)
        object["connector_id"] = string(job.connectorID)
        object["job_type"] = string(job.jobType)
        object["status"] = string(progress.status)
        object["scheduled_job"] = .bool(job.scheduled)
        object["message"] = failure.map { string($0.message) } ?? .null
        object["error"] = failure.map { string($0.error) } ?? .null
        object["processed_rows"] = .number(JSONNumber(progress.processedRows))
        object["sync_type"] = string(job.syncType)
        object["override_start_date"] = job.overrideStartDate
        object["task_type"] = string(job.streaming ? "streaming" : "batch")
        object["metrics"] = ["recordCount": .number(JSONNumber(progress.processedRows))]
        object["duration"] = progress.isTerminal ? .number(JSONNumber(Int(job.endTime.timeIntervalSince(job.startTime)))) : .null
        object["status_timestamp"] = .object(JSONObject(progress.reached.map { ($0.status, string(HotglueTimestamp.string($0.at))) }))
        object["data_sizes"] = dataSizes(progress)
        object["resources_usage"] = progress.isTerminal ? resources(job) : .object(JSONObject())
        object["streaming_job"] = .bool(job.streaming)
        return .object(object)
    }

    private static func dataSizes(_ progress: JobProgress) -> JSONValue {
        guard progress.processedRows > 0 else { return .object(JSONObject()) }
        return ["sync_output_bytes": .number(JSONNumber(progress.processedRows * 412))]
    }

    private static func resources(_ job: JobRecord) -> JSONValue {
        [
            "max_memory_mb": .number(JSONNumber(128 + job.plan.plannedRows % 384)),
            "cpu_seconds": .number(JSONNumber(max(1, Int(job.endTime.timeIntervalSince(job.startTime)) / 3))),
        ]
    }

    private static func string(_ text: String) -> JSONValue {
        .string(JSONString(text))
    }
}

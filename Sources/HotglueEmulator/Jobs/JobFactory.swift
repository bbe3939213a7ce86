import Foundation
import LosslessJSON

/// What a caller asks for when a job is created.
struct JobRequest: Sendable {
    var connectorID: String
    var jobType: String
    var jobName: String?
    var resetSourceState = false
    var streaming = false
    var scheduled = false
    var startedBy = "api"
    var overrideStartDate: JSONValue = .null
    var payloadState: JSONValue = .null
    var selectedStreams: [String]?
    var failure: FailureChoice = .bySeed

    enum FailureChoice: Sendable {
        /// Fails by the connection's odds (`JobFailureModel`), at a stage the seed picks.
        case bySeed
        case never
        case at(JobStage)
    }
}

/// Creates job records: id, plan and failure are drawn from a generator seeded by (world seed, tenant, sequence),
/// so the same seed and the same calls give the same jobs.
enum JobFactory {
    /// `odds` apply to `.bySeed` requests (`JobFailureModel`).
    static func make(
        _ request: JobRequest, tenant: String, flowID: String, definition: ConnectorDefinition, hasState: Bool,
        startTime: Date, stageSeconds: Double, odds: JobFailureOdds = .demo, random: inout SplitMix64
    ) -> JobRecord {
        let jobID = random.token(length: 6)
        let streams = plannedStreams(request.selectedStreams ?? definition.streams.map(\.name), random: &random)
        let failureStage: JobStage? =
            switch request.failure {
            case .at(let stage): stage
            case .never: nil
            case .bySeed: random.chance(odds.probability) ? random.pick(odds.stages) : nil
            }
        var failure: JobFailure?
        if let failureStage {
            failure = Self.failure(at: failureStage, definition: definition, streams: streams, random: &random)
        }
        let syncType = request.resetSourceState || !hasState ? "full_sync" : "incremental_sync"
        return JobRecord(
            jobID: jobID,
            tenant: tenant,
            connectorID: definition.id,
            jobType: request.jobType,
            jobName: request.jobName ?? "\(definition.id)-\(request.jobType)",
            startedBy: request.startedBy,
            s3Root: JobRecord.s3Root(tenant: tenant, flow: flowID, startTime: startTime, jobID: jobID),
            startTime: startTime,
            stageSeconds: stageSeconds,
            plan: JobPlan(streaming: request.streaming, failure: failure, streams: streams),
            syncType: request.scheduled ? "auto_sync" : syncType,
            streaming: request.streaming,
            scheduled: request.scheduled,
            overrideStartDate: request.overrideStartDate,
            payloadState: request.payloadState
        )
    }

    private static func plannedStreams(_ names: [String], random: inout SplitMix64) -> [StreamShare] {
        names.map { StreamShare(name: $0, rows: random.int(in: 0...4) == 0 ? 0 : random.int(in: 12...25_000)) }
    }

    private static func failure(
        at stage: JobStage, definition: ConnectorDefinition, streams: [StreamShare], random: inout SplitMix64
    ) -> JobFailure {
        let stream = streams.first?.name ?? "records"
        let (message, exception): (String, String) =
            switch stage {
            case .discover:
                random.chance(0.5)
                    ? ("tap-\(definition.id) discovery failed: 401 Unauthorized (the access token was revoked or expired)",
                       "RuntimeError")
                    : ("tap-\(definition.id) discovery failed: could not reach \(definition.domain) (timed out after 60s)",
                       "TimeoutError")
            case .sync:
                random.chance(0.5)
                    ? ("tap-\(definition.id): 429 Too Many Requests from \(definition.domain) after 8 retries while syncing \(stream)",
                       "RetriableAPIError")
                    : ("tap-\(definition.id): 500 Internal Server Error from \(definition.domain) while syncing \(stream)",
                       "FatalAPIError")
            case .etl:
                ("ETL failed: KeyError: 'email' in the transform of \(stream)", "KeyError")
            case .export:
                ("Export failed: the target answered 503 Service Unavailable", "ConnectionError")
            }
        let error = """
            Traceback (most recent call last):
              File "/app/hotglue/\(stage.rawValue.lowercased()).py", line \(random.int(in: 40...400)), in run
            \(exception): \(message)
            """
        return JobFailure(stage: stage, message: message, error: error)
    }
}

import Foundation
@testable import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// A failed job's cause heads the rule and the table; the log keeps what the cause does not say, in order after
/// the status timeline, never the cause line again.
@Suite struct FailureInTheLogTests {
    static func failed(message: String?, error: String?) throws -> Job {
        var object: JSONObject = ["job_id": "j1", "tenant": "acme", "connector_id": "hubspot", "status": "SYNC_FAILED",
                                  "s3_root": "acme/flows/f/jobs/j1", "start_time": "2026-12-01T10:00:00.000000+00:00",
                                  "status_timestamp": ["JOB_CREATED": "2026-12-01T10:00:00.000000+00:00",
                                                       "SYNC_FAILED": "2026-12-01T10:01:00.000000+00:00"]]
        if let message { object["message"] = JSONValue(message) }
        if let error { object["error"] = JSONValue(error) }
        return try Job(json: .object(object))
    }

    static let trace = "Traceback (most recent call last):\n  File \"sync.py\", line 9\ntap_hubspot.RateLimited: 429"

    @Test func theMessageIsTheCauseAndTheTracebackStaysInTheLog() throws {
        let job = try Self.failed(message: "tap-hubspot: 429 Too Many Requests", error: Self.trace)
        #expect(job.failureLine == "tap-hubspot: 429 Too Many Requests")
        let texts = JobsPane.timeline(of: job).map(\.text)
        #expect(texts == ["JOB_CREATED", "SYNC_FAILED", Self.trace])
    }

    @Test func withoutAMessageATracebacksLastLineIsTheCause() throws {
        let job = try Self.failed(message: nil, error: Self.trace)
        #expect(job.failureLine == "tap_hubspot.RateLimited: 429")
        #expect(JobsPane.timeline(of: job).map(\.text) == ["JOB_CREATED", "SYNC_FAILED", Self.trace])
    }

    @Test func aOneLineErrorIsNotRepeatedInTheLog() throws {
        let job = try Self.failed(message: nil, error: "HubSpot answered 401")
        #expect(job.failureLine == "HubSpot answered 401")
        #expect(JobsPane.timeline(of: job).map(\.text) == ["JOB_CREATED", "SYNC_FAILED"])
    }
}

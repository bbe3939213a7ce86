import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Jobs: lifecycle on the clock, parallel refusal, listing")
struct JobLifecycleTests {
    static let successPath = [
        "JOB_CREATED", "DISCOVER_STARTED", "SYNC_STARTED", "SYNC_SUCCESS", "ETL_STARTED", "ETL_SUCCESS",
        "EXPORT_STARTED", "JOB_COMPLETED",
    ]

    @Test("the run response is a job object with the documented fields and status JOB_CREATED")
    func runResponse() async throws {
        try await withEmulator { (emulator, client) async throws in
            let answer = try await client.sendJSON(
                .POST, client.v2("acme", "/jobs"), ["connector_id": "salesforce", "job_type": "read", "job_name": "nightly"])
            #expect(answer.status == 200)
            let job = try answer.json
            let jobID = try #require(job["job_id"]?.stringValue)
            #expect(jobID.count == 6)
            #expect(job["status"]?.stringValue == "JOB_CREATED")
            #expect(job["env_id"]?.stringValue == emulator.settings.envID)
            #expect(job["flow_id"]?.stringValue == emulator.settings.flowID)
            #expect(job["tenant"]?.stringValue == "acme")
            #expect(job["connector_id"]?.stringValue == "salesforce")
            #expect(job["job_type"]?.stringValue == "read")
            #expect(job["job_name"]?.stringValue == "nightly")
            #expect(job["processed_rows"]?.intValue == 0)
            #expect(job["metrics"]?["recordCount"]?.intValue == 0)
            #expect(job["s3_root"]?.stringValue == "acme/flows/\(emulator.settings.flowID)/jobs/2024/05/4/01/12/\(jobID)")
            #expect(job["start_time"]?.stringValue == "2024-05-01T12:00:00.000000+00:00")
            #expect(job["last_updated"]?.stringValue == "2024-05-01T12:00:00.000000+00:00")
            #expect(job["status_timestamp"] == ["JOB_CREATED": "2024-05-01T12:00:00.000000+00:00"])
            for field in ["started_by", "sync_type", "message", "state", "tap", "target", "scheduled_job", "override_start_date",
                          "task_type", "error", "duration", "data_sizes", "resources_usage", "streaming_job"] {
                #expect(job[field] != nil, "missing \(field)")
            }
        }
    }

    @Test("a successful job passes every stage, one per jobStageDuration, and advances the connector's bookmarks")
    func successfulLifecycle() async throws {
        try await withEmulator { (emulator, client) async throws in
            let run = try await firstJob(emulator, client, where: { $0.last == "JOB_COMPLETED" })
            #expect(run.statuses == Self.successPath)
            // processed_rows grows during SYNC_STARTED and stays once synced.
            #expect(run.rows.first == 0)
            #expect(run.rows == run.rows.sorted())
            #expect(run.rows.last ?? 0 > 0)
            let final = run.finalJob
            #expect(final["flow"]?.stringValue == emulator.settings.flowID)
            #expect(final["flow_id"] == nil)
            #expect(final["status_timestamp"]?.objectValue?.keys == Self.successPath)
            #expect(final["message"]?.isNull == true)
            #expect(final["duration"]?.intValue == 28)
            #expect(final["metrics"]?["recordCount"] == final["processed_rows"])
            // The state changed when the job completed, and the big integer bookmark grew.
            #expect(run.stateBefore != run.stateAfter)
            if run.connector == "salesforce" {
                let sequence = run.stateAfter?["bookmarks"]?["Invoice__c"]?["replication_key_value"]?.numberText
                #expect(sequence != "12345678901234567890")
                #expect(sequence?.count == 20)
                #expect(run.stateAfter?["bookmarks"]?["ExchangeRate__c"]?["replication_key_value"]?.numberText == "1.10")
            }
        }
    }

    @Test("a failing job stops at a *_FAILED status with a message and an error, and leaves the state alone")
    func failingLifecycle() async throws {
        try await withEmulator { (emulator, client) async throws in
            let run = try await firstJob(emulator, client, where: { $0.last?.hasSuffix("_FAILED") == true })
            let failed = try #require(run.statuses.last)
            let stage = String(failed.dropLast("_FAILED".count))
            #expect(Array(run.statuses.dropLast()) == Array(Self.successPath.prefix(run.statuses.count - 1)))
            #expect(run.statuses.dropLast().last == (stage == "DISCOVER" ? "DISCOVER_STARTED" : "\(stage)_STARTED"))
            #expect(run.finalJob["message"]?.stringValue?.isEmpty == false)
            #expect(run.finalJob["error"]?.stringValue?.contains("Traceback") == true)
            #expect(run.stateBefore == run.stateAfter)
        }
    }

    @Test("a second job while one runs is refused with 400, unless ignore_parallel_jobs")
    func parallelRefusal() async throws {
        try await withEmulator { (_, client) async throws in
            let path = client.v2("acme", "/jobs")
            #expect(try await client.sendJSON(.POST, path, ["connector_id": "salesforce", "job_type": "read"]).status == 200)
            let refused = try await client.sendJSON(.POST, path, ["connector_id": "hubspot", "job_type": "read"])
            #expect(refused.status == 400)
            #expect(refused.chalice.code == "BadRequestError")
            #expect(refused.chalice.message?.hasPrefix("A job is already running for tenant acme") == true)
            let allowed = try await client.sendJSON(
                .POST, path, ["connector_id": "hubspot", "job_type": "read", "ignore_parallel_jobs": true])
            #expect(allowed.status == 200)
            // Other tenants are not blocked.
            let other = try await client.get(client.v2("initech", "/linkedConnectors")).json
            if let connector = other[0]?["id"] {
                let answer = try await client.sendJSON(.POST, client.v2("initech", "/jobs"), ["connector_id": connector, "job_type": "read"])
                #expect(answer.status == 200)
            }
        }
    }

    @Test("reset_source_state clears the connector's state and runs a full sync")
    func resetSourceState() async throws {
        try await withEmulator { (emulator, client) async throws in
            #expect(await emulator.world.state(tenant: "acme", connector: "salesforce") != nil)
            let answer = try await client.sendJSON(
                .POST, client.v2("acme", "/jobs"), ["connector_id": "salesforce", "job_type": "read", "reset_source_state": true])
            #expect(answer.status == 200)
            #expect(try answer.json["sync_type"]?.stringValue == "full_sync")
            #expect(await emulator.world.state(tenant: "acme", connector: "salesforce") == nil)
            let state = try await client.get(client.v2("acme", "/linkedConnectors/state?connector_id=salesforce"))
            #expect(state.status == 404)
        }
    }

    @Test("the run endpoint refuses bad bodies", arguments: [
        (#"{"job_type": "read"}"#, 400, "Missing required field: connector_id"),
        (#"{"connector_id": "salesforce"}"#, 400, "Missing required field: job_type"),
        (#"{"connector_id": "salesforce", "job_type": "delete"}"#, 400, #"Field job_type must be "read" or "write", got "delete""#),
        (#"{"connector_id": "salesforce", "job_type": "read", "reset_source_state": "yes"}"#, 400,
         "Field reset_source_state must be true or false, got a string"),
        (#"{"connector_id": "salesforce", "job_type": "read", "override_selected_tables": []}"#, 400,
         "Field override_selected_tables must be an object, got an array"),
        (#"{"connector_id": "nope", "job_type": "read"}"#, 404, "Connector nope is not linked for tenant acme"),
        ("", 400, "Request body is empty; expected JSON"),
    ])
    func badBodies(body: String, status: Int, message: String) async throws {
        try await withEmulator { (_, client) async throws in
            let answer = try await client.send(.POST, client.v2("acme", "/jobs"), body: body)
            #expect(answer.status == status)
            #expect(answer.chalice.message == message)
        }
    }

    @Test("listing: newest first, count limits, status filters (JOB_FAILED matches every *_FAILED)")
    func listing() async throws {
        try await withEmulator { (_, client) async throws in
            let all = try await client.get(client.plain("acme", "/jobs")).json.arrayValue ?? []
            #expect(all.count >= 4)
            let starts = all.compactMap { $0["start_time"]?.stringValue }
            #expect(starts == starts.sorted(by: >))
            let two = try await client.get(client.plain("acme", "/jobs?count=2")).json.arrayValue ?? []
            #expect(two == Array(all.prefix(2)))
            let failed = try await client.get(client.plain("acme", "/jobs?status=JOB_FAILED")).json.arrayValue ?? []
            #expect(!failed.isEmpty)
            #expect(failed.allSatisfy { $0["status"]?.stringValue?.hasSuffix("_FAILED") == true })
            let syncFailed = try await client.get(client.plain("acme", "/jobs?status=SYNC_FAILED")).json.arrayValue ?? []
            #expect(syncFailed.allSatisfy { $0["status"]?.stringValue == "SYNC_FAILED" })
            #expect(!syncFailed.isEmpty)
            let completed = try await client.get(client.plain("acme", "/jobs?status=JOB_COMPLETED")).json.arrayValue ?? []
            #expect(completed.count + failed.count == all.count)
            let bad = try await client.get(client.plain("acme", "/jobs?count=-1"))
            #expect(bad.status == 400)
            #expect(try await client.get(client.plain("nobody", "/jobs")).body == "[]")
        }
    }

    @Test("the status poll: 400 without job_root, 404 for an unknown one")
    func statusErrors() async throws {
        try await withEmulator { (_, client) async throws in
            #expect(try await client.get(client.plain("acme", "/jobs/status")).status == 400)
            let unknown = try await client.get(client.plain("acme", "/jobs/status?job_root=\(queryEncoded("acme/flows/x/jobs/1"))"))
            #expect(unknown.status == 404)
            #expect(unknown.chalice.code == "NotFoundError")
        }
    }

    // MARK: helpers

    struct Run {
        let connector: String
        var statuses: [String] = []
        var rows: [Int] = []
        var finalJob: JSONValue = .null
        var stateBefore: JSONValue?
        var stateAfter: JSONValue?
    }

    /// Runs jobs on acme's connectors one after another, stepping the clock a stage at a time, until one whose
    /// status sequence satisfies `predicate`; the seed makes the search the same every time.
    private func firstJob(
        _ emulator: RunningEmulator, _ client: EmulatorClient, where predicate: ([String]) -> Bool
    ) async throws -> Run {
        for attempt in 0..<30 {
            let connector = ["salesforce", "hubspot", "quickbooks"][attempt % 3]
            var run = Run(connector: connector)
            run.stateBefore = await emulator.world.state(tenant: "acme", connector: connector)
            let created = try await client.sendJSON(
                .POST, client.v2("acme", "/jobs"), ["connector_id": .string(JSONString(connector)), "job_type": "read"])
            try #require(created.status == 200, "\(created.body)")
            let root = try #require(try created.json["s3_root"]?.stringValue)
            let statusPath = client.plain("acme", "/jobs/status?job_root=\(queryEncoded(root))")
            for _ in 0..<9 {
                let job = try await client.get(statusPath).json
                let status = try #require(job["status"]?.stringValue)
                if run.statuses.last != status { run.statuses.append(status) }
                run.rows.append(job["processed_rows"]?.intValue ?? -1)
                run.finalJob = job
                if status == "JOB_COMPLETED" || status.hasSuffix("_FAILED") { break }
                emulator.settings.clock.advance(by: .seconds(2))
                run.rows.append(try await client.get(statusPath).json["processed_rows"]?.intValue ?? -1)
                emulator.settings.clock.advance(by: .seconds(2))
            }
            run.stateAfter = await emulator.world.state(tenant: "acme", connector: connector)
            if predicate(run.statuses) { return run }
        }
        Issue.record("no job matched within 30 runs")
        throw CancellationError()
    }
}

import Foundation
import HotglueModels
import LosslessJSON
import Testing

@Suite("Model decoding")
struct ModelDecodingTests {
    @Test func jobReadsEveryDocumentedField() throws {
        let json = try JSONValue.parse(
            """
            {"job_id": "37g_DK", "env_id": "prod.hg.example.com", "flow_id": "l8odS2mce", "job_name": "nightly",
             "tenant": "acme", "started_by": "ops", "s3_root": "acme/flows/l8odS2mce/jobs/2022/01/4/19/15/37g_DK",
             "start_time": "2022-01-19T15:30:11.731333+00:00", "last_updated": "2022-01-19T15:31:00+00:00",
             "state": {"bookmarks": {}}, "tap": "salesforce", "target": "webhook", "connector_id": "salesforce",
             "job_type": "read", "status": "SYNC_FAILED", "scheduled_job": false, "message": "boom",
             "processed_rows": 18204, "sync_type": "incremental_sync", "override_start_date": null,
             "task_type": "sync", "metrics": {"recordCount": 18204}, "error": "Traceback ...",
             "status_timestamp": {"JOB_CREATED": "2022-01-19T15:30:11.731333+00:00",
                                  "SYNC_FAILED": "2022-01-19T15:31:00+00:00"},
             "streaming_job": false, "data_sizes": {"x": 1}}
            """)
        let job = try Job(json: json)
        #expect(job.id == "37g_DK")
        #expect(job.jobRoot?.jobID == "37g_DK")
        #expect(job.flow == "l8odS2mce")
        #expect(job.tenant == "acme")
        #expect(job.connector == "salesforce")
        #expect(job.jobType == .read)
        #expect(job.status == .syncFailed)
        #expect(job.status.isFailure && job.status.isTerminal)
        #expect(job.status.stage == .sync)
        #expect(job.syncType == .incrementalSync)
        #expect(job.metrics?.recordCount == 18204)
        #expect(job.recordCount == 18204)
        #expect(job.scheduledJob == false)
        #expect(job.message == "boom")
        #expect(job.error == "Traceback ...")
        #expect(job.overrideStartDate == nil)
        #expect(job.statusTimeline.map(\.status) == [.jobCreated, .syncFailed])
        let start = try #require(job.startTime)
        #expect(abs(start.timeIntervalSince1970 - 1_642_606_211.731333) < 0.000_01)
        #expect(job.raw["data_sizes"] == ["x": 1])
    }

    @Test func jobTakesFlowFromThePollFormAndIdFromTheRoot() throws {
        let job = try Job(json: ["flow": "abc", "s3_root": "t/flows/abc/jobs/2024/05/4/01/12/Zz9_x", "status": "ETL_STARTED"])
        #expect(job.flow == "abc")
        #expect(job.id == "Zz9_x")
        #expect(job.status.stage == .etl)
        #expect(!job.status.isTerminal)
    }

    @Test func jobWithoutAnyIdIsRejectedButMissingFieldsAreNot() throws {
        #expect(throws: ModelDecodingError.self) { try Job(json: ["status": "JOB_COMPLETED"]) }
        let nulls = try Job(json: ["job_id": "a", "message": nil, "error": nil, "flow_id": nil, "flow": "f"])
        #expect(nulls.message == nil)
        #expect(nulls.error == nil)
        #expect(nulls.flow == "f")
        let sparse = try Job(json: ["job_id": 12345])
        #expect(sparse.id == "12345")
        #expect(sparse.status == .other(Job.unknownStatus))
        #expect(sparse.startTime == nil)
    }

    @Test func jobStatusesClassify() {
        #expect(JobStatus(rawValue: "JOB_COMPLETED") == .jobCompleted)
        #expect(JobStatus(rawValue: "JOB_COMPLETED").isTerminal)
        #expect(!JobStatus(rawValue: "JOB_COMPLETED").isFailure)
        #expect(JobStatus(rawValue: "EXPORT_FAILED").isFailure)
        #expect(JobStatus(rawValue: "DISCOVER_STARTED").stage == .discover)
        let unknown = JobStatus(rawValue: "WEBHOOK_FAILED")
        #expect(unknown == .other("WEBHOOK_FAILED"))
        #expect(unknown.isFailure && unknown.isTerminal)
        #expect(JobStatus(rawValue: "EXPORT_SUCCESS").stage == .export)
        #expect(JobStatus(rawValue: "EXPORT_SUCCESS").isRunning)
        #expect(JobStatus.jobCreated.rawValue == "JOB_CREATED")
        #expect(JobStage.sync < JobStage.etl)
    }

    @Test func linkedConnectorNeedsOnlyAnId() throws {
        let full = try LinkedConnector(
            json: try JSONValue.parse(
                #"{"id": "hubspot", "label": "HubSpot", "type": "oauth", "domain": "hubspot.com", "icon": "x.svg", "config": {"access_token": "t"}, "field_map": {}, "catalog": {"streams": []}, "extra": 1}"#
            ))
        #expect(full.id == "hubspot")
        #expect(full.type == .oauth)
        #expect(full.config?["access_token"] == "t")
        #expect(full.fieldMap == [:])
        #expect(full.catalogSummary?.streams.isEmpty == true)
        #expect(full.raw["extra"] == 1)
        let bare = try LinkedConnector(json: ["id": "x"])
        #expect(bare.label == nil && bare.config == nil && bare.displayName == "x")
        #expect(throws: ModelDecodingError.self) { try LinkedConnector(json: ["label": "No id"]) }
        #expect(throws: ModelDecodingError.self) { try LinkedConnector(json: ["a", "b"]) }
    }

    @Test func connectorSettingsAreTolerant() throws {
        let settings = try ConnectorSettings(
            json: ["id": "stripe", "label": "Stripe", "type": "api", "tags": "payments, billing", "isSource": "true",
                   "isTarget": false, "beta": true])
        #expect(settings.type == .api)
        #expect(settings.tags == ["payments", "billing"])
        #expect(settings.isSource == true)
        #expect(settings.isTarget == false)
        #expect(settings.raw["beta"] == true)
        let other = try ConnectorSettings(json: ["id": "x", "type": "basic"])
        #expect(other.type == .other("basic"))
        #expect(other.tags.isEmpty)
    }

    @Test func flowsReadFromObjectsAndBareStrings() throws {
        #expect(try Flow(json: ["id": "f1", "name": "Main", "description": "d"]).name == "Main")
        #expect(try Flow(json: "f2").id == "f2")
        #expect(throws: ModelDecodingError.self) { try Flow(json: ["name": "x"]) }
    }

    @Test func discoverStatusTreatsAnythingButRunningAsFinished() {
        #expect(DiscoverStatus(json: ["status": "RUNNING"]) == .running)
        #expect(DiscoverStatus(json: ["status": nil]) == .none)
        #expect(DiscoverStatus(json: .null) == .none)
        #expect(DiscoverStatus(json: ["status": "SUCCEEDED"]) == .succeeded)
        #expect(DiscoverStatus(json: ["status": "FAILED", "message": "bad creds"]) == .failed(message: "bad creds"))
        let odd = DiscoverStatus(json: ["status": "TIMED_OUT"])
        #expect(odd == .other("TIMED_OUT"))
        #expect(odd.isFinished)
        #expect(!DiscoverStatus.running.isFinished)
    }

    @Test func catalogSummaryReadsRootMetadata() throws {
        let catalog = Catalog(
            json: try JSONValue.parse(
                """
                {"streams": [
                  {"tap_stream_id": "Account", "stream": "Account",
                   "schema": {"properties": {"Id": {}, "Name": {}}},
                   "metadata": [
                     {"breadcrumb": ["properties", "Id"], "metadata": {"inclusion": "automatic"}},
                     {"breadcrumb": [], "metadata": {"inclusion": "available", "selected": true,
                      "replication-method": "INCREMENTAL", "replication-key": "SystemModstamp",
                      "table-key-properties": ["Id"]}}]},
                  {"stream": "Legacy", "replication_method": "FULL_TABLE", "selected": false},
                  {"schema": {}}
                ]}
                """))
        #expect(catalog.streams.map(\.tapStreamID) == ["Account", "Legacy"])
        let account = catalog.streams[0]
        #expect(account.selected == true)
        #expect(account.replicationMethod == "INCREMENTAL")
        #expect(account.replicationKey == "SystemModstamp")
        #expect(account.inclusion == "available")
        #expect(account.keyProperties == ["Id"])
        #expect(account.propertyCount == 2)
        #expect(catalog.streams[1].replicationMethod == "FULL_TABLE")
        #expect(catalog.selectedStreams.map(\.tapStreamID) == ["Account"])
        #expect(Catalog(json: "not a catalog").streams.isEmpty)
    }

    @Test func jobLogPagesReadObjectAndArrayForms() throws {
        let page = try JobLogPage(
            json: try JSONValue.parse(
                #"{"lines": [{"timestamp": "2024-05-01T00:00:01.000000+00:00", "level": "INFO", "message": "started"}], "next_offset": 7, "complete": false}"#
            ), requestedOffset: 6)
        #expect(page.lines.map(\.text) == ["started"])
        #expect(page.lines[0].level == "INFO")
        #expect(page.lines[0].offset == 6)
        #expect(page.lines[0].time != nil)
        #expect(page.nextOffset == 7)
        #expect(page.isComplete == false)
        let bare = try JobLogPage(json: ["one", "two"], requestedOffset: 10)
        #expect(bare.nextOffset == 12)
        #expect(bare.isComplete == nil)
        #expect(throws: ModelDecodingError.self) { try JobLogPage(json: ["nothing": 1], requestedOffset: 0) }
    }
}

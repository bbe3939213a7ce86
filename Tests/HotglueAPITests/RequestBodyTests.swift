import HotglueModels
import LosslessJSON
import Testing

@Suite("Request bodies")
struct RequestBodyTests {
    @Test func linkBodyFollowsTheSpec() {
        let request = LinkConnectorRequest(
            connector: "salesforce", config: ["access_token": "t"],
            schedule: ConnectorSchedule(expression: "rate(1 day)"), fieldMap: ["a": "b"])
        #expect(request.jsonBody.compact()
            == #"{"connector":{"id":"salesforce","config":{"access_token":"t"}},"schedule":{"schedule_expression":"rate(1 day)","state":"ENABLED"},"field_map":{"a":"b"}}"#)
    }

    @Test func updateBodySendsOnlyWhatChanges() {
        #expect(UpdateConnectorRequest(connector: "x", config: ["start_date": "2024-01-01"]).jsonBody.compact()
            == #"{"connector_id":"x","config":{"start_date":"2024-01-01"}}"#)
        #expect(UpdateConnectorRequest(connector: "x").jsonBody.compact() == #"{"connector_id":"x"}"#)
    }

    @Test func runJobBodySendsSetFieldsOnly() {
        let minimal = RunJobRequest(connector: "hubspot")
        #expect(minimal.jsonBody.compact() == #"{"connector_id":"hubspot","job_type":"read"}"#)
        let full = RunJobRequest(
            connector: "hubspot", jobType: .write, jobName: "fix", overrideStartDate: "2024-05-01T00:00:00Z",
            resetSourceState: true, overrideSelectedTables: ["Vendors": true], ignoreParallelJobs: true,
            extraFields: ["override_tap_config": ["x": 1], "job_type": "read"])
        #expect(full.jsonBody.compact()
            == #"{"connector_id":"hubspot","job_type":"write","job_name":"fix","override_start_date":"2024-05-01T00:00:00Z","reset_source_state":true,"override_selected_tables":{"Vendors":true},"ignore_parallel_jobs":true,"override_tap_config":{"x":1}}"#)
    }
}

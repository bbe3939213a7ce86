import GlueEvents
import HotglueModels
import LosslessJSON
import Testing

@Suite("Webhook bodies read as job, discover and connection events")
struct EventParsingTests {
    private func event(_ text: String) throws -> HotglueEvent {
        try HotglueEvent(webhookBody: Array(text.utf8))
    }

    private func reason(_ text: String) -> String? {
        do {
            _ = try HotglueEvent(webhookBody: Array(text.utf8))
            return nil
        } catch {
            return error.reason
        }
    }

    @Test("a job event is the job details object: s3_root, status, message and tenant read")
    func jobDetails() throws {
        let parsed = try event(jobBody(status: "SYNC_FAILED", message: "tap-salesforce: 429 Too Many Requests"))
        guard case .job(let job) = parsed else { Issue.record("not a job: \(parsed)"); return }
        #expect(job.jobRoot == JobRoot("acme/flows/l8odS2mce/jobs/2024/05/4/01/12/37g_DK"))
        #expect(job.id == "37g_DK")
        #expect(job.status == JobStatus(rawValue: "SYNC_FAILED"))
        #expect(job.message == "tap-salesforce: 429 Too Many Requests")
        #expect(parsed.tenant == "acme")
    }

    @Test("a job event with job_id and no s3_root, and one wrapped under job or data, are jobs")
    func jobVariants() throws {
        let bare = try event(#"{"job_id": "x1Y2z3", "tenant": "acme", "status": "JOB_CREATED"}"#)
        #expect(bare.summary == "job JOB_CREATED")
        let wrapped = try event(#"{"event": "job", "job": \#(jobBody(status: "JOB_COMPLETED"))}"#)
        #expect(wrapped.summary == "job JOB_COMPLETED")
        let data = try event(#"{"type": "job.status_changed", "data": \#(jobBody(status: "ETL_STARTED"))}"#)
        #expect(data.summary == "job ETL_STARTED")
    }

    @Test("a discover event: tenant, connector, status, message, time; its variants")
    func discover() throws {
        let parsed = try event("""
            {"event": "discover", "tenant": "acme", "connector_id": "hubspot", "status": "FAILED",
             "message": "401 Unauthorized", "timestamp": "2024-05-01T12:00:08.000000+00:00"}
            """)
        #expect(parsed == .discover(DiscoverEvent(
            tenant: "acme", connector: "hubspot", status: "FAILED", message: "401 Unauthorized",
            time: HotglueDate.parse("2024-05-01T12:00:08+00:00"))))
        let variant = try event(#"{"type": "DISCOVER_FINISHED", "tenant_id": "globex", "connector": {"id": "xero"}, "state": "succeeded"}"#)
        #expect(variant == .discover(DiscoverEvent(tenant: "globex", connector: "xero", status: "SUCCEEDED")))
    }

    @Test("a connection event: linked or unlinked, from action or from the event's name")
    func connection() throws {
        let linked = try event(#"{"event": "connection", "action": "linked", "tenant": "acme", "connector_id": "stripe"}"#)
        #expect(linked == .connection(ConnectionEvent(tenant: "acme", connector: "stripe", change: .linked)))
        let named = try event(#"{"event": "connector.unlinked", "tenant": "acme", "connector_id": "stripe"}"#)
        #expect(named == .connection(ConnectionEvent(tenant: "acme", connector: "stripe", change: .unlinked)))
        let deleted = try event(#"{"type": "connection", "status": "deleted", "tenant": "acme", "source_id": "stripe"}"#)
        #expect(deleted.summary == "connection unlinked")
    }

    @Test("junk is not an event, and the reason names what was missing")
    func junk() {
        #expect(reason("not json")?.contains("not JSON") == true)
        #expect(reason("[1, 2]") == "expected a JSON object, found an array")
        #expect(reason(#"{"hello": "world"}"#)?.contains("`s3_root` or `job_id` and `status`") == true)
        #expect(reason(#"{"s3_root": "acme/flows/f/jobs/2024/05/4/01/12/ab12"}"#)?.contains("needs `status`") == true)
        #expect(reason(#"{"status": "SYNC_STARTED"}"#)?.contains("needs `s3_root` or `job_id`") == true)
        #expect(reason(#"{"event": "discover", "tenant": "acme", "status": "FAILED"}"#) == "a discover event needs `connector_id`")
        #expect(reason(#"{"event": "connection", "tenant": "acme", "connector_id": "x"}"#)
            == "a connection event needs `action` (linked or unlinked)")
        #expect(reason(#"{"event": "invoice.paid", "s3_root": "a/b", "status": "x"}"#)?.contains("none of job, discover or connection") == true)
        #expect(reason("") != nil)
    }

    @Test("a body nested deeper than any event is refused, not recursed into")
    func deepNesting() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(reason(deep) != nil)
    }
}

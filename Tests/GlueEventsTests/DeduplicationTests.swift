@testable import GlueEvents
import HotglueModels
import Testing

@Suite("De-duplication: by s3_root and status, in bounded memory")
struct DeduplicationTests {
    private func intake(kept: Int = 100) -> WebhookIntake {
        WebhookIntake(.init(secret: nil, maxBodyBytes: 1 << 20, recentKeysKept: kept))
    }

    private func take(_ intake: WebhookIntake, _ text: String) -> String {
        switch intake.take(body: Array(text.utf8), signature: nil) {
        case .accepted: "accepted"
        case .duplicate: "duplicate"
        case .refused(let refusal): "refused \(refusal.reason.rawValue)"
        }
    }

    @Test("the same job at the same status is a duplicate; another status or another job is not")
    func jobs() {
        let intake = intake()
        #expect(take(intake, jobBody(status: "SYNC_STARTED")) == "accepted")
        #expect(take(intake, jobBody(status: "SYNC_STARTED")) == "duplicate")
        #expect(take(intake, jobBody(status: "SYNC_SUCCESS")) == "accepted")
        #expect(take(intake, jobBody(root: "acme/flows/l8odS2mce/jobs/2024/05/4/01/13/zz9_Q1", status: "SYNC_STARTED")) == "accepted")
        // A late duplicate of an earlier status is still one.
        #expect(take(intake, jobBody(status: "SYNC_STARTED")) == "duplicate")
        let status = intake.status
        #expect(status.received == 5 && status.accepted == 3 && status.duplicates == 2 && status.refusedTotal == 0)
    }

    @Test("the same body with other fields changed (last_updated) is still the same event")
    func sameKeyOtherFields() {
        let intake = intake()
        #expect(take(intake, jobBody(status: "JOB_COMPLETED")) == "accepted")
        #expect(take(intake, jobBody(status: "JOB_COMPLETED", message: "done again")) == "duplicate")
    }

    @Test("discover and connection events: the same event twice is one; at another time it is another")
    func otherKinds() {
        let intake = intake()
        let discover = #"{"event": "discover", "tenant": "acme", "connector_id": "x", "status": "FAILED", "timestamp": "2024-05-01T12:00:00+00:00"}"#
        let later = #"{"event": "discover", "tenant": "acme", "connector_id": "x", "status": "FAILED", "timestamp": "2024-05-01T12:05:00+00:00"}"#
        let linked = #"{"event": "connection", "action": "linked", "tenant": "acme", "connector_id": "x", "timestamp": "2024-05-01T12:00:00+00:00"}"#
        #expect([discover, discover, later, linked, linked].map { take(intake, $0) }
            == ["accepted", "duplicate", "accepted", "accepted", "duplicate"])
    }

    @Test("memory is bounded: past the capacity the oldest keys are forgotten")
    func bounded() {
        var keys = RecentEventKeys(capacity: 3)
        let events = (0..<5).map { EventKey(.connection(ConnectionEvent(tenant: TenantID("t\($0)"), connector: "c", change: .linked))) }
        for key in events {
            let inserted = keys.insert(key)
            #expect(inserted)
        }
        #expect(keys.count == 3)
        #expect(!keys.contains(events[0]) && !keys.contains(events[1]))
        #expect(keys.contains(events[2]) && keys.contains(events[4]))
        let again = keys.insert(events[4])
        #expect(!again)
        let forgotten = keys.insert(events[0])
        #expect(forgotten)
    }

    @Test("a key forgotten (its event not kept) and taken again is not freed by its old slot")
    func forgottenAndTakenAgain() {
        var keys = RecentEventKeys(capacity: 3)
        let a = EventKey(.connection(ConnectionEvent(tenant: "a", connector: "c", change: .linked)))
        let b = EventKey(.connection(ConnectionEvent(tenant: "b", connector: "c", change: .linked)))
        let c = EventKey(.connection(ConnectionEvent(tenant: "c", connector: "c", change: .linked)))
        let first = keys.insert(a)
        keys.remove(a)
        let taken = [keys.insert(b), keys.insert(a), keys.insert(c)]
        #expect(first && taken == [true, true, true])
        // The ring was [a (forgotten), b, a]: c reused a's old slot, and that must not forget the a taken again.
        #expect(keys.contains(a) && keys.contains(b) && keys.contains(c))
    }

    @Test("a refused delivery never enters the memory: a signed redelivery of it is taken")
    func refusedNotRemembered() {
        let intake = WebhookIntake(.init(secret: WebhookSecret("s3cret"), maxBodyBytes: 1 << 20, recentKeysKept: 10))
        let body = Array(jobBody(status: "SYNC_FAILED").utf8)
        guard case .refused(.signatureMismatch) = intake.take(body: body, signature: String(repeating: "0", count: 40)) else {
            Issue.record("a wrong signature was not refused")
            return
        }
        let signature = WebhookSignature.hex(of: body, secret: WebhookSecret("s3cret"))
        guard case .accepted = intake.take(body: body, signature: signature) else {
            Issue.record("the signed delivery was not accepted")
            return
        }
    }
}

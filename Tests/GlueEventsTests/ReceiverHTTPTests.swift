import GlueEvents
import HotglueModels
import TestSupport
import Testing

@Suite("WebhookReceiver over real HTTP: answers, counts and batches")
struct ReceiverHTTPTests {
    @Test("with a secret: a missing, a malformed and a wrong signature are 401; a good one is 202")
    func signatures() async throws {
        try await withReceiver(secret: "s3cret") { receiver, poster, collector async throws in
            let body = jobBody(status: "SYNC_STARTED")
            let missing = try await poster.post(body, signedWith: nil)
            #expect(missing.status == 401)
            #expect(missing.body.contains("missing X-Hub-Signature"))
            #expect(try await poster.post(Array(body.utf8), signature: "sha1=nothex").status == 401)
            let wrong = try await poster.post(body, signedWith: "another-secret")
            #expect(wrong.status == 401)
            #expect(!wrong.body.contains("s3cret"))
            #expect(try await poster.post(body, signedWith: "s3cret").status == 202)
            let prefixed = Array(jobBody(status: "SYNC_SUCCESS").utf8)
            let signature = "sha1=" + WebhookSignature.hex(of: prefixed, secret: WebhookSecret("s3cret"))
            #expect(try await poster.post(prefixed, signature: signature).status == 202)
            let status = receiver.status.intake
            #expect(status.refused == [.signatureMissing: 1, .signatureMalformed: 1, .signatureMismatch: 1])
            #expect(status.accepted == 2 && status.received == 5)
            #expect(await collector.waitFor(2))
            #expect(collector.events.map(\.summary) == ["job SYNC_STARTED", "job SYNC_SUCCESS"])
        }
    }

    @Test("without a secret, unsigned deliveries are taken")
    func unsigned() async throws {
        try await withReceiver { _, poster, collector async throws in
            #expect(try await poster.post(jobBody(status: "JOB_CREATED"), signedWith: nil).status == 202)
            #expect(await collector.waitFor(1))
        }
    }

    @Test("a body that is no event is 400 with the reason; signed junk is still junk")
    func notAnEvent() async throws {
        try await withReceiver(secret: "s3cret") { receiver, poster, collector async throws in
            let answer = try await poster.post(#"{"hello": "world"}"#, signedWith: "s3cret")
            #expect(answer.status == 400)
            #expect(answer.body.contains("needs `s3_root` or `job_id` and `status`"))
            #expect(try await poster.post("<html>", signedWith: "s3cret").status == 400)
            #expect(receiver.status.intake.refused == [.notAnEvent: 2])
            #expect(collector.events.isEmpty)
        }
    }

    @Test("a body over the limit is 413; one just within it is read and judged")
    func tooLarge() async throws {
        try await withReceiver(maxBodyBytes: 2_048) { receiver, poster, _ async throws in
            let padding = String(repeating: "x", count: 4_096)
            let large = #"{"s3_root": "a/b/c", "status": "SYNC_STARTED", "pad": "\#(padding)"}"#
            let answer = try await poster.post(large, signedWith: nil)
            #expect(answer.status == 413)
            #expect(answer.body.contains("larger than 2048 bytes"))
            // Just under the limit is read and judged.
            let fits = #"{"s3_root": "a/b/c", "status": "SYNC_STARTED", "pad": "\#(String(repeating: "x", count: 1_900))"}"#
            #expect(try await poster.post(fits, signedWith: nil).status == 202)
            #expect(receiver.status.intake.refused == [.tooLarge: 1])
        }
    }

    @Test("a duplicate is answered 2xx (so the sender stops) and handed out once")
    func duplicates() async throws {
        try await withReceiver { receiver, poster, collector async throws in
            #expect(try await poster.post(jobBody(status: "SYNC_FAILED"), signedWith: nil).status == 202)
            #expect(try await poster.post(jobBody(status: "SYNC_FAILED"), signedWith: nil).status == 200)
            #expect(try await poster.post(jobBody(status: "JOB_CREATED"), signedWith: nil).status == 202)
            #expect(await collector.waitFor(2))
            #expect(collector.events.map(\.summary) == ["job SYNC_FAILED", "job JOB_CREATED"])
            #expect(receiver.status.intake.duplicates == 1)
        }
    }

    @Test("events arriving together come out as one batch; GET answers the counts")
    func batching() async throws {
        // A window no test run reaches, and a batch full at five: the five posts land in one batch however slowly
        // a loaded machine sends them, and it comes out the moment the fifth arrives.
        try await withReceiver(batchWindow: .seconds(3_600), maxBatch: 5) { receiver, poster, collector async throws in
            let statuses = ["JOB_CREATED", "DISCOVER_STARTED", "SYNC_STARTED", "SYNC_SUCCESS", "JOB_COMPLETED"]
            for status in statuses {
                #expect(try await poster.post(jobBody(status: status), signedWith: nil).status == 202)
            }
            #expect(await collector.waitFor(5))
            #expect(collector.batches.map(\.count) == [5])
            #expect(collector.events.map(\.summary) == statuses.map { "job \($0)" })
            let health = try await poster.post([], method: .GET)
            #expect(health.status == 200)
            #expect(health.body.contains("received 5, accepted 5"))
            #expect(receiver.status.batches == 1)
        }
    }

    @Test("the port is taken: start throws, naming the address")
    func portTaken() async throws {
        try await withReceiver { receiver, _, _ async throws in
            await #expect(throws: WebhookServerError.self) {
                _ = try await WebhookReceiver.start(WebhookReceiverConfiguration(listen: receiver.address))
            }
        }
    }
}

import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

@Suite("Job logs (emulator extension)")
struct JobLogsExtensionTests {
    @Test("lines appear as the job progresses; offset pages; complete once the job is done")
    func logsFollowTheJob() async throws {
        try await withEmulator { (emulator, client) async throws in
            let created = try await client.sendJSON(
                .POST, client.v2("acme", "/jobs"), ["connector_id": "salesforce", "job_type": "read"])
            let root = try #require(try created.json["s3_root"]?.stringValue)
            let logsPath = { (offset: Int) in client.plain("acme", "/jobs/logs?job_root=\(queryEncoded(root))&offset=\(offset)") }

            let first = try await client.get(logsPath(0))
            #expect(first.status == 200)
            #expect(first.headers.first(name: "x-gluetop-extension") == "job-logs")
            let firstPage = try first.json
            let firstLines = try #require(firstPage["lines"]?.arrayValue)
            #expect(firstLines.count == 1)
            #expect(firstLines[0]["level"]?.stringValue == "INFO")
            #expect(firstLines[0]["timestamp"]?.stringValue == "2024-05-01T12:00:00.000000+00:00")
            #expect(firstLines[0]["message"]?.stringValue?.contains("created") == true)
            #expect(firstPage["next_offset"]?.intValue == 1)
            #expect(firstPage["complete"]?.boolValue == false)

            // Nothing new until the clock moves.
            let same = try await client.get(logsPath(1)).json
            #expect(same["lines"]?.arrayValue?.isEmpty == true)
            #expect(same["next_offset"]?.intValue == 1)

            var offset = 1
            var messages: [String] = []
            var complete = false
            for _ in 0..<20 where !complete {
                emulator.settings.clock.advance(by: .seconds(2))
                let page = try await client.get(logsPath(offset)).json
                let lines = page["lines"]?.arrayValue ?? []
                messages += lines.compactMap { $0["message"]?.stringValue }
                let next = try #require(page["next_offset"]?.intValue)
                #expect(next == offset + lines.count)
                offset = next
                complete = page["complete"]?.boolValue == true
            }
            #expect(complete)
            #expect(messages.contains { $0.contains("record_count") })
            #expect(messages.contains { $0.hasPrefix("tap-salesforce") })
            let finalStatus = try await client.get(client.plain("acme", "/jobs/status?job_root=\(queryEncoded(root))")).json["status"]
            if finalStatus?.stringValue == "JOB_COMPLETED" {
                #expect(messages.last?.contains("completed") == true)
            } else {
                #expect(messages.contains { $0.contains("failed") })
            }
            // Reading from 0 again gives the whole log, the same lines.
            let whole = try await client.get(logsPath(0)).json
            #expect(whole["lines"]?.arrayValue?.count == offset)
        }
    }

    @Test("logs errors: unknown job 404, bad offset 400")
    func errors() async throws {
        try await withEmulator { (_, client) async throws in
            let unknown = try await client.get(client.plain("acme", "/jobs/logs?job_root=nope"))
            #expect(unknown.status == 404)
            let badOffset = try await client.get(client.plain("acme", "/jobs/logs?job_root=x&offset=minus"))
            #expect(badOffset.status == 400)
        }
    }
}

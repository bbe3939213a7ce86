import Foundation
import HotglueAPI
import HotglueModels
import LosslessJSON
import Testing

/// The client's decisions with exact, scripted answers.
@Suite("Client logic")
struct ClientLogicTests {
    func client(_ transport: ScriptedTransport, policy: RetryPolicy = fastRetries) -> HotglueClient {
        HotglueClient(
            configuration: HotglueConfiguration(
                baseURL: "https://api.example.test/", environment: "prod.hg.example.com", flow: "l8odS2mce",
                apiKey: "hg-key-0000000", retryPolicy: policy),
            transport: transport)
    }

    @Test func buildsPathsQueriesAndHeaders() async throws {
        let transport = ScriptedTransport([jsonAnswer(200, #"{"job_id": "a1", "status": "SYNC_STARTED"}"#)])
        let client = client(transport)
        _ = try await client.pollJob(tenant: "acme eu", jobRoot: "acme/flows/f/jobs/2024/05/4/01/12/a1")
        let request = try #require(transport.sent.first)
        #expect(request.method == .get)
        #expect(request.url
            == "https://api.example.test/prod.hg.example.com/l8odS2mce/acme%20eu/jobs/status?job_root=acme%2Fflows%2Ff%2Fjobs%2F2024%2F05%2F4%2F01%2F12%2Fa1")
        #expect(request.headers.contains { $0.name == "x-api-key" && $0.value == "hg-key-0000000" })
        #expect(request.body == nil)
    }

    @Test func setStateSendsTheDocumentedBody() async throws {
        let transport = ScriptedTransport([jsonAnswer(200, "{}")])
        try await client(transport).setState(tenant: "acme", connector: "sf", state: ["bookmarks": [:]])
        let request = try #require(transport.sent.first)
        #expect(request.method == .put)
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"state":{"bookmarks":{}}}"#)
        #expect(request.headers.contains { $0.name == "Content-Type" && $0.value == "application/json" })
    }

    @Test func aServerRetryAfterOnA503IsHonoured() async throws {
        let transport = ScriptedTransport([
            jsonAnswer(503, #"{"Code": "ChaliceViewError", "Message": "busy"}"#, headers: [("Retry-After", "0.2")]),
            jsonAnswer(200, #"["acme"]"#),
        ])
        let (tenants, elapsed) = try await measure { try await client(transport).listTenants() }
        #expect(tenants == ["acme"])
        #expect(elapsed >= .milliseconds(200))
    }

    @Test func noStateAnswersMeanNil() async throws {
        let answers: [ScriptedTransport.Step] = [
            jsonAnswer(404, #"{"Code": "NotFoundError", "Message": "No state found for connector sf"}"#),
            jsonAnswer(400, #"{"Code": "BadRequestError", "Message": "State does not exist"}"#),
            jsonAnswer(200, ""),
            jsonAnswer(200, "{}"),
            jsonAnswer(400, #"{"Code": "BadRequestError", "Message": "connector_id is invalid"}"#),
        ]
        let client = client(ScriptedTransport(answers))
        #expect(try await client.getState(tenant: "t", connector: "sf") == nil)
        #expect(try await client.getState(tenant: "t", connector: "sf") == nil)
        #expect(try await client.getState(tenant: "t", connector: "sf") == nil)  // empty body, not `.null`
        #expect(try await client.getState(tenant: "t", connector: "sf") == [:])
        let error = await expectAPIError { () async throws(APIError) in
            try await client.getState(tenant: "t", connector: "sf")
        }
        #expect(error?.category == .badRequest)
    }

    @Test func aGatewayWithoutTheLogRouteMeansNoLogs() async throws {
        let transport = ScriptedTransport([jsonAnswer(403, #"{"message": "Missing Authentication Token"}"#)])
        #expect(try await client(transport).jobLogs(tenant: "t", jobRoot: "r") == .unavailable)
        let forbidden = ScriptedTransport([jsonAnswer(403, #"{"Code": "ForbiddenError", "Message": "no"}"#)])
        let error = await expectAPIError { () async throws(APIError) in
            try await client(forbidden).jobLogs(tenant: "t", jobRoot: "r")
        }
        #expect(error?.category == .forbidden)
    }

    @Test func listsSkipElementsWithoutAnIdAndAcceptWrappedLists() async throws {
        let transport = ScriptedTransport([
            jsonAnswer(200, #"[{"id": "a"}, {"label": "no id"}, {"id": "b", "new_field": 1}]"#),
            jsonAnswer(200, #"{"connectors": [{"id": "c"}]}"#),
            jsonAnswer(200, #"{"id": "not a list"}"#),
        ])
        let client = client(transport)
        #expect(try await client.availableConnectors().map(\.id) == ["a", "b"])
        #expect(try await client.availableConnectors().map(\.id) == ["c"])
        let error = await expectAPIError { () async throws(APIError) in try await client.availableConnectors() }
        #expect(error?.category == .decoding)
    }

    @Test func aPATCHThatMayHaveArrivedIsNotRepeated() async throws {
        let transport = ScriptedTransport([
            .fail(TransportError(.interrupted, "the server closed the connection")),
            jsonAnswer(200, "{}"),
        ])
        let error = await expectAPIError { () async throws(APIError) in
            try await client(transport).updateConnector(tenant: "t", UpdateConnectorRequest(connector: "sf"))
        }
        #expect(error?.category == .transport)
        #expect(transport.sent.count == 1)
    }

    @Test func retryEventsCountTries() async throws {
        let transport = ScriptedTransport([
            jsonAnswer(502, "{}"), jsonAnswer(502, "{}"), jsonAnswer(200, "[]"),
        ])
        let client = client(transport)
        let events = client.retryEvents()
        _ = try await client.listTenants()
        await client.shutdown()
        var summaries: [String] = []
        for await event in events { summaries.append(event.summary) }
        // Full jitter at a fixed 0.5: 20 ms · 0.5, then 40 ms · 0.5.
        #expect(summaries == ["retry 2/4 in 10 ms", "retry 3/4 in 20 ms"])
    }
}

import Foundation
import GlueApp
@testable import GlueMCP
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import MCP
import Testing

/// Tool calls in-process against the emulator: the write path's conflict check, the journal's origin and client,
/// and a production profile's refusal, each read back from the emulator's world.
@Suite("MCP tool calls in-process")
struct ToolRunnerTests {
    struct Fixture {
        let emulator: RunningEmulator
        let backend: MCPBackend
        let runner: ToolRunner
        let home: URL
        let connector: String

        init(production: Bool = false) async throws {
            emulator = try await HotglueEmulatorServer.start(EmulatorSettings())
            home = FileManager.default.temporaryDirectory.appendingPathComponent("gluemcp-\(UUID().uuidString)")
            let settings = emulator.settings
            let configuration = HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey), retryPolicy: RetryPolicy(maxAttempts: 1))
            backend = MCPBackend(connection: FrontEndConnection(
                configuration: configuration, profile: "emu", readOnly: false, production: production,
                environment: ["XDG_STATE_HOME": home.appendingPathComponent("state").path, "HOME": home.path]))
            runner = ToolRunner(backend: backend, changes: backend.changePerformer(clientName: "claude-test"))
            connector = try #require(await emulator.world.linkedConnectors(tenant: "acme").first?["id"]?.stringValue)
            await emulator.world.setState(["bookmarks": ["orders": ["last_record": "2024-01-01"]]], tenant: "acme",
                                          connector: connector)
        }

        func call(_ name: String, _ arguments: [String: Value]) async throws -> CallTool.Result {
            try await runner.call(name, arguments)
        }

        var journal: [JSONValue] {
            let path = home.appendingPathComponent("state/gluetop/journal.jsonl").path
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").compactMap { try? JSONValue.parse(String($0)) }
        }

        func close() async throws {
            await backend.shutdown()
            try await emulator.shutdown()
            try? FileManager.default.removeItem(at: home)
        }
    }

    @Test("a stale expected_state is a conflict: nothing written, the current state in the answer")
    func staleExpectedState() async throws {
        let fixture = try await Fixture()
        let base: [String: Value] = ["tenant": "acme", "connector_id": .string(fixture.connector)]
        let read = try await fixture.call("getconnectorstate", base)
        let expected = try #require(read.structuredContent?.objectValue?["state_json"])
        let meanwhile: JSONValue = ["bookmarks": ["orders": ["last_record": "2025-06-01"]]]
        await fixture.emulator.world.setState(meanwhile, tenant: "acme", connector: fixture.connector)

        var arguments = base
        arguments["state"] = .string(#"{"bookmarks": {}}"#)
        arguments["expected_state"] = expected
        let stale = try await fixture.call("setconnectorstate", arguments)
        #expect(stale.isError == true)
        let error = stale.structuredContent?.objectValue
        #expect(error?["error"] == "conflict" && error?["argument"] == "expected_state")
        #expect(await fixture.emulator.world.state(tenant: "acme", connector: fixture.connector) == meanwhile)

        arguments["expected_state"] = .string(meanwhile.compact())
        let fresh = try await fixture.call("setconnectorstate", arguments)
        #expect(fresh.isError == false, "\(fresh.content)")
        #expect(await fixture.emulator.world.stateText(tenant: "acme", connector: fixture.connector) == #"{"bookmarks":{}}"#)
        let intents = fixture.journal.filter { $0["kind"] == "intent" }
        #expect(intents.count == 2)
        #expect(intents.allSatisfy { $0["origin"] == "mcp" && $0["client"] == "claude-test" && $0["profile"] == "emu" })
        try await fixture.close()
    }

    @Test("production: an unconfirmed unlinkconnector is refused and journals nothing; confirmed, it unlinks")
    func productionUnlink() async throws {
        let fixture = try await Fixture(production: true)
        var arguments: [String: Value] = ["tenant": "acme", "connector_id": .string(fixture.connector)]
        let refused = try await fixture.call("unlinkconnector", arguments)
        #expect(refused.isError == true && refused.structuredContent?.objectValue?["error"] == "refused")
        let linked = { await fixture.emulator.world.linkedConnectors(tenant: "acme").compactMap { $0["id"]?.stringValue } }
        #expect(await linked().contains(fixture.connector))
        #expect(fixture.journal.isEmpty)
        arguments["confirm"] = .string("acme/\(fixture.connector)")
        let done = try await fixture.call("unlinkconnector", arguments)
        #expect(done.isError == false, "\(done.content)")
        #expect(await !linked().contains(fixture.connector))
        try await fixture.close()
    }

    @Test("an unknown tool is a protocol error naming it")
    func unknownTool() async throws {
        let fixture = try await Fixture()
        await #expect(throws: MCPError.self) { _ = try await fixture.call("nosuchtool", [:]) }
        do {
            _ = try await fixture.call("nosuchtool", [:])
        } catch {
            #expect("\(error)".contains("nosuchtool"))
        }
        try await fixture.close()
    }
}

import HotglueEmulator
import TestSupport
import Testing

/// `gluetop mcp` driven by the Python `mcp` client (Tests/MCP/scenarios.py) against the emulator, over stdio and
/// streamable HTTP: one test per scenario, each with its own emulator and home.
@Suite("gluetop mcp with the Python mcp client", .serialized,
       .needs(MCPScenario.ready, "a built gluetop binary and a Python with mcp (.build/mcp-venv)"))
struct MCPScenarioTests {
    private func expectPass(_ scenario: String, over transport: MCPScenario.Transport, profile: String = "emu",
                            prepare: (RunningEmulator) async throws -> Void = { _ in }) async throws {
        let result = try await MCPScenario.run(scenario, over: transport, profile: profile, prepare: prepare)
        #expect(result.status == 0, "\(scenario) over \(transport.rawValue):\n\(result.stdout)\n\(result.stderr)")
    }

    @Test("tools listed with their names, schemas and hints exactly (stdio)")
    func toolsOverStdio() async throws { try await expectPass("tools_listed", over: .stdio) }

    @Test("tools listed with their names, schemas and hints exactly (HTTP)")
    func toolsOverHTTP() async throws { try await expectPass("tools_listed", over: .http) }

    @Test("every tool called, the world read back, the journal says mcp and the client (stdio)")
    func everyToolOverStdio() async throws { try await expectPass("every_tool", over: .stdio) }

    @Test("every tool called, the world read back, the journal says mcp and the client (HTTP)")
    func everyToolOverHTTP() async throws { try await expectPass("every_tool", over: .http) }

    @Test("a read-only profile lists no changing tool and refuses one called by name")
    func readOnly() async throws { try await expectPass("read_only", over: .stdio, profile: "emu-ro") }

    @Test("a production profile refuses an unconfirmed unlinkconnector and runjob")
    func production() async throws { try await expectPass("production_confirm", over: .http, profile: "emu-prod") }

    @Test("a stale expected_state is refused as a conflict with the current state")
    func staleExpectedState() async throws { try await expectPass("stale_expected_state", over: .stdio) }

    @Test("a 429 storm is a retryable rate_limited error with its Retry-After")
    func rateLimited() async throws {
        try await expectPass("rate_limited", over: .stdio) { emulator in
            _ = emulator.faults.add(FaultRule(.status(429, retryAfter: "30"), route: .pathSuffix("availableConnectors")))
        }
    }

    @Test("no secret value in any tool result or resource")
    func noSecrets() async throws { try await expectPass("no_secrets", over: .stdio) }

    @Test("a resource subscription receives a running job's status changes (HTTP)")
    func subscriptionOverHTTP() async throws { try await expectPass("subscription", over: .http) }

    @Test("a resource subscription receives a running job's status changes (stdio)")
    func subscriptionOverStdio() async throws { try await expectPass("subscription", over: .stdio) }

    @Test("bad input: unknown tool, missing and mistyped arguments, huge and invalid states")
    func badInput() async throws { try await expectPass("bad_input", over: .stdio) }

    @Test("HTTP: a huge body is 413, a foreign Origin or Host is refused, the server goes on")
    func httpGuards() async throws { try await expectPass("http_guards", over: .http) }
}

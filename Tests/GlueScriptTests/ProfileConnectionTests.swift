import Foundation
import GlueScript
import Testing

@Suite("Profiles from the config file")
struct ProfileConnectionTests {
    /// A config whose `prod` profile is the harness's emulator, marked production.
    static func writeConfig(_ harness: ScriptHarness) throws -> String {
        let path = harness.home.appendingPathComponent("config.yaml").path
        try """
            profiles:
              prod:
                base_url: \(harness.emulator.baseURL)
                env_id: \(harness.emulator.settings.envID)
                flows: [\(harness.emulator.settings.flowID)]
                api_key: env:HOTGLUE_API_KEY
                production: true
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("--profile reads the config; a production profile needs --confirm NAME to change anything (exit 4)")
    func productionNeedsConfirmation() async throws {
        try await ScriptHarness.with { harness in
            let config = try Self.writeConfig(harness)
            let profile = ["--profile", "prod", "--config", config]
            let tenants = await harness.run(["tenants"] + profile, connection: false)
            #expect(tenants.exit == .ok, "\(tenants.stderr)")

            let connector = try await harness.connectorWithState()
            let target = ["--tenant", "acme", "--connector", connector]
            let refused = await harness.run(["state", "delete"] + target + profile, connection: false)
            #expect(refused.exit == .refused)
            #expect(refused.stderr.contains("--confirm prod"))
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) != nil)
            let wrongName = await harness.run(["state", "delete"] + target + profile + ["--confirm", "staging"],
                                              connection: false)
            #expect(wrongName.exit == .refused)

            let confirmed = await harness.run(["state", "delete"] + target + profile + ["--confirm", "prod"],
                                              connection: false)
            #expect(confirmed.exit == .ok, "\(confirmed.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == nil)
            #expect(try harness.journal().map { $0["profile"]?.stringValue } == ["prod"])
        }
    }

    @Test("an unknown profile is a usage error (2)")
    func unknownProfile() async throws {
        try await ScriptHarness.with { harness in
            let config = try Self.writeConfig(harness)
            let result = await harness.run(["tenants", "--profile", "nope", "--config", config], connection: false)
            #expect(result.exit == .usage)
            #expect(result.stderr.contains("no profile 'nope'"))
        }
    }
}

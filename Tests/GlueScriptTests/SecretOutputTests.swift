import Foundation
import HotglueEmulator
import LosslessJSON
import Testing

/// The emulator plants secrets of every shape in acme's configs and states; no script output shows one unless
/// `--show-secrets` asks for it (the second half proves the scan would see them).
@Suite("Script output never shows a planted secret")
struct SecretOutputTests {
    static let formats = ["json", "yaml", "table"]

    @Test("connectors --with-config, in every format")
    func connectorsWithConfig() async throws {
        try await ScriptHarness.with { harness in
            let secrets = await harness.emulator.world.plantedSecrets(tenant: "acme")
            #expect(secrets.count > 20)
            for format in Self.formats {
                let result = await harness.run("connectors", "--tenant", "acme", "--with-config", "-o", format)
                #expect(result.exit == .ok, "\(result.stderr)")
                #expect(result.stdout.contains("••••••"))
                #expect(secrets.filter(result.stdout.contains) == [], "\(format):\n\(result.stdout)")
            }
            // The configs' own secrets (the list also holds the states'): shown when asked for.
            let configs = await harness.acmeConnectors().map { $0.compact() }.joined()
            let inConfigs = secrets.filter { configs.contains($0) }
            #expect(inConfigs.count > 20)
            let shown = await harness.run("connectors", "--tenant", "acme", "--with-config", "--show-secrets", "-o", "json")
            #expect(inConfigs.filter { !shown.stdout.contains($0) } == [])
        }
    }

    @Test("state get of a state holding a session, in every format")
    func stateGet() async throws {
        try await ScriptHarness.with { harness in
            let secrets = await harness.emulator.world.plantedSecrets(tenant: "acme")
            let state = try #require(await harness.emulator.world.stateText(tenant: "acme", connector: "hubspot"))
            let inState = secrets.filter { state.contains($0) || state.contains(Self.jsonEscaped($0)) }
            #expect(inState.count >= 5, "hubspot's state holds a secret of each shape")
            for format in Self.formats {
                let result = await harness.run("state", "get", "--tenant", "acme", "--connector", "hubspot", "-o", format)
                #expect(result.exit == .ok, "\(result.stderr)")
                #expect(result.stdout.contains("replication_key"))
                #expect(result.stdout.contains("token_type"))
                #expect(secrets.filter(result.stdout.contains) == [], "\(format):\n\(result.stdout)")
            }
            let shown = await harness.run("state", "get", "--tenant", "acme", "--connector", "hubspot", "--show-secrets",
                                          "-o", "json")
            #expect(inState.filter { !shown.stdout.contains($0) } == [])
        }
    }

    private static func jsonEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "/", with: "\\/")
    }
}

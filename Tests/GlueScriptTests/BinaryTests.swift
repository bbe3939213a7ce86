import Foundation
import HotglueEmulator
import LosslessJSON
import TestSupport
import Testing

/// The real `gluetop` binary as a subprocess: its exit statuses, and JSON by default when stdout is a pipe.
@Suite("gluetop binary", .serialized, .needs(ChildProcess.gluetopPath != nil, "a built gluetop binary"))
struct BinaryTests {
    @Test("tenants through a pipe prints JSON; a wrong key exits 1; a bad flag exits 2; unknown tenant 3")
    func exitStatuses() async throws {
        try await ScriptHarness.with { harness in
            let binary = try #require(ChildProcess.gluetopPath)
            let command = [binary, "tenants"] + harness.connectionFlags
            let ok = try await ChildProcess.run(command, environment: harness.environment)
            #expect(ok.status == 0, "\(ok.stderr)")
            let tenants = try JSONValue.parse(ok.stdout).arrayValue?.compactMap(\.stringValue)
            #expect(tenants == (await harness.emulator.world.tenantIDs()))

            var wrongKey = harness.environment
            wrongKey["HOTGLUE_API_KEY"] = "wrong-key-123456"
            let rejected = try await ChildProcess.run(command, environment: wrongKey)
            #expect(rejected.status == 1)
            #expect(rejected.stderr.hasPrefix("gluetop: API key rejected (401)"))
            #expect(!rejected.stderr.contains("wrong-key-123456"))

            let badFlag = try await ChildProcess.run(command + ["--bogus"], environment: harness.environment)
            #expect(badFlag.status == 2)
            #expect(badFlag.stderr.hasPrefix("gluetop: Unknown option '--bogus'"))
            #expect(badFlag.stderr.split(separator: "\n").count == 1)
            let unknown = try await ChildProcess.run([binary, "jobs", "--tenant", "nobody"] + harness.connectionFlags,
                                               environment: harness.environment)
            #expect(unknown.status == 3, "\(unknown.stderr)")
        }
    }

    @Test("state get | set --file - through the binary keeps the state byte for byte")
    func stateRoundTrip() async throws {
        try await ScriptHarness.with { harness in
            let binary = try #require(ChildProcess.gluetopPath)
            let (connector, original) = try await harness.connectorWithNumberInState()
            let target = ["--tenant", "acme", "--connector", connector] + harness.connectionFlags
            let got = try await ChildProcess.run([binary, "state", "get"] + target, environment: harness.environment)
            #expect(got.status == 0, "\(got.stderr)")
            let set = try await ChildProcess.run([binary, "state", "set", "--file", "-"] + target, stdin: got.stdout,
                                           environment: harness.environment)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(await harness.emulator.world.stateText(tenant: "acme", connector: connector) == original)
        }
    }

    @Test("the man page and completion scripts come out of the binary")
    func manAndCompletions() async throws {
        let binary = try #require(ChildProcess.gluetopPath)
        let man = try await ChildProcess.run([binary, "man"], environment: [:])
        #expect(man.status == 0)
        #expect(man.stdout.contains(".Ss gluetop state set"))
        #expect(man.stdout.contains(".Ss gluetop emulator"))
        for shell in ["bash", "zsh", "fish"] {
            let script = try await ChildProcess.run([binary, "--generate-completion-script", shell], environment: [:])
            #expect(script.status == 0)
            #expect(script.stdout.contains("tenants"))
        }
    }
}

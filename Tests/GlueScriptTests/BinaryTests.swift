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

    @Test("--profile and -o before the command work as after it; one the command does not take is named with it")
    func optionsBeforeTheCommand() async throws {
        try await ScriptHarness.with { harness in
            let binary = try #require(ChildProcess.gluetopPath)
            let folder = harness.home.appendingPathComponent("config/gluetop")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try """
                profiles:
                  emu:
                    base_url: \(harness.emulator.baseURL)
                    env_id: \(harness.emulator.settings.envID)
                    flows: [\(harness.emulator.settings.flowID)]
                    api_key: env:HOTGLUE_API_KEY
                """.write(to: folder.appendingPathComponent("config.yaml"), atomically: true, encoding: .utf8)
            let tenants = await harness.emulator.world.tenantIDs()
            for argv in [["--profile", "emu", "tenants"], ["tenants", "--profile", "emu"],
                         ["-o", "json", "--profile", "emu", "tenants"], ["--profile=emu", "--output", "json", "tenants"]] {
                let run = try await ChildProcess.run([binary] + argv, environment: harness.environment)
                try #require(run.status == 0, "\(argv): \(run.stderr)")
                #expect(try JSONValue.parse(run.stdout).arrayValue?.compactMap(\.stringValue) == tenants, "\(argv)")
            }
            let misplaced = try await ChildProcess.run([binary, "-o", "json", "emulator"], environment: harness.environment)
            #expect(misplaced.status == 2)
            #expect(misplaced.stderr == "gluetop: 'gluetop emulator' does not take -o (it was given before the command); "
                    + "see gluetop emulator --help\n")
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

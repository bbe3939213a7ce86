import Foundation
import GlueScript
import HotglueEmulator
import Testing

@Suite("Exit codes and error lines")
struct ExitCodeTests {
    @Test("a wrong API key is an API error (1) in the dashboard's words, without the key")
    func wrongKey() async throws {
        try await ScriptHarness.with { harness in
            let result = await harness.run("tenants", apiKey: "wrong-key-123456")
            #expect(result.exit == .apiError)
            #expect(result.stderr.hasPrefix("gluetop: API key rejected (401)"))
            #expect(result.stderr.split(separator: "\n").count == 1)
            #expect(!result.stderr.contains("wrong-key-123456"))
            #expect(result.stdout.isEmpty)
        }
    }

    @Test("unknown tenant or connector is not found (3)")
    func notFound() async throws {
        try await ScriptHarness.with { harness in
            let connector = try await harness.firstAcmeConnector()
            let cases: [[String]] = [
                ["connectors", "--tenant", "nobody"],
                ["jobs", "--tenant", "nobody"],
                ["state", "get", "--tenant", "acme", "--connector", "nonesuch"],
                ["state", "get", "--tenant", "nobody", "--connector", connector],
                ["discover", "--tenant", "acme", "--connector", "nonesuch"],
                ["job", "run", "--tenant", "acme", "--connector", "nonesuch"],
            ]
            for arguments in cases {
                let result = await harness.run(arguments)
                #expect(result.exit == .notFound, "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("gluetop: "))
                #expect(result.stderr.split(separator: "\n").count == 1)
            }
        }
    }

    @Test("bad flags, missing options, a bad format and a missing key are usage errors (2)")
    func usage() async throws {
        try await ScriptHarness.with { harness in
            let cases: [([String], Bool)] = [
                (["tenants", "--bogus"], true),
                (["jobs"], true),
                (["tenants", "-o", "xml"], true),
                (["jobs", "--tenant", "acme", "--count", "0"], true),
                (["discover", "--tenant", "acme", "--connector", "x", "--wait", "--timeout", "-1"], true),
                (["job", "run", "--tenant", "acme", "--connector", "x", "--type", "sideways"], true),
                (["tenants"], false),
                (["tenants", "--base-url", "ftp://example.com", "--env", "e", "--flow", "f"], false),
                (["tenants", "--profile", "nope", "--config", "/nonexistent/config.yaml"], false),
            ]
            for (arguments, withConnection) in cases {
                let result = await harness.run(arguments, connection: withConnection)
                #expect(result.exit == .usage, "\(arguments): \(result.stderr)")
                #expect(result.stderr.hasPrefix("gluetop: "))
                #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result.stderr)")
            }
            let noKey = await harness.run("tenants", apiKey: "")
            #expect(noKey.exit == .usage)
            #expect(noKey.stderr.contains("HOTGLUE_API_KEY"))
        }
    }

    @Test("--help prints on stdout and exits 0")
    func help() async {
        let output = CapturedOutput(), errors = CapturedOutput()
        let context = ScriptContext(standardOutput: output, standardError: errors, environment: [:])
        let exit = await ScriptRunner.run(["state", "set", "--help"], in: context)
        #expect(exit == .ok)
        #expect(output.text.contains("--file"))
        #expect(output.text.contains("Exit codes"))
    }
}

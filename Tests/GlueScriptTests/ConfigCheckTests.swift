import Foundation
import GlueApp
import GlueScript
import HotglueAPI
import HotglueEmulator
import Testing

/// `gluetop config check` against two emulators over real HTTP.
@Suite("gluetop config check", .serialized)
struct ConfigCheckTests {
    struct Run {
        var exit: ScriptExit
        var stdout: String
        var stderr: String
    }

    final class Setup {
        let good: RunningEmulator
        let other: RunningEmulator
        let directory: URL

        init() async throws {
            var goodSettings = EmulatorSettings()
            goodSettings.envID = "staging.hg.example.com"
            goodSettings.apiKey = "staging-key"
            goodSettings.tenantCount = 3
            var otherSettings = EmulatorSettings()
            otherSettings.envID = "prod.hg.example.com"
            otherSettings.apiKey = "prod-key"
            good = try await HotglueEmulatorServer.start(goodSettings)
            other = try await HotglueEmulatorServer.start(otherSettings)
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-check-\(UUID().uuidString.prefix(8))")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        }

        func writeConfig(_ text: String) throws -> String {
            let path = directory.appendingPathComponent("config.yaml").path
            try text.write(toFile: path, atomically: false, encoding: .utf8)
            return path
        }

        func profiles(prodKey: String = "env:PROD_KEY") -> String {
            """
            profiles:
              staging:
                base_url: \(good.baseURL)
                env_id: staging.hg.example.com
                flows: [l8odS2mce]
                api_key: env:STAGING_KEY
              prod:
                base_url: \(other.baseURL)
                env_id: prod.hg.example.com
                flows: [l8odS2mce]
                api_key: \(prodKey)
                production: true
            """
        }

        func check(_ arguments: [String], environment: [String: String]) async throws -> Run {
            let stdout = CapturedOutput(), stderr = CapturedOutput()
            let context = ScriptContext(
                standardOutput: stdout, standardError: stderr,
                environment: environment.merging(["HOME": directory.path, "XDG_CONFIG_HOME": directory.path]) { $1 },
                retryPolicy: RetryPolicy(maxAttempts: 1, baseDelay: .milliseconds(10), maxTotalWait: .milliseconds(100)),
                requestTimeout: .seconds(5))
            let command = try ConfigCheckCommand.parse(arguments)
            let exit = await ScriptRunner.execute(command, in: context)
            return Run(exit: exit, stdout: stdout.text, stderr: stderr.text)
        }

        func close() async throws {
            try await good.shutdown()
            try await other.shutdown()
            try? FileManager.default.removeItem(at: directory)
        }
    }

    @Test("every profile reaches its API: one line each and exit 0")
    func allGood() async throws {
        let setup = try await Setup()
        let path = try setup.writeConfig(setup.profiles())
        let run = try await setup.check(["--config", path], environment: ["STAGING_KEY": "staging-key", "PROD_KEY": "prod-key"])
        #expect(run.exit == .ok)
        #expect(run.stdout.contains("config \(path): ok (2 profiles, default none)"))
        #expect(run.stdout.contains("staging  ok     4 tenants"))
        #expect(run.stdout.contains("prod     ok"))
        #expect(run.stderr.isEmpty)
        try await setup.close()
    }

    @Test("a wrong key is reported for its profile in operator words, without the key; exit 1")
    func wrongKey() async throws {
        let setup = try await Setup()
        let path = try setup.writeConfig(setup.profiles())
        let run = try await setup.check(["--config", path], environment: ["STAGING_KEY": "staging-key", "PROD_KEY": "hg-wrong-key"])
        #expect(run.exit == .apiError)
        #expect(run.stdout.contains("staging  ok"))
        let prodLine = run.stdout.split(separator: "\n").first { $0.hasPrefix("prod ") }.map(String.init) ?? ""
        #expect(prodLine.hasPrefix("prod     error  API key rejected (401) by prod.hg.example.com"), "\(prodLine)")
        #expect(run.stderr == "gluetop: 1 of 2 profile(s) failed: prod\n")
        #expect(!(run.stdout + run.stderr).contains("hg-wrong-key"))
        try await setup.close()
    }

    @Test("a secret that cannot be read fails its profile; --profile checks one")
    func unreadableSecret() async throws {
        let setup = try await Setup()
        let path = try setup.writeConfig(setup.profiles(prodKey: "command:false"))
        let run = try await setup.check(["--config", path], environment: ["STAGING_KEY": "staging-key", "PATH": "/usr/bin:/bin"])
        #expect(run.exit == .apiError)
        #expect(run.stdout.contains("prod     error  profile prod: api_key: command 'false' failed (exit status 1)"))
        let one = try await setup.check(["--config", path, "--profile", "staging"], environment: ["STAGING_KEY": "staging-key"])
        #expect(one.exit == .ok)
        #expect(!one.stdout.contains("prod"))
        try await setup.close()
    }

    @Test("a config error exits 2 naming the file and line, before any API is asked")
    func configError() async throws {
        let setup = try await Setup()
        let path = try setup.writeConfig(setup.profiles() + "\n    colour: red\n")
        let run = try await setup.check(["--config", path], environment: [:])
        #expect(run.exit == .usage)
        #expect(run.stderr.hasPrefix("gluetop: \(path) line 13: profiles.prod.colour: unknown key"))
        #expect(await setup.good.requests().isEmpty)
        let missing = try await setup.check([], environment: [:])
        #expect(missing.exit == .usage)
        #expect(missing.stderr.contains("no config file at"))
        try await setup.close()
    }
}

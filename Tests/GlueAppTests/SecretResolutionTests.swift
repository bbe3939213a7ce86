import Foundation
@testable import GlueApp
import HotglueAPI
import Testing

@Suite("Secret sources")
struct SecretResolutionTests {
    let resolver = SecretResolver(environment: ["HG_KEY": "  hg-env-key\n", "EMPTY": "", "PATH": "/usr/bin:/bin",
                                                "HOME": "/nonexistent"], commandTimeout: .seconds(5))

    @Test("env:VAR reads the variable, trimmed; unset or empty names the variable")
    func environment() throws {
        #expect(try resolver.resolve(.environment("HG_KEY"), profile: "prod", field: "api_key").reveal() == "hg-env-key")
        #expect(throws: SecretError("profile prod: api_key: environment variable NOPE is not set (or empty)")) {
            try resolver.resolve(.environment("NOPE"), profile: "prod", field: "api_key")
        }
        #expect(throws: SecretError("profile prod: api_key: environment variable EMPTY is not set (or empty)")) {
            try resolver.resolve(.environment("EMPTY"), profile: "prod", field: "api_key")
        }
    }

    @Test("file:PATH at 0600 is read and trimmed")
    func privateFile() throws {
        let scratch = try ConfigScratch()
        let path = try scratch.write("prod.key", "hg-file-key\n", mode: 0o600)
        #expect(try resolver.resolve(.file(path), profile: "prod", field: "api_key").reveal() == "hg-file-key")
    }

    @Test("file:PATH readable by others is refused like ssh does, with the chmod that fixes it",
          arguments: [0o644, 0o640, 0o604, 0o660])
    func openFile(_ mode: Int) throws {
        let scratch = try ConfigScratch()
        let path = try scratch.write("prod.key", "hg-file-key\n", mode: mode)
        do {
            _ = try resolver.resolve(.file(path), profile: "prod", field: "api_key")
            Issue.record("read a key file with mode \(String(mode, radix: 8))")
        } catch {
            #expect(error.description == "profile prod: api_key: \(path) is accessible by group or others (mode \(String(mode, radix: 8))): run chmod 600 \(path)")
            #expect(!error.description.contains("hg-file-key"))
        }
    }

    @Test("a missing or empty key file is named")
    func missingFile() throws {
        let scratch = try ConfigScratch()
        #expect(throws: SecretError("profile prod: api_key: cannot read \(scratch.path("none")): No such file or directory")) {
            try resolver.resolve(.file(scratch.path("none")), profile: "prod", field: "api_key")
        }
        let empty = try scratch.write("empty.key", "\n")
        #expect(throws: SecretError("profile prod: api_key: \(empty) is empty")) {
            try resolver.resolve(.file(empty), profile: "prod", field: "api_key")
        }
    }

    @Test("command: runs through /bin/sh -c and its trimmed stdout is the secret")
    func command() throws {
        let secret = try resolver.resolve(.command("printf '  hg-cmd-%s\\n' key | cat"), profile: "prod", field: "api_key")
        #expect(secret.reveal() == "hg-cmd-key")
        #expect(try resolver.resolve(.command("echo $HG_KEY"), profile: "p", field: "api_key").reveal() == "hg-env-key")
    }

    @Test("a failing command names the profile and its first word, never its output")
    func failingCommand() {
        do {
            _ = try resolver.resolve(.command("echo hg-leaked-secret; echo oops >&2; exit 3"), profile: "prod", field: "api_key")
            Issue.record("a failing command gave a secret")
        } catch {
            #expect(error == SecretError("profile prod: api_key: command 'echo' failed (exit status 3)"))
            #expect(!error.description.contains("hg-leaked-secret"))
        }
    }

    @Test("a command that prints nothing is an error")
    func emptyCommand() {
        #expect(throws: SecretError("profile staging: tenant_signing_key: command 'true' printed nothing")) {
            try resolver.resolve(.command("true"), profile: "staging", field: "tenant_signing_key")
        }
    }

    @Test("a command that hangs is stopped at the time limit")
    func hangingCommand() {
        let quick = SecretResolver(environment: ["PATH": "/usr/bin:/bin"], commandTimeout: .milliseconds(300))
        // Had the resolver waited the 30 s out, `sleep` would have printed nothing: another error.
        #expect(throws: SecretError("profile prod: api_key: command 'sleep' did not finish within 0.3 s")) {
            try quick.resolve(.command("sleep 30"), profile: "prod", field: "api_key")
        }
    }

    @Test("sources describe themselves without the secret or the command's arguments")
    func descriptions() {
        #expect(SecretSource.command("op read op://vault/hg --token abc123").description == "command:op")
        #expect(SecretSource.environment("HG").description == "env:HG")
        #expect(SecretSource.file("/k").description == "file:/k")
    }

    @Test("secrets are read when asked, not when the config loads: a config naming a missing variable loads")
    func resolvedAtCallTime() throws {
        let config = try ConfigLoader.parse(validProfileYAML, file: "config.yaml")
        let profile = try #require(config.profile(named: "prod"))
        #expect(throws: ProfileError("profile prod: api_key: environment variable HG_PROD_KEY is not set (or empty)")) {
            try ProfileResolver.resolve(profile, resolver: SecretResolver(environment: [:]))
        }
        let resolved = try ProfileResolver.resolve(profile, resolver: SecretResolver(environment: ["HG_PROD_KEY": "k1"]))
        #expect(resolved.configuration.apiKey.reveal() == "k1")
    }

    @Test("the user's source wins over the team's for the same profile")
    func userOverridesTeam() throws {
        let scratch = try ConfigScratch()
        try scratch.write("team.yaml", validProfileYAML)
        let keyFile = try scratch.write("mine.key", "hg-user-key\n")
        let user = try scratch.write("config.yaml", "include: team.yaml\nprofiles:\n  prod:\n    api_key: file:mine.key\n")
        let environment = ["HG_PROD_KEY": "hg-team-key"]
        let resolved = try ProfileResolver.resolve(ProfileRequest(configPath: user, profile: "prod"), environment: environment)
        #expect(resolved.configuration.apiKey.reveal() == "hg-user-key")
        try FileManager.default.removeItem(atPath: keyFile)
        try scratch.write("config.yaml", "include: team.yaml\n")
        let team = try ProfileResolver.resolve(ProfileRequest(configPath: user, profile: "prod"), environment: environment)
        #expect(team.configuration.apiKey.reveal() == "hg-team-key")
    }
}

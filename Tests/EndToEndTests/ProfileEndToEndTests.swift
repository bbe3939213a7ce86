import Foundation
import Glibc
import TestSupport
import Testing

/// Profiles for real: the binary in tmux with a config file whose two profiles point at two emulators, which are
/// the binary too (`gluetop emulator`), so nothing here needs this test process's threads to answer HTTP.
@Suite("profiles in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct ProfileEndToEndTests {
    /// The header row: the first line of the screen.
    static func header(_ screen: String) -> String {
        String(screen.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
    }

    /// Waits without holding a thread of the shared pool (other suites' in-process emulators need them); returns
    /// what `capture` gave when `condition` held, and shows the last capture on a time-out.
    @discardableResult
    static func waitUntil(_ timeout: Duration, _ what: String, capture: () throws -> String,
                          _ condition: (String) -> Bool) async throws -> String {
        var last = ""
        if try await poll(upTo: timeout, every: .milliseconds(100), until: {
            last = try capture()
            return condition(last)
        }) { return last }
        throw E2EError("timed out after \(timeout) waiting for \(what); last seen:\n\(last)")
    }

    /// Starts `gluetop emulator --port 0 …` in the background of the tmux shell; returns its base URL and pid.
    static func startEmulator(_ tmux: TmuxSession, binary: String, name: String, arguments: String) async throws -> (url: String, pid: Int32) {
        let output = tmux.file("\(name).txt").path, pidFile = tmux.file("\(name).pid").path
        try tmux.run("\(binary) emulator --port 0 --quiet \(arguments) > \(output) 2>&1 & echo $! > \(pidFile).part && mv \(pidFile).part \(pidFile)")
        let banner = try await waitUntil(.seconds(30), "the \(name) emulator's banner",
                                         capture: { (try? String(contentsOfFile: output, encoding: .utf8)) ?? "" }) {
            $0.contains("base URL") && FileManager.default.fileExists(atPath: pidFile)
        }
        let line = banner.split(separator: "\n").first { $0.contains("base URL") } ?? ""
        let url = String(line.split(separator: " ").last ?? "")
        let pid = Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        return (url, pid)
    }

    @Test("--profile staging shows staging; :profile prod shows prod's tenants and the PRODUCTION mark")
    func switchProfiles() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["PROD_KEY": "prod-key"])
        let staging = try await Self.startEmulator(tmux, binary: binary, name: "staging",
                                                   arguments: "--seed 1 --env staging.hg.example.com --api-key staging-key --tenants 2")
        let prod = try await Self.startEmulator(tmux, binary: binary, name: "prod",
                                                arguments: "--seed 2 --env prod.hg.example.com --api-key prod-key --tenants 8")
        defer {
            // Only the two emulators this test started, by their pids.
            for pid in [staging.pid, prod.pid] where pid > 0 { kill(pid, SIGTERM) }
        }
        let configDirectory = tmux.file("config/gluetop")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        let keyFile = configDirectory.appendingPathComponent("staging.key").path
        try "staging-key\n".write(toFile: keyFile, atomically: false, encoding: .utf8)
        chmod(keyFile, 0o600)
        try """
            default_profile: staging
            profiles:
              staging:
                base_url: \(staging.url)
                env_id: staging.hg.example.com
                flows: [l8odS2mce]
                api_key: file:staging.key
              prod:
                base_url: \(prod.url)
                env_id: prod.hg.example.com
                flows: [l8odS2mce]
                api_key: env:PROD_KEY
                production: true
            """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: false, encoding: .utf8)

        // 2 generated tenants + `default` on staging; 8 + `default` on prod.
        try tmux.run("clear; \(binary) --profile staging")
        var screen = try await Self.waitUntil(.seconds(30), "staging's tenants", capture: { try tmux.capture() }) { screen in
            Self.header(screen).contains("staging") && screen.contains("Tenants 3 ")
        }
        #expect(Self.header(screen).contains("staging · env staging.hg.example.com"))
        #expect(!Self.header(screen).contains("PRODUCTION"))

        try tmux.run(":profile prod")
        screen = try await Self.waitUntil(.seconds(30), "prod's tenants and the production mark", capture: { try tmux.capture() }) { screen in
            Self.header(screen).contains("PRODUCTION") && screen.contains("Tenants 9 ")
        }
        #expect(Self.header(screen).contains("prod · env prod.hg.example.com"))
        #expect(!Self.header(screen).contains("staging"))

        try tmux.press("q")
        try await Self.waitUntil(.seconds(10), "the shell prompt", capture: { try tmux.capture() }) {
            !$0.contains("Linked connectors") && $0.contains("e2e$")
        }
    }

    @Test("a key file others can read stops the start with the chmod that fixes it")
    func openKeyFile() throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 300, height: 20)
        let configDirectory = tmux.file("config/gluetop")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        let keyFile = configDirectory.appendingPathComponent("staging.key").path
        try "staging-key\n".write(toFile: keyFile, atomically: false, encoding: .utf8)
        chmod(keyFile, 0o644)
        try """
            profiles:
              staging:
                base_url: http://127.0.0.1:9
                env_id: staging.hg.example.com
                flows: [l8odS2mce]
                api_key: file:staging.key
            """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: false, encoding: .utf8)
        try tmux.run("\(binary); echo exit=$?")
        let screen = try tmux.waitFor("exit=2", timeout: 15)
        #expect(screen.contains("run chmod 600"))
        #expect(!screen.contains("staging-key"))
    }
}

import Foundation
import Glibc
import TestSupport
import Testing

/// The pulse for real: the release binary in tmux with a profile whose dashboard listens for webhooks, an emulator
/// beside it posting them, and a failure made in a tenant not on screen. `P` shows it; Enter lands on its log;
/// Esc comes back to the pulse.
@Suite("the pulse in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux", "curl"))
struct PulseEndToEndTests {
    static let env = "demo.hg.example.com"
    static let flow = "l8odS2mce"

    /// `curl` against the emulator; the body it answered.
    static func curl(_ arguments: [String]) async throws -> String {
        let ended = try await ChildSpawn.offThePool {
            try ChildSpawn.runToEnd(["/usr/bin/env", "curl", "-sS", "--max-time", "30"] + arguments, stdout: .pipe,
                                    stderrPath: nil, environment: ProcessInfo.processInfo.environment)
        }
        let body = String(decoding: ended.piped, as: UTF8.self)
        guard ended.status == 0 else { throw E2EError("curl \(arguments.joined(separator: " ")) failed: \(body)") }
        return body
    }

    static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    @Test("P shows a failure the emulator just made, with its webhook; Enter opens its log; Esc comes back")
    func failureToLog() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 160, height: 45, environment: ["HOTGLUE_API_KEY": "pulse-key",
                                                                         "WEBHOOK_SECRET": "pulse-webhook-secret"])
        let port = try freeLoopbackPort()
        let emulator = try await ProfileEndToEndTests.startEmulator(
            tmux, binary: binary, name: "emulator",
            arguments: "--api-key pulse-key --tenants 12 --job-stage-seconds 1 "
                + "--webhook http://127.0.0.1:\(port)/ --webhook-secret pulse-webhook-secret")
        defer { if emulator.pid > 0 { kill(emulator.pid, SIGTERM) } }

        let configDirectory = tmux.file("config/gluetop")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        try """
            profiles:
              e2e:
                base_url: \(emulator.url)
                env_id: \(Self.env)
                flows: [\(Self.flow)]
                api_key: env:HOTGLUE_API_KEY
                webhooks: {listen: 127.0.0.1:\(port), secret: env:WEBHOOK_SECRET}
            """.write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: false, encoding: .utf8)
        try tmux.run("clear; \(binary) --profile e2e")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(30), "the dashboard", capture: { try tmux.capture() }) {
            $0.contains("Linked connectors · ")
        }

        // The tenant furthest from the one on screen that has a connector linked.
        let key = ["-H", "x-api-key: pulse-key"]
        let tenants = try #require(try Self.json(try await Self.curl(key + ["\(emulator.url)/tenants/\(Self.env)"])) as? [String])
        var found: (tenant: String, connector: String)?
        for tenant in tenants.reversed() where tenant != "default" && tenant != tenants.first {
            let linked = try Self.json(try await Self.curl(
                key + ["\(emulator.url)/v2/\(Self.env)/\(Self.flow)/\(tenant)/linkedConnectors"])) as? [[String: Any]]
            if let connector = linked?.first?["id"] as? String {
                found = (tenant, connector)
                break
            }
        }
        let (tenant, connector) = try #require(found, "no tenant of the emulator's world has a connector linked")
        let created = try #require(try Self.json(try await Self.curl([
            "-X", "POST", "-H", "x-api-key: pulse-key", "-H", "content-type: application/json", "\(emulator.url)/_emulator/jobs",
            "-d", #"{"tenant": "\#(tenant)", "connector_id": "\#(connector)", "fail_at": "DISCOVER"}"#,
        ])) as? [String: Any])
        let jobID = try #require(created["job_id"] as? String)

        try tmux.press("P")
        // The newest failure is first, its tenant first among those it hit; the webhook said it.
        var screen = try await ProfileEndToEndTests.waitUntil(.seconds(60), "the failure of \(tenant) on the pulse",
                                                              capture: { try tmux.capture() }) { screen in
            let row = screen.split(separator: "\n").first { $0.contains("discovery failed") }
            return screen.contains("Pulse last 24h") && (row?.contains(tenant) ?? false) && screen.contains("· webhook ")
        }
        #expect(screen.contains("P panes"))

        try tmux.press("g", "Enter")
        screen = try await ProfileEndToEndTests.waitUntil(.seconds(30), "job \(jobID)'s log, its cause in the rule",
                                                          capture: { try tmux.capture() }) { screen in
            screen.contains("Linked connectors · \(tenant)") && screen.contains("\(jobID) DISCOVER_FAILED — ")
                && screen.contains("discovery failed")
        }
        #expect(!screen.contains("Pulse last"))

        try tmux.press("Escape")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the pulse again", capture: { try tmux.capture() }) {
            $0.contains("Pulse last 24h")
        }
        try tmux.press("q")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the shell prompt", capture: { try tmux.capture() }) {
            !$0.contains("Pulse last") && $0.contains("e2e$")
        }
    }
}

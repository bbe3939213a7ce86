import Foundation
import HotglueEmulator
import LosslessJSON
import TestSupport

/// One scenario of `Tests/MCP/scenarios.py` against a fresh emulator: a private XDG home whose config has three
/// profiles on it (`emu`, `emu-ro` read-only, `emu-prod` production), the gluetop binary, and the Python `mcp`
/// client. The script starts `gluetop mcp` itself (stdio, or --http on a free port) and stops it by its pid.
enum MCPScenario {
    enum Transport: String { case stdio, http }

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The gluetop binary: GLUETOP_BINARY, else the newest build in this package.
    static var gluetopPath: String? {
        if let path = ProcessInfo.processInfo.environment["GLUETOP_BINARY"],
           FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let candidates = ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/gluetop").path }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) }
    }

    /// A Python with the `mcp` package: GLUETOP_MCP_PYTHON, else the venv `.ci/run` makes (.build/mcp-venv).
    static var pythonPath: String? {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [String?] = [environment["GLUETOP_MCP_PYTHON"], root.appendingPathComponent(".build/mcp-venv/bin/python").path]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static var ready: Bool { gluetopPath != nil && pythonPath != nil }

    /// Jobs take a few seconds in all (their statuses change every 0.4 s), discoveries one.
    static func settings() -> EmulatorSettings {
        var settings = EmulatorSettings()
        settings.tenantCount = 4
        settings.discoverDuration = .seconds(1)
        settings.jobStageDuration = .milliseconds(400)
        return settings
    }

    /// Runs `scenario` and returns what the script said; `prepare` may set faults on the emulator first.
    static func run(_ scenario: String, over transport: Transport, profile: String = "emu",
                    prepare: (RunningEmulator) async throws -> Void = { _ in }) async throws -> ScenarioProcess.Result {
        guard let binary = gluetopPath else { throw ScenarioError("no gluetop binary: set GLUETOP_BINARY or build it") }
        guard let python = pythonPath else {
            throw ScenarioError("no Python with mcp: run `python3 -m venv .build/mcp-venv && .build/mcp-venv/bin/pip "
                + "install 'mcp>=2,<3'` (as .ci/run does), or set GLUETOP_MCP_PYTHON")
        }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gluemcp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home.appendingPathComponent("config/gluetop"),
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let emulator = try await HotglueEmulatorServer.start(settings())
        do {
            try await prepare(emulator)
            let result = try await runScript(scenario, transport: transport, profile: profile, binary: binary,
                                             python: python, home: home, emulator: emulator)
            try await emulator.shutdown()
            return result
        } catch {
            try? await emulator.shutdown()
            throw error
        }
    }

    private static func runScript(_ scenario: String, transport: Transport, profile: String, binary: String,
                                  python: String, home: URL, emulator: RunningEmulator) async throws
        -> ScenarioProcess.Result
    {
        let settings = emulator.settings
        let profileLines = { (name: String, extra: String) in
            """
              \(name):
                base_url: \(emulator.baseURL)
                env_id: \(settings.envID)
                flows: [\(settings.flowID)]
                api_key: env:HOTGLUE_API_KEY
            \(extra)
            """
        }
        try ("profiles:\n" + profileLines("emu", "") + profileLines("emu-ro", "    readonly: true\n")
            + profileLines("emu-prod", "    production: true\n"))
            .write(to: home.appendingPathComponent("config/gluetop/config.yaml"), atomically: true, encoding: .utf8)
        var secrets = [settings.apiKey]
        for tenant in await emulator.world.tenantIDs() {
            secrets += await emulator.world.plantedSecrets(tenant: tenant)
        }
        secrets.append("planted-link-secret-9f8e7d")
        let secretsJSON = JSONValue.array(secrets.map { JSONValue($0) }).compact()
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "HOTGLUE_API_KEY": settings.apiKey,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "GLUETOP_BINARY": binary, "MCP_TRANSPORT": transport.rawValue, "MCP_PROFILE": profile,
            "EMULATOR_BASE_URL": emulator.baseURL, "EMULATOR_API_KEY": settings.apiKey,
            "EMULATOR_ENV": settings.envID, "EMULATOR_FLOW": settings.flowID, "MCP_SECRETS": secretsJSON,
            "MCP_JOURNAL": home.appendingPathComponent("state/gluetop/journal.jsonl").path,
        ]
        let script = root.appendingPathComponent("Tests/MCP/scenarios.py").path
        return try await ScenarioProcess.run([python, script, scenario], environment: environment)
    }
}

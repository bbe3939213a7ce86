import Foundation
import TestSupport
import GlueScript
import HotglueAPI
import HotglueEmulator
import LosslessJSON
import Testing

/// What one script command did: its exit and everything it wrote.
struct ScriptResult {
    var exit: ScriptExit
    var stdout: String
    var stderr: String

    /// The stdout parsed with LosslessJSON (fails the test when it is not JSON).
    func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> JSONValue {
        do {
            return try JSONValue.parse(stdout)
        } catch {
            Issue.record("stdout is not JSON (\(error)): \(stdout)", sourceLocation: sourceLocation)
            throw error
        }
    }
}

/// An emulator over real HTTP, a private XDG home (journal, config), and script commands run in-process against
/// them with captured output.
final class ScriptHarness: Sendable {
    let emulator: RunningEmulator
    let home: URL

    static func settings(clock: EmulatorClock = .system) -> EmulatorSettings {
        var settings = EmulatorSettings()
        settings.tenantCount = 4
        settings.discoverDuration = .milliseconds(150)
        settings.jobStageDuration = .milliseconds(30)
        settings.clock = clock
        return settings
    }

    /// A world whose time only moves when a test says so: jobs and discoveries stay running.
    static func frozenSettings() -> EmulatorSettings {
        settings(clock: .manual(start: Date(timeIntervalSince1970: 1_714_521_600)))
    }

    private init(emulator: RunningEmulator, home: URL) {
        self.emulator = emulator
        self.home = home
    }

    /// Runs `body` with a fresh harness and tears it down afterwards, also when `body` throws. With
    /// `detachedShutdown` the emulator stops in the background (a test that leaves a slow request behind need not
    /// wait for it).
    static func with(_ settings: EmulatorSettings = settings(), detachedShutdown: Bool = false,
                     _ body: (ScriptHarness) async throws -> Void) async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("gluescript-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let emulator = try await HotglueEmulatorServer.start(settings)
        let harness = ScriptHarness(emulator: emulator, home: home)
        defer { try? FileManager.default.removeItem(at: home) }
        do {
            try await body(harness)
        } catch {
            try await emulator.shutdown()
            throw error
        }
        if detachedShutdown {
            Task.detached { try? await emulator.shutdown() }
        } else {
            try await emulator.shutdown()
        }
    }

    var connectionFlags: [String] {
        ["--base-url", emulator.baseURL, "--env", emulator.settings.envID, "--flow", emulator.settings.flowID]
    }

    var environment: [String: String] {
        ["HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path,
         "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
         "HOTGLUE_API_KEY": emulator.settings.apiKey]
    }

    var journalPath: String { home.appendingPathComponent("state/gluetop/journal.jsonl").path }

    /// The journal's changes, oldest first: each intent line with its outcome line merged in (the outcome's
    /// result and error, and its before/after when it has them).
    func journal() throws -> [JSONValue] {
        guard let text = try? String(contentsOfFile: journalPath, encoding: .utf8) else { return [] }
        let records = try text.split(separator: "\n").map { try JSONValue.parse(String($0)) }
        var outcomes: [String: JSONObject] = [:]
        for record in records where record["kind"]?.stringValue == "outcome" && record["settled"] == nil {
            if let id = record["id"]?.stringValue, let object = record.objectValue { outcomes[id] = object }
        }
        return records.compactMap { record -> JSONValue? in
            guard record["kind"]?.stringValue == "intent", var object = record.objectValue else { return nil }
            let outcome = record["id"]?.stringValue.flatMap { outcomes[$0] } ?? ["result": "pending"]
            for key in ["result", "error", "before", "after"] {
                if let value = outcome[key] { object[key] = value }
            }
            return .object(object)
        }
    }

    /// `gluetop <arguments> <connection flags>`, in-process.
    func run(_ arguments: String..., stdin: String = "", terminal: Bool = false, apiKey: String? = nil,
             connection: Bool = true) async -> ScriptResult {
        await run(arguments, stdin: stdin, terminal: terminal, apiKey: apiKey, connection: connection)
    }

    func run(_ arguments: [String], stdin: String = "", terminal: Bool = false, apiKey: String? = nil,
             connection: Bool = true) async -> ScriptResult {
        let stdout = CapturedOutput(isTerminal: terminal), stderr = CapturedOutput(isTerminal: terminal)
        var environment = self.environment
        if let apiKey { environment["HOTGLUE_API_KEY"] = apiKey }
        let input = Array(stdin.utf8)
        let context = ScriptContext(
            standardOutput: stdout, standardError: stderr, readStandardInput: { input }, environment: environment,
            pollInterval: .milliseconds(20),
            retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(10), maxDelay: .milliseconds(20),
                                     maxTotalWait: .milliseconds(200)),
            requestTimeout: .seconds(5))
        let exit = await ScriptRunner.run(arguments + (connection ? connectionFlags : []), in: context)
        return ScriptResult(exit: exit, stdout: stdout.text, stderr: stderr.text)
    }

    /// Waits until the emulator has answered a request matching `condition` (fails the test after 10 s).
    func waitForRequest(_ what: String, _ condition: (RecordedRequest) -> Bool) async throws {
        let answered = await poll(upTo: .seconds(10), every: .milliseconds(10)) {
            await emulator.requests().contains(where: condition)
        }
        guard answered else {
            Issue.record("timed out waiting for \(what)")
            throw CancellationError()
        }
    }

    /// acme's linked connectors as the world holds them (config and catalog included).
    func acmeConnectors() async -> [JSONValue] {
        await emulator.world.linkedConnectors(tenant: "acme")
    }

    /// The first acme connector whose state holds a number (the world guarantees states with numbers).
    func connectorWithNumberInState() async throws -> (id: String, stateText: String) {
        for connector in await acmeConnectors() {
            guard let id = connector["id"]?.stringValue,
                  let text = await emulator.world.stateText(tenant: "acme", connector: id) else { continue }
            if text.range(of: #":-?[0-9]"#, options: .regularExpression) != nil { return (id, text) }
        }
        Issue.record("no acme connector has a state with a number")
        throw CancellationError()
    }

    /// The first acme connector with any state.
    func connectorWithState() async throws -> String {
        for connector in await acmeConnectors() {
            guard let id = connector["id"]?.stringValue else { continue }
            if await emulator.world.stateText(tenant: "acme", connector: id) != nil { return id }
        }
        Issue.record("no acme connector has a state")
        throw CancellationError()
    }

    func firstAcmeConnector() async throws -> String {
        try #require(await acmeConnectors().first?["id"]?.stringValue)
    }
}

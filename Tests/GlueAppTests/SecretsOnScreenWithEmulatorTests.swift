import Foundation
import GlueApp
import GlueCore
import GlueUI
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Logging
import LosslessJSON
import Testing

/// The emulator plants secrets of every shape in its configs and states (`plantedSecrets`); none may reach the
/// state pane, the state-edit preview, `:journal` or the log file.
@Suite("No planted secret on screen or in the log", .serialized)
struct SecretsOnScreenWithEmulatorTests {
    final class ScriptedEditor: ExternalEditor {
        var steps: [(EditorRequest) -> EditorOutcome] = []

        func edit(_ request: EditorRequest) -> EditorOutcome {
            steps.isEmpty ? .failed("no scripted step left") : steps.removeFirst()(request)
        }
    }

    final class Harness {
        let emulator: RunningEmulator
        let client: HotglueClient
        let session: DashboardSession
        let editor = ScriptedEditor()
        let directory: URL

        init() async throws {
            let settings = EmulatorSettings()
            emulator = try await HotglueEmulatorServer.start(settings)
            client = HotglueClient(configuration: HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey),
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20), maxTotalWait: .seconds(1))))
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-secrets-\(UUID().uuidString)")
            let journal = JournalFile(path: directory.appendingPathComponent("journal.jsonl").path)
            let actions = ChangeJournal(file: journal, origin: "dashboard", profile: "demo", envID: settings.envID,
                                        flowID: settings.flowID)
            let model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: settings.envID,
                                                         flowID: settings.flowID, isDemo: true),
                              size: Size(width: 200, height: 50), now: Date())
            session = DashboardSession(model: model, source: HotglueDataSource(client: client, journal: actions),
                                       mailbox: Mailbox(wakeup: nil), editor: editor, journal: journal)
            session.start()
        }

        func frame() -> String { view(session.model, theme: .default).text }

        func until(_ what: String, timeout: Duration = .seconds(60), _ condition: (Model) -> Bool) async throws {
            try await session.processUntil(what, timeout: timeout, describe: { "the screen was:\n\(frame())" }, condition)
        }

        func press(_ keys: Key...) {
            session.process(keys.map(Msg.key))
        }

        func type(_ text: String) {
            session.process(text.map { Msg.key(.character($0)) })
        }

        func close() async throws {
            session.stop()
            await client.shutdown()
            try await emulator.shutdown()
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// The secrets found in `text`, also where a long line was wrapped inside a box: the text is checked as drawn
    /// and with every line's borders and indentation removed and the lines joined.
    static func shown(_ secrets: [String], in text: String) -> [String] {
        let joined = text.split(separator: "\n").map { line in
            line.trimmingCharacters(in: CharacterSet(charactersIn: " │╭╮╰╯─┌┐└┘"))
        }.joined()
        return secrets.filter { text.contains($0) || joined.contains($0) }
    }

    @Test("the state pane, the edit preview and :journal mask every planted secret; v in :journal shows just one")
    func screens() async throws {
        let harness = try await Harness()
        let secrets = await harness.emulator.world.plantedSecrets(tenant: "acme")
        #expect(secrets.count > 20)
        try await harness.until("acme's connectors") { $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil }
        harness.press(.tab)
        while harness.session.model.connectors.selectedRef?.connector != "hubspot" { harness.press(.character("j")) }
        try await harness.until("hubspot's state with its session") {
            guard $0.state.connector?.connector == "hubspot", case .some(.some(let state)) = $0.state.document else {
                return false
            }
            return state["session"] != nil
        }
        let ref = try #require(harness.session.model.state.connector)
        let session = try #require(await harness.emulator.world.state(tenant: "acme", connector: "hubspot")?["session"])
        let sessionSecrets = secrets.filter { session.compact().contains($0) }
        #expect(sessionSecrets.count >= 5, "the state holds secrets of every shape")

        // The state pane, zoomed so every row is drawn.
        harness.press(.character("4"), .enter)
        let pane = harness.frame()
        #expect(pane.contains("\"session\""))
        #expect(pane.contains("\"token_type\": \"Bearer\""))
        #expect(pane.contains("\"replication_key\""))
        #expect(Self.shown(secrets, in: pane) == [], "state pane:\n\(pane)")
        let rowTexts = harness.session.model.state.rows.compactMap { row -> String? in
            if case .scalar(let text, _) = row.kind { return text }
            return nil
        }.joined(separator: "\n")
        #expect(Self.shown(secrets, in: rowTexts) == [])
        harness.press(.escape)

        // An edit that changes a bookmark and the session's token: the preview, then :journal.
        harness.editor.steps = [{ request in
            .edited(request.text.replacingOccurrences(of: "\"access_token\": \"sat_demo_",
                                                      with: "\"access_token\": \"sat_EDITED_"))
        }]
        harness.press(.character("e"))
        try await harness.until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        let preview = harness.frame()
        #expect(preview.contains("session.access_token"))
        #expect(Self.shown(secrets + ["sat_EDITED_"], in: preview) == [], "preview:\n\(preview)")
        harness.press(.character("y"))
        try await harness.until("the write") { $0.activity.notice?.hasPrefix("state of \(ref) written") == true }

        harness.press(.character(":"))
        harness.type("journal")
        harness.press(.enter)
        try await harness.until("the journal") { model in
            if case .journal(let journal) = model.overlay { return journal.selected?.action == "state.set" }
            return false
        }
        let journal = harness.frame()
        #expect(journal.contains("before"))
        #expect(Self.shown(secrets + ["sat_EDITED_"], in: journal) == [], ":journal:\n\(journal)")

        harness.press(.character("v"))
        let revealed = harness.frame()
        let shownNow = Self.shown(secrets + ["sat_EDITED_"], in: revealed)
        #expect(shownNow.count == 1, "v shows one value: \(shownNow)")
        #expect(revealed.contains("revealed  before session.access_token"))
        try await harness.close()
    }

    @Test("the log file: a config, a state and a request line logged whole keep no planted secret")
    func logFile() async throws {
        let emulator = try await HotglueEmulatorServer.start(EmulatorSettings())
        let secrets = await emulator.world.plantedSecrets(tenant: "acme")
        let connectors = await emulator.world.linkedConnectors(tenant: "acme")
        var states: [JSONValue] = []
        for connector in connectors {
            guard let id = connector["id"]?.stringValue else { continue }
            if let state = await emulator.world.state(tenant: "acme", connector: id) { states.append(state) }
        }
        try await emulator.shutdown()

        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-log-\(UUID().uuidString).log").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = LogFileSink(path: path)
        let logger = Logger(label: "gluetop.test") { FileLogHandler(label: $0, sink: sink) }
        for connector in connectors {
            // The worst a careless line could do: dump a connector with its config, whole and pretty.
            logger.info("linked connector \(connector.compact())")
            logger.error("answer was \(connector.pretty())")
            for (key, value) in connector["config"]?.objectValue ?? [:] {
                logger.info("config", metadata: [key: .string(value.stringValue ?? value.compact())])
                logger.info("config \(key)=\(value.stringValue ?? value.compact())")
            }
        }
        for state in states { logger.info("state \(state.compact())") }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("linked connector"))
        #expect(secrets.count > 20)
        #expect(Self.shown(secrets, in: text) == [], "log:\n\(text)")
    }
}

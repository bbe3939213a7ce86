import FaultMatrix
import Foundation
import GlueApp
import GlueCore
import GlueUI
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import Testing

/// One cell's world: an emulator with its faults, the dashboard session on the real HTTP client (retries and the
/// status line's retry feed included), its journal and drafts folder, a scripted `$EDITOR`, and a second client
/// for someone else's changes made meanwhile.
final class MatrixSessionHarness {
    let emulator: RunningEmulator
    let client: HotglueClient
    /// Someone else at the same environment: not gluetop's journal, not its faults (they are added later).
    let other: HotglueClient
    let session: DashboardSession
    let editor = MatrixScriptedEditor()
    let journal: JournalFile
    let drafts: DraftStore
    private let feed: ClientActivityFeed
    private let directory: URL
    /// Whether the header showed a retry in progress ("⟳ 1 retry") at some point while waiting.
    private(set) var retryShown = false

    init() async throws {
        var settings = EmulatorSettings()
        // A job stays running for the whole cell, so a second start is refused as the API does.
        settings.jobStageDuration = .seconds(120)
        let started = try await HotglueEmulatorServer.start(settings)
        emulator = started
        let configuration = { (policy: RetryPolicy) in
            HotglueConfiguration(baseURL: started.baseURL, environment: EnvironmentID(settings.envID),
                                 flow: FlowID(settings.flowID), apiKey: Secret(settings.apiKey), retryPolicy: policy)
        }
        // Backoff short (5xx, dropped answers), a server's Retry-After honoured as sent (1 s in the storms).
        client = HotglueClient(configuration: configuration(
            RetryPolicy(maxAttempts: 4, baseDelay: .milliseconds(20), maxTotalWait: .seconds(8))))
        other = HotglueClient(configuration: configuration(.never))
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-matrix-\(UUID().uuidString)")
        journal = JournalFile(path: directory.appendingPathComponent("journal.jsonl").path)
        drafts = DraftStore(directory: directory.appendingPathComponent("drafts").path)
        let changes = ChangeJournal(file: journal, origin: "dashboard", profile: "demo", envID: settings.envID,
                                    flowID: settings.flowID)
        let model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: settings.envID,
                                                     flowID: settings.flowID, isDemo: true),
                          size: Size(width: 120, height: 40), now: Date())
        let mailbox = Mailbox(wakeup: nil)
        session = DashboardSession(model: model, source: HotglueDataSource(client: client, journal: changes),
                                   mailbox: mailbox, editor: editor, journal: journal)
        session.drafts = drafts
        feed = ClientActivityFeed(client: client, mailbox: mailbox)
        session.start()
    }

    var model: Model { session.model }
    var form: ChangeForm? {
        if case .form(let form) = model.overlay { return form }
        return nil
    }

    func frame() -> String { view(session.model, theme: .default).text }

    /// Processes messages until `condition` holds; notes a retry shown on the way.
    func until(_ what: String, timeout: Duration = .seconds(30), _ condition: (Model) -> Bool) async throws {
        try await session.processUntil(what, timeout: timeout, describe: { "the screen was:\n\(frame())" }) { model in
            if !model.activity.retries.isEmpty, frame().contains("⟳ 1 retry") { retryShown = true }
            return condition(model)
        }
    }

    func press(_ keys: Key...) { session.process(keys.map(Msg.key)) }
    func press(_ keys: [Key]) { session.process(keys.map(Msg.key)) }
    func type(_ text: String) { session.process(text.map { Msg.key(.character($0)) }) }
    func palette(_ command: String) {
        press(.character(":"))
        type(command)
        press(.enter)
    }

    /// acme with its connectors and state loaded, the first connector selected.
    func acmeLoaded() async throws -> ConnectorRef {
        try await until("acme's connectors and state") {
            $0.connectors.tenant == "acme" && $0.connectors.selectedRef != nil && $0.state.connector != nil
                && $0.jobs.load.hasData
        }
        return try #require(model.connectors.selectedRef)
    }

    func worldConfig(_ ref: ConnectorRef) async -> JSONObject? {
        await emulator.world.linkedConnectors(tenant: ref.tenant.rawValue)
            .first { $0["id"]?.stringValue == ref.connector.rawValue }
            .map { $0["config"]?.objectValue ?? JSONObject() }
    }

    func worldState(_ ref: ConnectorRef) async -> String? {
        await emulator.world.stateText(tenant: ref.tenant.rawValue, connector: ref.connector.rawValue)
    }

    func close() async throws {
        feed.stop()
        session.stop()
        await client.shutdown()
        await other.shutdown()
        try await emulator.shutdown()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Answers each editor run with the next scripted step; with none left, the editor "fails".
final class MatrixScriptedEditor: ExternalEditor {
    var steps: [(EditorRequest) -> EditorOutcome] = []

    func edit(_ request: EditorRequest) -> EditorOutcome {
        steps.isEmpty ? .failed("no scripted step left") : steps.removeFirst()(request)
    }
}

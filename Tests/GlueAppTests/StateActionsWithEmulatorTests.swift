import Foundation
import GlueApp
import GlueCore
import GlueUI
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// `e`, `X` and `z` through the whole runtime against the emulator over real HTTP: a scripted editor, the
/// conflict check against a world changed behind gluetop's back, and the journal file.
@Suite("State actions against the emulator", .serialized)
struct StateActionsWithEmulatorTests {
    /// Answers editor runs from a script, one step per run, and keeps what each run was given.
    final class ScriptedEditor: ExternalEditor {
        var steps: [(EditorRequest) -> EditorOutcome] = []
        private(set) var requests: [EditorRequest] = []

        func edit(_ request: EditorRequest) -> EditorOutcome {
            requests.append(request)
            guard !steps.isEmpty else { return .failed("no scripted step left") }
            return steps.removeFirst()(request)
        }
    }

    final class Harness {
        let emulator: RunningEmulator
        let client: HotglueClient
        let session: DashboardSession
        let editor = ScriptedEditor()
        let journal: JournalFile

        init() async throws {
            let settings = EmulatorSettings()
            emulator = try await HotglueEmulatorServer.start(settings)
            client = HotglueClient(configuration: HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey),
                retryPolicy: RetryPolicy(maxAttempts: 2, baseDelay: .milliseconds(20), maxTotalWait: .seconds(1))))
            journal = JournalFile(path: FileManager.default.temporaryDirectory
                .appendingPathComponent("gluetop-state-\(UUID().uuidString)/journal.jsonl").path)
            let actions = ChangeJournal(file: journal, origin: "dashboard", profile: "demo", envID: settings.envID,
                                        flowID: settings.flowID)
            let model = Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: settings.envID,
                                                         flowID: settings.flowID, isDemo: true),
                              size: Size(width: 120, height: 40), now: Date())
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

        /// The selected connector, with the world's state for it replaced by `state` and that state on screen.
        func seed(_ state: JSONValue) async throws -> ConnectorRef {
            try await until("acme's first connector") { $0.state.connector != nil }
            let ref = try #require(session.model.state.connector)
            await emulator.world.setState(state, tenant: ref.tenant.rawValue, connector: ref.connector.rawValue)
            press(.character("R"))
            try await until("the seeded state on screen") { $0.state.document == .some(state) }
            return ref
        }

        func worldStateText(_ ref: ConnectorRef) async -> String? {
            await emulator.world.stateText(tenant: ref.tenant.rawValue, connector: ref.connector.rawValue)
        }

        func overlay() throws -> StateEditOverlay {
            guard case .stateEdit(let overlay) = session.model.overlay else {
                try wrongCase(session.model.overlay, expected: ".stateEdit; the screen was:\n\(frame())")
            }
            return overlay
        }

        func close() async throws {
            session.stop()
            await client.shutdown()
            try await emulator.shutdown()
        }
    }

    static let stateText = #"{"bookmarks":{"Account":{"replication_key":"SystemModstamp","replication_key_value":"2026-05-01T00:00:00Z"},"Invoice":{"replication_key":"id","replication_key_value":12345678901234567890},"Payment":{"replication_key":"amount","replication_key_value":1.10}},"currently_syncing":null}"#
    static var state: JSONValue { try! JSONValue.parse(stateText) }

    @Test("an edit of one bookmark is written; big integers and decimals elsewhere survive byte for byte")
    func editOneBookmark() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(Self.state)
        harness.editor.steps = [{ request in
            .edited(request.text.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-06-15T00:00:00Z"))
        }]
        harness.press(.character("e"))
        try await harness.until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        #expect(harness.editor.requests.first?.text.contains("12345678901234567890") == true)
        #expect(harness.frame().contains("\"2026-05-01T00:00:00Z\" → \"2026-06-15T00:00:00Z\""))
        harness.press(.character("y"))
        try await harness.until("the written state on screen") {
            $0.activity.notice?.hasPrefix("state of \(ref) written") == true
        }
        let expected = Self.stateText.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-06-15T00:00:00Z")
        #expect(await harness.worldStateText(ref) == expected)
        #expect(harness.session.model.state.document == .some(try JSONValue.parse(expected)))

        let entries = try harness.journal.read().entries
        let entry = try #require(entries.last)
        #expect(entry.action == "state.set")
        #expect(entry.outcome == .succeeded)
        #expect(entry.connector == ref.connector.rawValue && entry.tenant == ref.tenant.rawValue)
        #expect(entry.before?.compact() == Self.stateText)
        #expect(entry.after?.compact() == expected)
        try await harness.close()
    }

    @Test("a state changed between read and write is a conflict: nothing written; re-edit merges both changes")
    func conflict() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(Self.state)
        harness.editor.steps = [
            { .edited($0.text.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-06-15T00:00:00Z")) },
            { .edited($0.text) },  // the re-edit: saved as offered (current state with the user's change made again)
        ]
        harness.press(.character("e"))
        try await harness.until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        // A job moves the Invoice bookmark meanwhile.
        let meanwhileText = Self.stateText.replacingOccurrences(of: "12345678901234567890", with: "12345678901234567999")
        await harness.emulator.world.setState(try JSONValue.parse(meanwhileText), tenant: ref.tenant.rawValue,
                                              connector: ref.connector.rawValue)
        harness.press(.character("y"))
        try await harness.until("the conflict") {
            if case .stateEdit(let overlay) = $0.overlay, case .conflict = overlay.stage { true } else { false }
        }
        #expect(await harness.worldStateText(ref) == meanwhileText, "nothing written")
        #expect(harness.frame().contains("Changed meanwhile (1 change):"))
        #expect(try harness.journal.read().entries.last?.outcome == .conflict)

        harness.press(.character("e"))
        try await harness.until("the preview of the merged edit") {
            if case .stateEdit(let overlay) = $0.overlay, overlay.stage == .preview { true } else { false }
        }
        #expect(try harness.overlay().changes.map(\.path.description) == ["bookmarks.Account.replication_key_value"])
        harness.press(.character("y"))
        try await harness.until("the merged state written") {
            $0.activity.notice?.hasPrefix("state of \(ref) written") == true
        }
        #expect(await harness.worldStateText(ref)
                == meanwhileText.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-06-15T00:00:00Z"))
        try await harness.close()
    }

    @Test("o after a conflict overwrites what changed meanwhile")
    func overwrite() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(Self.state)
        harness.editor.steps = [{ .edited($0.text.replacingOccurrences(of: "1.10", with: "2.25")) }]
        harness.press(.character("e"))
        try await harness.until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        await harness.emulator.world.setState(["bookmarks": [:]], tenant: ref.tenant.rawValue,
                                              connector: ref.connector.rawValue)
        harness.press(.character("y"))
        try await harness.until("the conflict") {
            if case .stateEdit(let overlay) = $0.overlay, case .conflict = overlay.stage { true } else { false }
        }
        harness.press(.character("o"))
        try await harness.until("the overwrite written") {
            $0.activity.notice?.hasPrefix("state of \(ref) written") == true
        }
        #expect(await harness.worldStateText(ref) == Self.stateText.replacingOccurrences(of: "1.10", with: "2.25"))
        try await harness.close()
    }

    @Test("X deletes the state after the connector's name is typed; z brings it back byte for byte; journaled")
    func resetAndUndo() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(Self.state)
        harness.press(.character("X"))
        harness.type(ref.connector.rawValue)
        harness.press(.enter)
        try await harness.until("no state on screen") { $0.state.document == .some(.none) }
        #expect(await harness.worldStateText(ref) == nil)

        harness.press(.character("z"))
        let overlay = try harness.overlay()
        #expect(overlay.write.kind == .undo)
        harness.press(.character("y"))
        try await harness.until("the state restored") { $0.state.document == .some(Self.state) }
        #expect(await harness.worldStateText(ref) == Self.stateText)

        let entries = try harness.journal.read().entries
        #expect(entries.map(\.action) == ["state.delete", "state.undo"])
        #expect(entries[0].before?.compact() == Self.stateText)
        #expect(entries[0].after == nil)
        #expect(entries[1].before == nil)
        #expect(entries[1].after?.compact() == Self.stateText)
        try await harness.close()
    }

    @Test("a failed write keeps the old state on screen and the user's text as a draft")
    func failedWrite() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(Self.state)
        harness.editor.steps = [{ .edited($0.text.replacingOccurrences(of: "SystemModstamp", with: "LastModifiedDate")) }]
        harness.press(.character("e"))
        try await harness.until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        let rule = harness.emulator.faults.add(FaultRule(.status(500), route: .pathContains("linkedConnectors/state"), method: "PUT"))
        harness.press(.character("y"))
        try await harness.until("the failure") { if case .message = $0.overlay { true } else { false } }
        harness.emulator.faults.remove(rule)
        #expect(harness.frame().contains("State not changed"))
        #expect(harness.session.model.state.document == .some(Self.state))
        #expect(harness.session.model.stateEdits.drafts[ref]?.text.contains("LastModifiedDate") == true)
        #expect(await harness.worldStateText(ref) == Self.stateText)
        let failed = try #require(try harness.journal.read().entries.last)
        if case .failed = failed.outcome {} else { Issue.record("journal outcome: \(failed.outcome)") }
        try await harness.close()
    }
}

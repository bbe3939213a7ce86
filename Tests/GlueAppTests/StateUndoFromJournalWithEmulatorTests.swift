import Foundation
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// `z` in a fresh dashboard (nothing remembered) undoes a change a script made, found in the journal, through the
/// whole runtime against the emulator.
@Suite("Undo from the journal against the emulator", .serialized)
struct StateUndoFromJournalWithEmulatorTests {
    typealias Harness = StateActionsWithEmulatorTests.Harness

    static let beforeText = StateActionsWithEmulatorTests.stateText
    static let afterText = beforeText.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: "2026-07-04T00:00:00Z")

    @Test("a state set by a script is undone by 4 z y: the old state comes back byte for byte, journaled as state.undo")
    func undoScriptChange() async throws {
        let harness = try await Harness()
        let before = try JSONValue.parse(Self.beforeText), after = try JSONValue.parse(Self.afterText)
        let ref = try await harness.seed(after)
        // What `gluetop state set` leaves: the world changed, and a `cli` entry with the full before and after.
        let script = ChangeJournal(file: harness.journal, origin: "cli", profile: "demo",
                                   envID: harness.session.model.connection.envID,
                                   flowID: harness.session.model.connection.flowID)
        let intent = try script.begin(tenant: ref.tenant, connector: ref.connector, action: "state.set",
                                      request: "PUT linkedConnectors/state connector_id=\(ref.connector)",
                                      before: before, after: after)
        #expect(script.finish(intent, .succeeded) == nil)

        harness.press(.character("4"), .character("z"))
        try await harness.until("the undo preview") {
            if case .stateEdit(let overlay) = $0.overlay, overlay.stage == .preview { true } else { false }
        }
        #expect(try harness.overlay().write.target?.compact() == Self.beforeText)
        harness.press(.character("y"))
        try await harness.until("the state restored") {
            $0.activity.notice?.hasPrefix("state of \(ref) restored") == true
        }
        #expect(await harness.worldStateText(ref) == Self.beforeText)

        let entries = try harness.journal.read().entries
        #expect(entries.map(\.action) == ["state.set", "state.undo"])
        let undo = try #require(entries.last)
        #expect(undo.origin == "dashboard" && undo.outcome == .succeeded)
        #expect(undo.before?.compact() == Self.afterText)
        #expect(undo.after?.compact() == Self.beforeText)
        try await harness.close()
    }

    @Test("with nothing journaled for the connector, z says so and changes nothing")
    func nothingJournaled() async throws {
        let harness = try await Harness()
        let ref = try await harness.seed(try JSONValue.parse(Self.afterText))
        harness.press(.character("4"), .character("z"))
        try await harness.until("the answer") {
            $0.activity.notice == "undo: nothing to undo for \(ref) (no state change of it in the journal)"
        }
        #expect(harness.session.model.overlay == nil)
        #expect(await harness.worldStateText(ref) == Self.afterText)
        try await harness.close()
    }
}

@Suite("The last undoable state change in a journal")
struct LastUndoableStateChangeTests {
    static func entry(_ action: String, env: String = "env", connector: String = "salesforce",
                      outcome: JournalEntry.Outcome = .succeeded, after: JSONValue?) -> JournalEntry {
        JournalEntry(time: Date(timeIntervalSince1970: 1_780_000_000), origin: "cli", profile: "p", envID: env,
                     flowID: "flow", tenant: "acme", connector: connector, action: action, request: "",
                     outcome: outcome, before: nil, after: after)
    }

    @Test("the newest succeeded state.* entry of that env, flow, tenant and connector; others are skipped")
    func picksTheRightEntry() throws {
        let file = JournalFile(path: FileManager.default.temporaryDirectory
            .appendingPathComponent("gluetop-undo-\(UUID().uuidString)/journal.jsonl").path)
        for entry in [
            Self.entry("state.set", after: 1),
            Self.entry("state.delete", after: 2),
            Self.entry("state.set", outcome: .conflict, after: 3),
            Self.entry("state.set", outcome: .failed("500"), after: 4),
            Self.entry("update", after: 5),
            Self.entry("state.set", env: "other", after: 6),
            Self.entry("state.set", connector: "hubspot", after: 7),
        ] {
            try file.append(.complete(entry))
        }
        let found = try file.lastUndoableStateChange(envID: "env", flowID: "flow", tenant: "acme",
                                                     connector: "salesforce")
        #expect(found?.after == 2)
        #expect(try file.lastUndoableStateChange(envID: "env", flowID: "flow", tenant: "globex",
                                                 connector: "salesforce") == nil)
    }
}

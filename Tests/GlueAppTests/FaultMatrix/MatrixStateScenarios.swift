import FaultMatrix
import GlueCore
import LosslessJSON
import Testing

/// `e`, `X` and `z` on a seeded state, brought to their last key.
extension MatrixSessionHarness {
    static let seededText = #"{"bookmarks":{"Account":{"replication_key":"SystemModstamp","replication_key_value":"2026-05-01T00:00:00Z"},"Invoice":{"replication_key_value":12345678901234567890}}}"#

    /// The selected connector's state replaced by the seeded one, and that state on screen.
    func seededState() async throws -> ConnectorRef {
        let ref = try await acmeLoaded()
        let seeded = try JSONValue.parse(Self.seededText)
        await emulator.world.setState(seeded, tenant: ref.tenant.rawValue, connector: ref.connector.rawValue)
        press(.character("R"))
        try await until("the seeded state on screen") { $0.state.document == .some(seeded) }
        return ref
    }

    /// `e`, the editor moves one bookmark, the diff preview: `y` writes.
    func prepareStateEdit() async throws -> MatrixSessionScenario {
        let ref = try await seededState()
        let moved = "2031-01-02T03:04:05Z"
        editor.steps = [{ .edited($0.text.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: moved)) }]
        press(.character("e"))
        try await until("the diff preview") { if case .stateEdit = $0.overlay { true } else { false } }
        let expected = Self.seededText.replacingOccurrences(of: "2026-05-01T00:00:00Z", with: moved)
        return MatrixSessionScenario(
            ref: ref, send: [.character("y")], draftHolds: moved, changeMeanwhile: stateWrittenMeanwhile(ref),
            isApplied: { [self] in await worldState(ref) == expected })
    }

    /// `X` and the connector's id typed: Enter deletes the state.
    func prepareReset() async throws -> MatrixSessionScenario {
        let ref = try await seededState()
        press(.character("X"))
        type(ref.connector.rawValue)
        return MatrixSessionScenario(
            ref: ref, send: [.enter], changeMeanwhile: stateWrittenMeanwhile(ref),
            isApplied: { [self] in await worldState(ref) == nil })
    }

    /// A reset done (no fault yet), then `z` and its preview: `y` restores the state.
    func prepareUndo() async throws -> MatrixSessionScenario {
        let ref = try await seededState()
        press(.character("X"))
        type(ref.connector.rawValue)
        press(.enter)
        try await until("the state deleted") { $0.state.document == .some(.none) && $0.activity.notice?.contains("deleted") == true }
        press(.character("z"))
        let previewing = if case .stateEdit = model.overlay { true } else { false }
        try #require(previewing, "the undo preview; the screen was:\n\(frame())")
        return MatrixSessionScenario(
            ref: ref, send: [.character("y")], changeMeanwhile: stateWrittenMeanwhile(ref),
            isApplied: { [self] in await worldState(ref) == Self.seededText })
    }
}

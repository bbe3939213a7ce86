import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// `X` (delete the state after the connector's name is typed) and `z` (restore the state from before the last
/// change made from gluetop).
@Suite("Resetting and undoing state")
struct StateResetAndUndoTests {
    typealias F = StateEditFixtures

    // X deletes only the state the operator saw: a state that moved on since is a conflict.
    static let resetWrite = StateWrite(ref: F.ref, kind: .reset, expected: .unchanged(F.state), target: .none)

    @Test("X asks for the connector's name, naming connector and tenant; the right answer sends the delete")
    func resetConfirmed() throws {
        var model = F.loaded()
        #expect(Fixtures.press(&model, .character("X")).isEmpty)
        guard case .confirm(let question) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(question.answer == .typed("salesforce"))
        #expect(question.lines.first == "Delete the state of salesforce for tenant acme?")
        #expect(question.request == .state(.write(Self.resetWrite)))
        Fixtures.type(&model, "salesforce")
        #expect(Fixtures.press(&model, .enter) == [.api(.state(.write(Self.resetWrite)))])
        #expect(model.activity.notice == "deleting the state of salesforce@acme…")

        _ = update(&model, F.written(Self.resetWrite, before: F.state, after: .none))
        #expect(model.state.document == .some(.none))
        #expect(model.stateEdits.undo == .init(ref: F.ref, before: F.state, after: .none, kind: .reset))
        #expect(model.activity.notice == "state of salesforce@acme deleted — z restores it")
    }

    @Test("Esc cancels the reset; a wrong name sends nothing and keeps asking")
    func resetCancelledOrWrong() throws {
        var model = F.loaded()
        _ = Fixtures.press(&model, .character("X"))
        Fixtures.type(&model, "hubspot")
        #expect(Fixtures.press(&model, .enter).isEmpty)
        guard case .confirm(let question) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(question.error == "'hubspot' is not salesforce: nothing was changed")
        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")
        #expect(model.state.document == .some(F.state))
    }

    @Test("X is refused without a connector, before the state loads, and when there is no state")
    func resetRefusals() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("X"))
        #expect(model.activity.notice?.hasPrefix("reset state: the state of salesforce@acme is not loaded yet") == true)
        model = F.loaded(nil)
        _ = Fixtures.press(&model, .character("X"))
        #expect(model.activity.notice == "reset state: salesforce@acme has no state, nothing to delete")
        #expect(model.overlay == nil)
    }

    @Test("z with nothing remembered asks the runtime to search the journal for this connector")
    func nothingRemembered() {
        var model = F.loaded()
        #expect(Fixtures.press(&model, .character("z"))
                == [.findStateUndo(StateUndoLookup(ref: F.ref, envID: model.connection.envID,
                                                   flowID: model.connection.flowID))])
        #expect(model.activity.notice == "undo: looking for the last state change of salesforce@acme in the journal…")
        #expect(model.overlay == nil)
    }

    /// After an edit was written: the state is `edited`, the undo record holds both.
    func afterEdit() throws -> Model {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, F.written(F.editWrite, before: F.state, after: F.edited))
        return model
    }

    static let undoWrite = StateWrite(ref: F.ref, kind: .undo, expected: .unchanged(F.edited), target: F.state)

    @Test("z previews current → before, applies with the conflict check, and z again redoes")
    func undoAndRedo() throws {
        var model = try afterEdit()
        #expect(Fixtures.press(&model, .character("z")).isEmpty)
        let overlay = try F.overlay(model)
        #expect(overlay.write == Self.undoWrite)
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-06-01T00:00:00Z", to: "2026-05-01T00:00:00Z")])
        #expect(Fixtures.press(&model, .character("y")) == [.api(.state(.write(Self.undoWrite)))])
        #expect(model.activity.notice == "restoring the state of salesforce@acme…")

        _ = update(&model, F.written(Self.undoWrite, before: F.edited, after: F.state))
        #expect(model.state.document == .some(F.state))
        #expect(model.activity.notice == "state of salesforce@acme restored (1 change) — z again redoes the change")

        _ = Fixtures.press(&model, .character("z"))
        let redo = try F.overlay(model)
        #expect(redo.write == StateWrite(ref: F.ref, kind: .undo, expected: .unchanged(F.state), target: F.edited))
    }

    @Test("undoing a reset writes the old state back; undoing a first state deletes it")
    func undoTargets() throws {
        var model = F.loaded()
        _ = Fixtures.press(&model, .character("X"))
        Fixtures.type(&model, "salesforce")
        _ = Fixtures.press(&model, .enter)
        _ = update(&model, F.written(Self.resetWrite, before: F.state, after: .none))
        _ = Fixtures.press(&model, .character("z"))
        #expect(try F.overlay(model).write == StateWrite(ref: F.ref, kind: .undo, expected: .unchanged(.none), target: F.state))
        #expect(try F.overlay(model).changes == [.added(.root, F.state)])

        let restore = try F.overlay(model).write
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, F.written(restore, before: .none, after: F.state))
        _ = Fixtures.press(&model, .character("z"))
        #expect(try F.overlay(model).write.target == nil)
        #expect(try F.overlay(model).changes == [.removed(.root, F.state)])
    }

    @Test("an undo refused as a conflict shows both changes; o overwrites against the current state")
    func undoConflict() throws {
        var model = try afterEdit()
        _ = Fixtures.press(&model, .character("z"), .character("y"))
        let current: JSONValue = ["bookmarks": [:]]
        _ = update(&model, .stateChange(.finished(Self.undoWrite, .conflict(current: current, journalError: nil),
                                                  at: Fixtures.at(11))))
        let overlay = try F.overlay(model)
        guard case .conflict(let shown, let meanwhile) = overlay.stage else {
            try wrongCase(overlay.stage, expected: ".conflict")
        }
        #expect(shown == current)
        #expect(!meanwhile.isEmpty)
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-06-01T00:00:00Z", to: "2026-05-01T00:00:00Z")])
        var expected = Self.undoWrite
        expected.expected = .unchanged(current)
        #expect(Fixtures.press(&model, .character("o")) == [.api(.state(.write(expected)))])
    }

    @Test("z on another connector than the remembered change searches the journal; Esc in the undo preview keeps no draft")
    func undoElsewhereAndCancel() throws {
        var model = try afterEdit()
        _ = Fixtures.press(&model, .character("z"), .escape)
        #expect(model.activity.notice == "cancelled: nothing was changed")
        #expect(model.stateEdits.drafts.isEmpty)
        _ = Fixtures.press(&model, .tab, .character("j"))
        #expect(model.state.connector?.connector == "hubspot")
        let hubspot = try #require(model.state.connector)
        _ = update(&model, .polled(.stateLoaded(hubspot, .success(F.state), at: Fixtures.at(12))))
        #expect(Fixtures.press(&model, .character("z"))
                == [.findStateUndo(StateUndoLookup(ref: hubspot, envID: model.connection.envID,
                                                   flowID: model.connection.flowID))])
        #expect(model.overlay == nil)
    }

    @Test("secrets in a diff are masked unless revealed")
    func secretsMasked() {
        let changes: [JSONChange] = [.changed(["api_token"], from: "tok-live-123", to: "tok-live-456"),
                                     .added(["auth"], ["client_secret": "s3cr3t", "user": "bob"]),
                                     .added(["config"], ["password": "hunter2", "user": "bob"])]
        let masked = StateChangeLine.lines(changes, revealSecrets: false)
        let text = masked.map { "\($0.path) \($0.old ?? "") \($0.new ?? "")" }.joined(separator: "\n")
        for secret in ["tok-live", "s3cr3t", "hunter2"] { #expect(!text.contains(secret)) }
        #expect(text.contains(#""user":"bob""#))
        let revealed = StateChangeLine.lines(changes, revealSecrets: true)
        #expect(revealed[0].new == #""tok-live-456""#)
    }
}

/// X with every change to the model stated (`TestStore`).
@Suite("Resetting state, whole-model")
struct StateResetStoreTests {
    typealias F = StateEditFixtures

    @Test("X, the name typed, Enter, the delete confirmed: each step's whole change and effects")
    func resetStepByStep() {
        var store = TestStore(F.loaded())
        let write = StateResetAndUndoTests.resetWrite
        // The running job of the fixture is named: it writes its own state when it ends.
        let question = Confirmation(title: "Reset state of salesforce",
                                    lines: ["Delete the state of salesforce for tenant acme?",
                                            "Its next job runs a full sync. z restores the state afterwards.",
                                            "⚠ job 37g_DK of salesforce is SYNC_STARTED:",
                                            "it writes its own state when it ends and may", "overwrite this change."],
                                    answer: .typed("salesforce"), request: .state(.write(write)),
                                    pendingNotice: "deleting the state of salesforce@acme…")
        store.press(.character("X")) { $0.overlay = .confirm(question) }
        var typed = question
        for character in "salesforce" {
            typed.input.text.append(character)
            typed.input.cursor += 1
            store.press(.character(character)) { [typed] in $0.overlay = .confirm(typed) }
        }
        store.press(.enter, effects: [.api(.state(.write(write)))]) {
            $0.overlay = nil
            $0.activity.notice = "deleting the state of salesforce@acme…"
        }
        store.send(F.written(write, before: F.state, after: .none)) {
            $0.now = Fixtures.at(10)
            $0.state.setDocument(.none)
            $0.state.load.succeeded(at: Fixtures.at(10))
            $0.stateEdits.undo = .init(ref: F.ref, before: F.state, after: .none, kind: .reset)
            $0.activity.notice = "state of salesforce@acme deleted — z restores it"
        }
    }
}

/// z with every change to the model stated (`TestStore`): the preview, y, the write confirmed, and the undo
/// record turned around so that z again redoes.
@Suite("Undoing a state change, whole-model")
struct StateUndoStoreTests {
    typealias F = StateEditFixtures

    @Test("z previews current → before, y writes it, the answer restores it and keeps the redo")
    func undoStepByStep() throws {
        var store = TestStore(try StateResetAndUndoTests().afterEdit())
        let write = StateResetAndUndoTests.undoWrite
        let preview = StateEditOverlay(write: write,
                                       changes: [.changed(F.accountPath, from: "2026-06-01T00:00:00Z",
                                                          to: "2026-05-01T00:00:00Z")],
                                       text: F.state.pretty() + "\n")
        store.press(.character("z")) {
            $0.overlay = .stateEdit(preview)
            $0.activity.notice = nil
        }
        store.press(.character("y"), effects: [.api(.state(.write(write)))]) {
            $0.overlay = nil
            $0.activity.notice = "restoring the state of salesforce@acme…"
        }
        store.send(F.written(write, before: F.edited, after: F.state)) {
            $0.state.setDocument(F.state)
            $0.state.load.succeeded(at: Fixtures.at(10))
            $0.stateEdits.undo = .init(ref: F.ref, before: F.edited, after: F.state, kind: .undo)
            $0.activity.notice = "state of salesforce@acme restored (1 change) — z again redoes the change"
        }
    }
}

import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// `z` when this run remembers no change of the selected connector: the runtime searches the journal, and its
/// answer opens the same undo preview (or the conflict dialog) as a remembered change would.
@Suite("Undoing a state change found in the journal")
struct StateUndoFromJournalTests {
    typealias F = StateEditFixtures

    /// A `gluetop state set` of salesforce@acme that moved the Account bookmark to June.
    static func scriptSet(env: String = "demo.hg.example.com") -> JournalEntry {
        JournalEntry(time: Fixtures.at(1), origin: "cli", profile: "demo", envID: env, flowID: "l8odS2mce",
                     tenant: "acme", connector: "salesforce", action: "state.set",
                     request: "PUT linkedConnectors/state connector_id=salesforce", outcome: .succeeded,
                     before: F.state, after: F.edited)
    }

    /// `state` on screen, `z` pressed: returns the lookup it asked for.
    func pressZ(_ model: inout Model) throws -> StateUndoLookup {
        let effects = Fixtures.press(&model, .character("z"))
        guard case .findStateUndo(let lookup)? = effects.first, effects.count == 1 else {
            try wrongCase(effects, expected: "[.findStateUndo]")
        }
        #expect(lookup == StateUndoLookup(ref: F.ref, envID: "demo.hg.example.com", flowID: "l8odS2mce"))
        return lookup
    }

    @Test("a journaled change whose after is the current state: the undo preview, then the checked write")
    func previewFromJournal() throws {
        var model = F.loaded(F.edited)
        let lookup = try pressZ(&model)
        #expect(update(&model, .stateUndoFound(lookup, .success(Self.scriptSet()))).isEmpty)
        let overlay = try F.overlay(model)
        let write = StateWrite(ref: F.ref, kind: .undo, expected: .unchanged(F.edited), target: F.state)
        #expect(overlay.write == write)
        #expect(overlay.stage == .preview)
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-06-01T00:00:00Z", to: "2026-05-01T00:00:00Z")])
        #expect(model.activity.notice == "undo: the last journaled state change of salesforce@acme is the state.set "
                + "by a script (profile demo): y restores the state from before it")
        #expect(Fixtures.press(&model, .character("y")) == [.api(.state(.write(write)))])
        #expect(write.kind.journalAction == "state.undo")
    }

    @Test("no state change of the connector in the journal says so")
    func nothingInJournal() throws {
        var model = F.loaded()
        let lookup = try pressZ(&model)
        #expect(update(&model, .stateUndoFound(lookup, .success(nil))).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "undo: nothing to undo for salesforce@acme (no state change of it in the journal)")
    }

    @Test("the state is no longer the change's after: the conflict dialog at once; o restores against the current state")
    func conflictWithJournal() throws {
        let current: JSONValue = ["bookmarks": [:]]
        var model = F.loaded(current)
        let lookup = try pressZ(&model)
        _ = update(&model, .stateUndoFound(lookup, .success(Self.scriptSet())))
        let overlay = try F.overlay(model)
        guard case .conflict(let shown, let meanwhile) = overlay.stage else {
            try wrongCase(overlay.stage, expected: ".conflict")
        }
        #expect(shown == current)
        #expect(meanwhile == StateDiff.changes(from: F.edited, to: current))
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-06-01T00:00:00Z", to: "2026-05-01T00:00:00Z")])
        #expect(model.activity.notice?.hasPrefix("undo: the state of salesforce@acme changed since the state.set") == true)
        #expect(Fixtures.press(&model, .character("o"))
                == [.api(.state(.write(StateWrite(ref: F.ref, kind: .undo, expected: .unchanged(current),
                                                  target: F.state))))])
    }

    @Test("an unreadable journal is said, nothing opens")
    func unreadableJournal() throws {
        var model = F.loaded(F.edited)
        let lookup = try pressZ(&model)
        _ = update(&model, .stateUndoFound(lookup, .failure(JournalLoadError("cannot read /tmp/journal.jsonl"))))
        #expect(model.overlay == nil)
        #expect(model.activity.notice
                == "undo: cannot read the journal (cannot read /tmp/journal.jsonl); nothing was changed")
    }

    @Test("an answer for a connector no longer selected is dropped; the state already restored is said")
    func staleOrAlreadyRestored() throws {
        var model = F.loaded(F.edited)
        let lookup = try pressZ(&model)
        _ = Fixtures.press(&model, .tab, .character("j"))
        #expect(model.state.connector != F.ref)
        _ = update(&model, .stateUndoFound(lookup, .success(Self.scriptSet())))
        #expect(model.overlay == nil)
        #expect(model.activity.notice?.hasPrefix("undo of salesforce@acme dropped") == true)

        var restored = F.loaded(F.state)
        let again = try pressZ(&restored)
        _ = update(&restored, .stateUndoFound(again, .success(Self.scriptSet())))
        #expect(restored.overlay == nil)
        #expect(restored.activity.notice?.hasPrefix("undo: the state of salesforce@acme already is what it was") == true)
    }

    @Test("a change remembered from this run is used without the journal")
    func rememberedFirst() throws {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, F.written(F.editWrite, before: F.state, after: F.edited))
        #expect(Fixtures.press(&model, .character("z")).isEmpty)
        #expect(try F.overlay(model).write.target == F.state)
    }
}

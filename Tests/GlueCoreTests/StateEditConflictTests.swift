import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// A write refused because the state changed at Hotglue after the edit started: both changes shown, and the
/// three ways on (overwrite, re-edit, cancel).
@Suite("State write conflicts")
struct StateEditConflictTests {
    typealias F = StateEditFixtures

    static let invoicePath: JSONPath = ["bookmarks", "Invoice", "replication_key_value"]

    /// What a job did meanwhile: the Invoice bookmark moved on.
    static var current: JSONValue {
        var value = F.state
        try! value.setValue(.number(JSONNumber(text: "12345678901234567999")!), at: invoicePath)
        return value
    }

    func conflicted() throws -> Model {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, .stateChange(.finished(F.editWrite, .conflict(current: Self.current, journalError: nil),
                                                  at: Fixtures.at(10))))
        return model
    }

    @Test("the conflict overlay shows what changed meanwhile and what you changed; the pane shows the current state")
    func showsBoth() throws {
        let model = try conflicted()
        let overlay = try F.overlay(model)
        let meanwhile: [JSONChange] = [.changed(Self.invoicePath, from: .number(JSONNumber(text: "12345678901234567890")!),
                                                to: .number(JSONNumber(text: "12345678901234567999")!))]
        #expect(overlay.stage == .conflict(current: Self.current, meanwhile: meanwhile))
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-05-01T00:00:00Z", to: "2026-06-01T00:00:00Z")])
        #expect(overlay.text == F.editedText)
        #expect(model.state.document == .some(Self.current))
    }

    @Test("o overwrites: the same target, checked against the current state, through requestChange")
    func overwrite() throws {
        var model = try conflicted()
        let effects = Fixtures.press(&model, .character("o"))
        var expected = F.editWrite
        expected.expected = .unchanged(Self.current)
        #expect(effects == [.api(.state(.write(expected)))])
        #expect(model.overlay == nil)
    }

    @Test("e re-edits from the current state with the user's change made again")
    func reEditMerges() throws {
        var model = try conflicted()
        let effects = Fixtures.press(&model, .character("e"))
        guard case .openEditor(let request)? = effects.first else {
            try wrongCase(effects.first, expected: ".openEditor")
        }
        var merged = Self.current
        try merged.setValue("2026-06-01T00:00:00Z", at: F.accountPath)
        #expect(request.text == merged.pretty() + "\n")
        #expect(request.header.contains { $0.contains("changed at Hotglue after your edit started") })
        #expect(model.stateEdits.editing == .init(ref: F.ref, original: Self.current))

        // Saving it previews against the current state, so the next write passes the check.
        _ = update(&model, .editorFinished(request, .edited(request.text)))
        let overlay = try F.overlay(model)
        #expect(overlay.write.expected == .unchanged(Self.current))
        #expect(overlay.changes.map(\.path) == [F.accountPath])
    }

    @Test("e falls back to the user's own text when the change no longer fits")
    func reEditFallsBack() throws {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        let gone: JSONValue = ["bookmarks": [:]]
        _ = update(&model, .stateChange(.finished(F.editWrite, .conflict(current: gone, journalError: nil),
                                                  at: Fixtures.at(10))))
        let reopened = Fixtures.press(&model, .character("e"))
        guard case .openEditor(let request)? = reopened.first else {
            try wrongCase(reopened, expected: "[.openEditor]")
        }
        #expect(request.text == F.editedText)
        #expect(request.header.contains { $0.contains("do not fit the new state") })
        #expect(request.header.contains("  bookmarks.Account"))
    }

    @Test("Esc cancels the conflict and keeps the edit as a draft")
    func cancel() throws {
        var model = try conflicted()
        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.stateEdits.drafts[F.ref] == .init(text: F.editedText, original: F.state))
        #expect(model.activity.notice?.contains("kept as a draft") == true)
    }

    @Test("the expectation compares structure, not key order; number text counts")
    func expectation() {
        let a = try! JSONValue.parse(#"{"a": 1.10, "b": "x"}"#)
        let reordered = try! JSONValue.parse(#"{"b": "x", "a": 1.10}"#)
        let renumbered = try! JSONValue.parse(#"{"a": 1.1, "b": "x"}"#)
        #expect(StateExpectation.unchanged(a).isMet(by: reordered))
        #expect(!StateExpectation.unchanged(a).isMet(by: renumbered))
        #expect(!StateExpectation.unchanged(a).isMet(by: .none))
        #expect(StateExpectation.unchanged(.none).isMet(by: .none))
        #expect(StateExpectation.anything.isMet(by: a))
    }

    @Test("re-applying removals of array elements goes from the back")
    func reapplyArrays() throws {
        let old = try JSONValue.parse(#"{"list": [1, 2, 3, 4], "keep": true}"#)
        let new = try JSONValue.parse(#"{"list": [1, 2]}"#)
        let current = try JSONValue.parse(#"{"list": [1, 2, 3, 4], "keep": true, "other": 5}"#)
        let merged = try StateDiff.reapply(StateDiff.changes(from: old, to: new), onto: current).get()
        #expect(merged == (try JSONValue.parse(#"{"list": [1, 2], "other": 5}"#)))
        #expect(throws: JSONPathError.self) {
            try StateDiff.reapply([.added(["a", "b"], 1)], onto: ["x": 1]).get()
        }
    }
}

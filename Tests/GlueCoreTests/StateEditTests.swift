import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// `e`: the state in `$EDITOR`, the diff preview, apply, and every way out of it.
@Suite("Editing a connector's state")
struct StateEditTests {
    typealias F = StateEditFixtures

    @Test("e opens the pretty-printed state in the editor; numbers keep their exact text")
    func opensTheEditor() throws {
        var model = F.loaded()
        let request = try F.editing(&model)
        #expect(request.purpose == .state(F.ref))
        #expect(request.text == F.state.pretty() + "\n")
        #expect(request.text.contains("12345678901234567890"))
        #expect(request.text.contains("1.10"))
        #expect(request.header.first?.contains("salesforce") == true)
        #expect(model.overlay == nil)
    }

    @Test("the edited state is previewed as a structural diff; y sends the write through requestChange")
    func happyPath() throws {
        var model = try F.previewing()
        let overlay = try F.overlay(model)
        #expect(overlay.stage == .preview)
        #expect(overlay.changes == [.changed(F.accountPath, from: "2026-05-01T00:00:00Z", to: "2026-06-01T00:00:00Z")])
        #expect(overlay.write == F.editWrite)
        // The number text elsewhere is exactly what was loaded.
        #expect(overlay.write.target?.value(at: ["bookmarks", "Invoice", "replication_key_value"])?.numberText
                == "12345678901234567890")
        #expect(overlay.write.target?.value(at: ["bookmarks", "Payment", "replication_key_value"])?.numberText == "1.10")

        let effects = Fixtures.press(&model, .character("y"))
        #expect(effects == [.api(.state(.write(F.editWrite)))])
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "writing the state of salesforce@acme…")

        _ = update(&model, F.written(F.editWrite, before: F.state, after: F.edited))
        #expect(model.state.document == .some(F.edited))
        #expect(model.stateEdits.undo == .init(ref: F.ref, before: F.state, after: F.edited, kind: .edit))
        #expect(model.stateEdits.drafts[F.ref] == nil)
        #expect(model.activity.notice == "state of salesforce@acme written (1 change) — z undoes it")
    }

    @Test("Enter applies like y")
    func enterApplies() throws {
        var model = try F.previewing()
        #expect(Fixtures.press(&model, .enter) == [.api(.state(.write(F.editWrite)))])
    }

    @Test("e with no connector selected is refused with the reason")
    func noConnector() {
        var model = Fixtures.model()
        _ = update(&model, .polled(.tenantsLoaded(.success(["acme"]), at: Fixtures.at(1))))
        _ = update(&model, .polled(.connectorsLoaded("acme", .success([]), at: Fixtures.at(2))))
        #expect(Fixtures.press(&model, .character("e")).isEmpty)
        #expect(model.activity.notice == "edit state: no connector selected, pick one in the linked connectors pane")
        #expect(model.overlay == nil)
    }

    @Test("e before the state has loaded is refused with the reason")
    func notLoaded() {
        var model = Fixtures.loaded()
        #expect(Fixtures.press(&model, .character("e")).isEmpty)
        #expect(model.activity.notice == "edit state: the state of salesforce@acme is not loaded yet, wait for it or press R")
    }

    @Test("e in read-only mode is refused before anything opens")
    func readOnly() {
        var model = F.loaded()
        model.connection.readOnly = true
        #expect(Fixtures.press(&model, .character("e")).isEmpty)
        #expect(model.activity.notice?.hasPrefix("read-only") == true)
    }

    @Test("a connector without state is edited from {}")
    func noStateYet() throws {
        var model = F.loaded(nil)
        let request = try F.editing(&model)
        #expect(request.text == "{}\n")
        _ = update(&model, .editorFinished(request, .edited(#"{"bookmarks": {}}"#)))
        let overlay = try F.overlay(model)
        #expect(overlay.write.expected == .unchanged(.none))
        #expect(overlay.changes == [.added(.root, ["bookmarks": [:]])])
    }

    @Test("an editor that fails changes nothing and says so")
    func editorFailed() throws {
        var model = F.loaded()
        let request = try F.editing(&model)
        let effects = update(&model, .editorFinished(request, .failed("the editor 'vi' exited with status 1")))
        #expect(effects.isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "the editor 'vi' exited with status 1 — nothing was changed")
        #expect(model.stateEdits.drafts.isEmpty)
        #expect(model.state.document == .some(F.state))
    }

    @Test("saving the text unchanged is 'no change'; so is only reordering keys")
    func noChange() throws {
        var model = F.loaded()
        var request = try F.editing(&model)
        #expect(update(&model, .editorFinished(request, .edited(request.text))).isEmpty)
        #expect(model.activity.notice == "no change: the state of salesforce@acme is left as it is")
        #expect(model.overlay == nil)

        request = try F.editing(&model)
        #expect(update(&model, .editorFinished(request, .edited(F.state.compact()))).isEmpty)
        #expect(model.activity.notice?.hasPrefix("no change: only formatting") == true)
    }

    @Test("invalid JSON reopens the editor on the user's own text with the error on top")
    func invalidJSON() throws {
        var model = F.loaded()
        let request = try F.editing(&model)
        let broken = "{\n  \"bookmarks\": {\n    \"Account\" 1\n  }\n}\n"
        let effects = update(&model, .editorFinished(request, .edited(broken)))
        guard case .openEditor(let again)? = effects.first, effects.count == 1 else {
            try wrongCase(effects, expected: "[.openEditor]")
        }
        #expect(again.text == broken)
        #expect(again.purpose == .state(F.ref))
        #expect(again.header.first == "Not valid JSON, nothing was written: line 3, column 15: expected ':' after the key \"Account\", found '1'")
        #expect(model.overlay == nil)

        // Fixed the second time: the diff is against the state the first run started from.
        let fixed = F.editedText
        _ = update(&model, .editorFinished(again, .edited(fixed)))
        #expect(try F.overlay(model).write == F.editWrite)
    }

    @Test("an editor failing on the user's own text keeps it as a draft")
    func failedReopenKeepsText() throws {
        var model = F.loaded()
        let request = try F.editing(&model)
        let broken = "{ nope"
        let rejected = update(&model, .editorFinished(request, .edited(broken)))
        guard case .openEditor(let again)? = rejected.first else { try wrongCase(rejected, expected: "[.openEditor]") }
        _ = update(&model, .editorFinished(again, .failed("the editor 'vi' exited with status 1")))
        #expect(model.stateEdits.drafts[F.ref] == .init(text: broken, original: F.state))
        #expect(model.activity.notice?.contains("your text is kept as a draft: e reopens it") == true)
    }

    @Test("Esc in the preview cancels, keeps the text as a draft, and the next e offers it")
    func cancelKeepsDraft() throws {
        var model = try F.previewing()
        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice
                == "cancelled: nothing was changed — your edit is kept as a draft: e on salesforce reopens it")
        let request = try F.editing(&model)
        #expect(request.text == F.editedText)
        #expect(request.header.first?.hasPrefix("Your unsaved draft") == true)
        // Saving the draft as it is previews the same change again.
        _ = update(&model, .editorFinished(request, .edited(request.text)))
        #expect(try F.overlay(model).write == F.editWrite)
    }

    @Test("n also cancels; an empty file throws the draft away")
    func emptyFileDiscardsDraft() throws {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("n"))
        let request = try F.editing(&model)
        _ = update(&model, .editorFinished(request, .edited("\n")))
        #expect(model.stateEdits.drafts.isEmpty)
        #expect(model.activity.notice == "empty file: nothing was changed (draft thrown away)")
        #expect(try F.editing(&model).text == F.state.pretty() + "\n")
    }

    @Test("e in the preview edits again, starting from the user's edited text")
    func editAgain() throws {
        var model = try F.previewing()
        let effects = Fixtures.press(&model, .character("e"))
        guard case .openEditor(let request)? = effects.first else {
            try wrongCase(effects.first, expected: ".openEditor")
        }
        #expect(request.text == F.editedText)
        #expect(model.overlay == nil)
        #expect(model.stateEdits.editing == .init(ref: F.ref, original: F.state))
    }

    @Test("a failed write says what happened and what to try, leaves the old state and keeps the draft")
    func apiErrorOnWrite() throws {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        let error = APIError(category: .server, summary: "Hotglue answered 503", hint: "try again in a minute")
        _ = update(&model, .stateChange(.finished(F.editWrite, .failed(error, journalError: nil), at: Fixtures.at(10))))
        guard case .message(let title, let body) = model.overlay else {
            try wrongCase(model.overlay, expected: ".message")
        }
        #expect(title == "State not changed")
        #expect(body.contains("Hotglue answered 503: try again in a minute"))
        #expect(body.contains("press e to try again"))
        #expect(model.state.document == .some(F.state))
        #expect(model.stateEdits.drafts[F.ref] == .init(text: F.editedText, original: F.state))
        #expect(model.stateEdits.undo == nil)
        #expect(model.activity.lastError == "Hotglue answered 503: try again in a minute")
    }

    @Test("on a production profile, y asks for the profile name before the write leaves")
    func productionAsks() throws {
        var model = try F.previewing()
        model.connection.profile = "prod"
        model.connection.production = true
        #expect(Fixtures.press(&model, .character("y")).isEmpty)
        guard case .confirm(let question) = model.overlay else { try wrongCase(model.overlay, expected: ".confirm") }
        #expect(question.answer == .typed("prod"))
        #expect(question.request == .state(.write(F.editWrite)))
        Fixtures.type(&model, "prod")
        #expect(Fixtures.press(&model, .enter) == [.api(.state(.write(F.editWrite)))])
    }

    @Test("Esc at the production question sends nothing; the edit stays as a draft for the next e")
    func productionCancelKeepsDraft() throws {
        var model = try F.previewing()
        model.connection.profile = "prod"
        model.connection.production = true
        _ = Fixtures.press(&model, .character("y"))
        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed (your edit is kept: e reopens it)")
        #expect(try F.editing(&model).text == F.editedText)
    }

    @Test("the overlay takes j/k and v; the lists under it do not move")
    func listsStayPut() throws {
        var model = try F.previewing()
        let tenants = model.tenants.list, connectors = model.connectors.list, cursor = model.state.cursor
        _ = Fixtures.press(&model, .character("j"), .character("j"), .character("k"), .down)
        #expect(try F.overlay(model).scroll == 2)
        _ = Fixtures.press(&model, .character("v"))
        #expect(try F.overlay(model).revealSecrets)
        #expect(model.tenants.list == tenants)
        #expect(model.connectors.list == connectors)
        #expect(model.state.cursor == cursor)
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, F.written(F.editWrite, before: F.state, after: F.edited))
        #expect(model.tenants.list == tenants)
        #expect(model.connectors.list == connectors)
    }

    @Test("a read-back failure after a write says so and shows what was sent")
    func readBackFailed() throws {
        var model = try F.previewing()
        _ = Fixtures.press(&model, .character("y"))
        _ = update(&model, .stateChange(.finished(F.editWrite, .written(before: F.state, after: F.edited,
                                                                          readBackError: "timed out",
                                                                          journalError: "journal /x not written: disk full"),
                                                  at: Fixtures.at(10))))
        #expect(model.state.document == .some(F.edited))
        #expect(model.activity.notice == "state of salesforce@acme written (1 change) — z undoes it; reading it back "
                + "failed (timed out), R reads it again (journal: journal /x not written: disk full)")
    }
}

/// The edit from the editor's answer to the write's, with every change to the model stated (`TestStore`).
@Suite("Editing a connector's state, whole-model")
struct StateEditStoreTests {
    typealias F = StateEditFixtures

    @Test("the edited text previewed, y, the write confirmed: each step's whole change and effects")
    func editStepByStep() throws {
        var model = F.loaded()
        let request = try F.editing(&model)
        var store = TestStore(model)
        let preview = StateEditOverlay(write: F.editWrite,
                                       changes: [.changed(F.accountPath, from: "2026-05-01T00:00:00Z", to: "2026-06-01T00:00:00Z")],
                                       text: F.editedText)
        store.send(.editorFinished(request, .edited(F.editedText))) {
            $0.stateEdits.editing = nil
            $0.overlay = .stateEdit(preview)
        }
        store.press(.character("y"), effects: [.api(.state(.write(F.editWrite)))]) {
            $0.overlay = nil
            $0.activity.notice = "writing the state of salesforce@acme…"
            $0.stateEdits.drafts[F.ref] = .init(text: F.editedText, original: F.state)
        }
        store.send(F.written(F.editWrite, before: F.state, after: F.edited)) {
            $0.now = Fixtures.at(10)
            $0.state.setDocument(F.edited)
            $0.state.load.succeeded(at: Fixtures.at(10))
            $0.stateEdits.undo = .init(ref: F.ref, before: F.state, after: F.edited, kind: .edit)
            $0.stateEdits.drafts[F.ref] = nil
            $0.activity.notice = "state of salesforce@acme written (1 change) — z undoes it"
        }
    }
}

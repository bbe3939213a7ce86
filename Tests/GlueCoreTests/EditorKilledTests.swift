import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

/// `$EDITOR` killed before it exited (a signal, the ssh session's editor OOM-killed): what it had saved is the
/// user's work. It is kept, never applied.
@Suite("A killed editor")
struct EditorKilledTests {
    @Test("state: what the editor saved becomes the draft, and e reopens it")
    func stateEdit() throws {
        var model = StateEditFixtures.loaded()
        let request = try StateEditFixtures.editing(&model)
        let saved = StateEditFixtures.editedText
        let effects = update(&model, .editorFinished(request, .killed("$EDITOR was killed (signal 9)", saved: saved)))
        #expect(effects.isEmpty)
        #expect(model.overlay == nil)
        #expect(model.stateEdits.drafts[StateEditFixtures.ref]?.text == saved)
        #expect(model.activity.notice == "$EDITOR was killed (signal 9): nothing was written; what it saved is kept as a draft: e reopens it")
        let reopened = Fixtures.press(&model, .character("e"))
        guard case .openEditor(let again)? = reopened.first else { try wrongCase(reopened.first, expected: ".openEditor") }
        #expect(again.text == saved)
    }

    @Test("state: killed before saving anything leaves nothing behind")
    func stateEditNothingSaved() throws {
        var model = StateEditFixtures.loaded()
        let request = try StateEditFixtures.editing(&model)
        _ = update(&model, .editorFinished(request, .killed("$EDITOR was killed (signal 15)", saved: nil)))
        #expect(model.stateEdits.drafts.isEmpty)
        #expect(model.activity.notice == "$EDITOR was killed (signal 15): nothing was changed")
    }

    @Test(":update --editor: the form stays open holding what the editor saved; ctrl+e reopens it")
    func configEdit() throws {
        var model = Fixtures.loaded()
        _ = ChangeFixtures.palette(&model, "update --editor")
        let ref = ChangeFixtures.ref
        var effects = update(&model, .connectorChange(.configLoaded(ref, .editor, .success(ChangeFixtures.config),
                                                                    at: Fixtures.at(20))))
        guard case .openEditor(let request)? = effects.first else { try wrongCase(effects.first, expected: ".openEditor") }
        let saved = request.text.replacingOccurrences(of: "5432", with: "6543")
        effects = update(&model, .editorFinished(request, .killed("$EDITOR was killed (signal 9)", saved: saved)))
        #expect(effects.isEmpty)
        let form = try #require(ChangeFixtures.form(model))
        #expect(form.editorText == saved)
        #expect(model.activity.notice == "$EDITOR was killed (signal 9): nothing was sent; what it saved is kept: ctrl+e reopens it, Esc drops it")
        effects = Fixtures.press(&model, .control("e"))
        guard case .openEditor(let again)? = effects.first else { try wrongCase(effects.first, expected: ".openEditor") }
        #expect(again.text == saved)
    }
}

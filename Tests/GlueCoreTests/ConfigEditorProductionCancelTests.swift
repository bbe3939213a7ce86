import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite(":update --editor on a production profile")
struct ConfigEditorProductionCancelTests {
    typealias F = ChangeFixtures

    @Test("Esc at the production question keeps the edited config: ctrl+e reopens it, then it can be sent")
    func cancelKeepsTheEditedText() throws {
        var model = Fixtures.loaded()
        model.connection.production = true
        _ = F.palette(&model, "update --editor")
        let loaded = update(&model, .connectorChange(.configLoaded(F.ref, .editor, .success(F.config),
                                                                   at: Fixtures.at(10))))
        guard case .openEditor(let request) = try #require(loaded.first) else {
            try wrongCase(loaded.first, expected: ".openEditor")
        }
        let edited = request.text.replacingOccurrences(of: "5432", with: "6000")
        #expect(edited != request.text)
        #expect(update(&model, .editorFinished(request, .edited(edited))).isEmpty)
        #expect(F.confirmation(model)?.answer == GlueCore.Confirmation.Answer.typed("demo"))

        #expect(Fixtures.press(&model, .escape).isEmpty)
        #expect(F.form(model)?.editorText == edited)
        #expect(model.activity.notice
                == "cancelled: nothing was changed (your edited config is kept: ctrl+e reopens it, Esc drops it)")

        let reopened = Fixtures.press(&model, .control("e"))
        guard case .openEditor(let again) = try #require(reopened.first) else {
            try wrongCase(reopened.first, expected: ".openEditor")
        }
        #expect(again.text == edited)
        _ = update(&model, .editorFinished(again, .edited(again.text)))
        Fixtures.type(&model, "demo")
        let sent = Fixtures.press(&model, .enter)
        guard case .update(_, let change, _) = try #require(F.connectorRequest(sent)) else {
            try wrongCase(F.connectorRequest(sent), expected: ".update")
        }
        #expect(change.config == ["port": 6000])
    }
}

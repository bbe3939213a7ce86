import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite("u: update a connector's config")
struct ConnectorChangeUpdateTests {
    typealias F = ChangeFixtures

    func opened(_ model: inout Model) {
        let effects = Fixtures.press(&model, .character("u"))
        #expect(effects == [.api(.connector(.loadConfig(F.ref, .form)))])
        _ = update(&model, .connectorChange(.configLoaded(F.ref, .form, .success(F.config), at: Fixtures.at(10))))
    }

    @Test("u loads the config into the form, secrets masked; only the changed key is sent")
    func happyPath() throws {
        var model = Fixtures.loaded()
        opened(&model)
        let form = try #require(F.form(model))
        #expect(form.fields.map(\.key) == ["access_token", "refresh_token", "instance_url", "port", "sandbox"])
        #expect(form.fields[0].value == .secret(TextInput("at_demo_secret_value_1"), revealed: false, untouched: true))
        #expect(form.fields[4].value == .toggle(false))

        _ = Fixtures.press(&model, .tab, .tab, .control("u"))
        Fixtures.type(&model, "https://new.example.com")
        _ = Fixtures.press(&model, .tab, .tab, .character(" "))
        let effects = Fixtures.press(&model, .enter)
        #expect(model.overlay == nil)
        guard case .update(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".update")
        }
        #expect(ref == F.ref)
        #expect(request == UpdateConnectorRequest(connector: "salesforce",
                                                  config: ["instance_url": "https://new.example.com", "sandbox": true]))
        _ = update(&model, .connectorChange(.updated(ref, request, reopen: reopen, .success(()), journalProblem: nil,
                                                     at: Fixtures.at(20))))
        #expect(model.activity.notice == "updated salesforce@acme: instance_url, sandbox")
    }

    @Test("typing into a masked secret replaces it; the port stays a number")
    func secretReplaced() throws {
        var model = Fixtures.loaded()
        opened(&model)
        Fixtures.type(&model, "new_token")
        let effects = Fixtures.press(&model, .enter)
        guard case .update(_, let request, _) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".update")
        }
        #expect(request.config == ["access_token": "new_token"])
    }

    @Test("nothing changed: Enter says so and sends nothing")
    func nothingToChange() throws {
        var model = Fixtures.loaded()
        opened(&model)
        #expect(Fixtures.press(&model, .enter).isEmpty)
        #expect(F.form(model)?.error?.contains("nothing to change") == true)
    }

    @Test("an API error reopens the form with the edited values and the error")
    func apiError() throws {
        var model = Fixtures.loaded()
        opened(&model)
        _ = Fixtures.press(&model, .tab, .tab, .tab, .control("u"))
        Fixtures.type(&model, "6543")
        let effects = Fixtures.press(&model, .enter)
        guard case .update(let ref, let request, let reopen) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".update")
        }
        #expect(request.config == ["port": 6543])
        _ = update(&model, .connectorChange(.updated(ref, request, reopen: reopen, .failure(Fixtures.error()),
                                                     journalProblem: nil, at: Fixtures.at(20))))
        let form = try #require(F.form(model))
        #expect(form.field("port")?.text == "6543")
        #expect(form.error == "update of salesforce@acme failed: \(Fixtures.error().message)")
    }

    @Test("no connector selected, a bad argument, Esc while loading and in the form")
    func refusalsAndCancel() {
        var empty = Fixtures.model()
        #expect(Fixtures.press(&empty, .character("u")).isEmpty)
        #expect(empty.activity.notice == "select a linked connector to update its config")

        var model = Fixtures.loaded()
        #expect(F.palette(&model, "update --force").isEmpty)
        #expect(model.activity.notice?.contains("'--force'") == true)

        _ = Fixtures.press(&model, .character("u"), .escape)
        #expect(model.overlay == nil)
        opened(&model)
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")
    }

    @Test(":update --editor: the config goes to $EDITOR masked; a kept mask keeps the secret; only changes are sent")
    func editor() throws {
        var model = Fixtures.loaded()
        #expect(F.palette(&model, "update --editor") == [.api(.connector(.loadConfig(F.ref, .editor)))])
        let effects = update(&model, .connectorChange(.configLoaded(F.ref, .editor, .success(F.config),
                                                                    at: Fixtures.at(10))))
        guard case .openEditor(let request) = try #require(effects.first) else {
            try wrongCase(effects.first, expected: ".openEditor")
        }
        #expect(request.purpose == .connectorConfig(F.ref))
        #expect(!request.text.contains("at_demo_secret_value_1"))
        #expect(request.text.contains(SecretMasking.mask))

        // Invalid JSON: the editor reopens with the user's text and the error on top.
        let broken = request.text.replacingOccurrences(of: "5432", with: "54 32")
        let again = update(&model, .editorFinished(request, .edited(broken)))
        guard case .openEditor(let retry) = try #require(again.first) else {
            try wrongCase(again.first, expected: ".openEditor")
        }
        #expect(retry.text == broken)
        #expect(retry.header.first?.contains("line") == true)

        let edited = broken.replacingOccurrences(of: "54 32", with: "6000")
        let sent = update(&model, .editorFinished(retry, .edited(edited)))
        guard case .update(_, let change, _) = try #require(F.connectorRequest(sent)) else {
            try wrongCase(F.connectorRequest(sent), expected: ".update")
        }
        #expect(change.config == ["port": 6000])
    }

    @Test("the editor fails: nothing is sent, the editor-only form closes")
    func editorFails() throws {
        var model = Fixtures.loaded()
        _ = F.palette(&model, "update --editor")
        let effects = update(&model, .connectorChange(.configLoaded(F.ref, .editor, .success(F.config),
                                                                    at: Fixtures.at(10))))
        guard case .openEditor(let request) = try #require(effects.first) else {
            try wrongCase(effects.first, expected: ".openEditor")
        }
        #expect(update(&model, .editorFinished(request, .failed("vi exited with 1"))).isEmpty)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "editor: vi exited with 1; nothing was changed")
    }

    @Test("ctrl+e from the form opens $EDITOR with the form's values")
    func editorFromForm() throws {
        var model = Fixtures.loaded()
        opened(&model)
        let effects = Fixtures.press(&model, .control("e"))
        guard case .openEditor(let request) = try #require(effects.first) else {
            try wrongCase(effects.first, expected: ".openEditor")
        }
        #expect(request.text.contains("\"instance_url\": \"https://acme.my.salesforce.example.com\""))
        #expect(!request.text.contains("rt_demo_secret_value_2"))
        // Unchanged text: nothing to send, the form stays.
        #expect(update(&model, .editorFinished(request, .edited(request.text))).isEmpty)
        #expect(F.form(model) != nil)
    }
}

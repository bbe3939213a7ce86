import GlueCore
import HotglueModels
import LosslessJSON
import TestSupport
import Testing

@Suite("l: link a connector")
struct ConnectorChangeLinkTests {
    typealias F = ChangeFixtures

    /// `l`, then the choices arrive.
    func picker(_ model: inout Model) {
        let effects = Fixtures.press(&model, .character("l"))
        #expect(effects == [.api(.connector(.loadLinkChoices("acme")))])
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
    }

    @Test("l loads the choices, the picker filters and marks linked ones, the form previews masked, Enter links")
    func happyPath() throws {
        var model = Fixtures.loaded()
        picker(&model)
        var form = try #require(F.form(model))
        #expect(form.stage == .picking)
        let picker = try #require(form.picker)
        #expect(picker.choices.map(\.settings.id) == ["salesforce", "hubspot", "stripe", "zendesk"])
        #expect(picker.choices.map(\.isLinked) == [true, true, false, false])
        #expect(picker.choices.map(\.isSupported) == [true, true, true, false])

        Fixtures.type(&model, "stri")
        #expect(F.form(model)?.picker?.visible.map(\.settings.id) == ["stripe"])
        _ = Fixtures.press(&model, .enter)
        form = try #require(F.form(model))
        #expect(form.stage == .editing)
        #expect(form.fields.map(\.key) == ["api_key", "account_id", "start_date"], "required first")

        // Enter with the key missing: the key's field gets the focus and the error.
        _ = Fixtures.press(&model, .tab, .enter)
        form = try #require(F.form(model))
        #expect(form.focus == 0)
        #expect(form.error == "API key is required")

        Fixtures.type(&model, F.secretValue)
        _ = Fixtures.press(&model, .tab)
        Fixtures.type(&model, "acct-1")
        _ = Fixtures.press(&model, .enter)
        form = try #require(F.form(model))
        #expect(form.stage == .previewing)
        let preview = form.previewLines.joined(separator: "\n")
        #expect(preview.contains("\"api_key\": \"\(SecretMasking.mask)\""))
        #expect(!preview.contains(F.secretValue))
        #expect(!preview.contains("start_date"), "empty optional fields are not sent")

        let effects = Fixtures.press(&model, .enter)
        #expect(model.overlay == nil)
        guard case .link(let tenant, let request, _) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".link")
        }
        #expect(tenant == "acme")
        #expect(request == LinkConnectorRequest(connector: "stripe",
                                                config: ["api_key": JSONValue(F.secretValue), "account_id": "acct-1"]))
        #expect(!model.connectors.all.contains { $0.id == "stripe" }, "not before the API answers")

        let answer = try LinkedConnector(json: ["id": "stripe", "label": "Stripe", "type": "api",
                                                "config": ["api_key": JSONValue(F.secretValue)]])
        let after = update(&model, .connectorChange(.linked("acme", request, reopen: form, .success(answer),
                                                            journalProblem: nil, at: Fixtures.at(20))))
        #expect(after == [.refreshNow([.connectors("acme")])])
        let linked = try #require(model.connectors.all.first { $0.id == "stripe" })
        #expect(linked.config == nil, "no secret kept in the list")
        #expect(model.connectors.selected?.id == "stripe")
        #expect(model.activity.notice == "linked stripe to acme")
    }

    @Test("a secret is masked while typed; ctrl+r reveals that field only")
    func secretMaskedAndRevealed() throws {
        var model = Fixtures.loaded()
        picker(&model)
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter)
        Fixtures.type(&model, "abc")
        guard case .secret(let input, let revealed, _) = try #require(F.form(model)?.fields[0].value) else {
            try wrongCase(F.form(model)?.fields[0].value, expected: ".secret")
        }
        #expect(input.text == "abc" && !revealed)
        _ = Fixtures.press(&model, .control("r"))
        #expect(F.form(model)?.fields[0].value == .secret(TextInput("abc"), revealed: true, untouched: false))
        _ = Fixtures.press(&model, .tab, .control("r"))
        #expect(model.activity.notice?.contains("not secret") == true)
    }

    @Test("an API error reopens the form with the values and the error; the list does not change")
    func apiError() throws {
        var model = Fixtures.loaded()
        picker(&model)
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter)
        Fixtures.type(&model, F.secretValue)
        _ = Fixtures.press(&model, .enter)
        let effects = Fixtures.press(&model, .enter)
        guard case .link(_, let request, let form) = try #require(F.connectorRequest(effects)) else {
            try wrongCase(F.connectorRequest(effects), expected: ".link")
        }
        let before = model.connectors
        let error = APIError(category: .badRequest, summary: "Request rejected (400) by 127.0.0.1: bad key",
                             hint: "check the values")
        _ = update(&model, .connectorChange(.linked("acme", request, reopen: form, .failure(error),
                                                    journalProblem: "journal x not written", at: Fixtures.at(20))))
        #expect(model.connectors == before)
        let reopened = try #require(F.form(model))
        #expect(reopened.stage == .editing)
        #expect(reopened.fields[0].text == F.secretValue)
        #expect(reopened.error?.contains(error.message) == true)
        #expect(model.activity.notice?.contains("journal x not written") == true)
    }

    @Test("Esc cancels while loading, in the picker and in the form; in the preview it goes back to the form")
    func cancelEachStep() throws {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("l"), .escape)
        #expect(model.overlay == nil)
        // The late answer is dropped.
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
        #expect(model.overlay == nil)

        picker(&model)
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cancelled: nothing was changed")

        picker(&model)
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter, .escape)
        #expect(model.overlay == nil)

        picker(&model)
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter)
        Fixtures.type(&model, "k")
        let effects = Fixtures.press(&model, .enter, .escape)
        #expect(effects.isEmpty)
        #expect(F.form(model)?.stage == .editing)
        #expect(F.form(model)?.fields[0].text == "k")
        _ = Fixtures.press(&model, .escape)
        #expect(model.overlay == nil)
    }

    @Test("no tenant: refused with a reason; read-only: refused")
    func refusals() {
        var empty = Fixtures.model()
        #expect(Fixtures.press(&empty, .character("l")).isEmpty)
        #expect(empty.activity.notice == "select a tenant to link a connector to")

        var readOnly = Fixtures.loaded()
        readOnly.connection.readOnly = true
        #expect(Fixtures.press(&readOnly, .character("l")).isEmpty)
        #expect(readOnly.overlay == nil)
        #expect(F.palette(&readOnly, "link stripe").isEmpty)
        #expect(readOnly.overlay == nil)
    }

    @Test("the choices cannot be read: the form closes and says why")
    func choicesFail() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .character("l"))
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .failure(Fixtures.error()), at: Fixtures.at(10))))
        #expect(model.overlay == nil)
        #expect(model.activity.notice == "cannot list the connectors to link: \(Fixtures.error().message)")
    }

    @Test(":link stripe goes straight to its form; an unknown id opens the picker filtered; bad words are named")
    func palette() throws {
        var model = Fixtures.loaded()
        #expect(F.palette(&model, "link stripe") == [.api(.connector(.loadLinkChoices("acme")))])
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
        #expect(F.form(model)?.stage == .editing)
        #expect(F.form(model)?.connector?.id == "stripe")

        model.overlay = nil
        _ = F.palette(&model, "link nosuch")
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(F.choices), at: Fixtures.at(10))))
        let form = try #require(F.form(model))
        #expect(form.stage == .picking)
        #expect(form.picker?.filter.text == "nosuch")
        #expect(form.error?.contains("no connector 'nosuch'") == true)

        model.overlay = nil
        #expect(F.palette(&model, "link stripe hubspot").isEmpty)
        #expect(model.activity.notice?.contains("'hubspot'") == true)
        #expect(model.overlay == nil)
        #expect(F.palette(&model, "link --force").isEmpty)
        #expect(model.activity.notice?.contains("'--force'") == true)
    }

    @Test("a connector without a description falls back by auth type: oauth asks for both tokens")
    func fallbackFields() throws {
        var model = Fixtures.loaded()
        picker(&model)
        Fixtures.type(&model, "zendesk")
        _ = Fixtures.press(&model, .enter)
        let form = try #require(F.form(model))
        #expect(form.fields.map(\.key) == ["access_token", "refresh_token"])
        #expect(form.fields.allSatisfy { $0.isRequired && $0.isSecret })
    }
}

@testable import GlueUI
import HotglueModels
import LosslessJSON
import Testing

/// The connector action form: the link picker, the link form with a secret typed (masked), the run job form.
@Suite struct ActionFormGoldenTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    static let secret = "sk_live_9f8e7d6c5b4a"

    static func settings(_ id: String, _ label: String, _ type: String, params: JSONValue? = nil) -> ConnectorSettings {
        var object: JSONObject = ["id": JSONValue(id), "label": JSONValue(label), "type": JSONValue(type),
                                  "tags": ["crm"]]
        if let params { object["connect_ui_params"] = params }
        return try! ConnectorSettings(json: .object(object))
    }

    static let choices = LinkChoices(
        supported: [settings("salesforce", "Salesforce", "oauth"), settings("hubspot", "HubSpot", "oauth"),
                    settings("stripe", "Stripe", "api", params: [
                        "api_key": ["label": "API key", "type": "password", "required": true],
                        "account_id": ["label": "Account id", "type": "text", "required": false],
                        "start_date": ["label": "Start date", "type": "text", "required": false],
                    ])],
        available: [settings("zendesk", "Zendesk", "oauth"), settings("netsuite", "NetSuite", "api")])

    static func picker(_ size: Size) -> Model {
        var model = Fixtures.keys([.character("l")], in: Fixtures.dashboard(size))
        Fixtures.send(&model, .connectorChange(.linkChoicesLoaded("acme", .success(choices), at: FixtureData.now)))
        return model
    }

    @Test(arguments: sizes)
    func linkPicker(size: Size) {
        let model = Fixtures.keys([.down], in: Self.picker(size))
        Golden.assertFrame(model, named: Golden.name(size))
        let text = view(model, theme: .default).text
        #expect(text.contains("linked"))
        #expect(text.contains("not on the flow"))
    }

    @Test(arguments: sizes)
    func linkFormWithMaskedSecret(size: Size) {
        let model = Fixtures.keys(Fixtures.typing("stripe") + [.enter] + Fixtures.typing(Self.secret)
                                  + [.tab] + Fixtures.typing("acct-42"), in: Self.picker(size))
        Golden.assertFrame(model, named: Golden.name(size))
        let text = view(model, theme: .default).text
        #expect(!text.contains(Self.secret))
        #expect(text.contains("acct-42"))
    }

    @Test(arguments: sizes)
    func linkPreviewMasksTheSecret(size: Size) {
        let model = Fixtures.keys(Fixtures.typing("stripe") + [.enter] + Fixtures.typing(Self.secret) + [.enter],
                                  in: Self.picker(size))
        let text = view(model, theme: .default).text
        #expect(text.contains("POST linkedConnectors"))
        #expect(text.contains(SecretMasking.mask))
        #expect(!text.contains(Self.secret))
    }

    @Test(arguments: sizes)
    func runJobForm(size: Size) {
        let model = Fixtures.keys([.character("r"), .right, .tab, .character(" "), .tab] + Fixtures.typing("2024-01-01"),
                                  in: Fixtures.dashboard(size))
        Golden.assertFrame(model, named: Golden.name(size))
        #expect(view(model, theme: .default).text.contains("2024-01-01"))
    }

    @Test("the update form masks loaded secrets; ctrl+r shows that one field only")
    func updateFormMasksSecrets() {
        let size = Size(width: 120, height: 40)
        var model = Fixtures.keys([.character("u")], in: Fixtures.dashboard(size))
        let ref = ConnectorRef(tenant: "acme", connector: "salesforce")
        Fixtures.send(&model, .connectorChange(.configLoaded(ref, .form, .success([
            "access_token": "at_hidden_111", "refresh_token": "rt_hidden_222", "instance_url": "https://acme.example.com",
        ]), at: FixtureData.now)))
        var text = view(model, theme: .default).text
        #expect(text.contains(SecretMasking.mask))
        #expect(!text.contains("at_hidden_111") && !text.contains("rt_hidden_222"))
        #expect(text.contains("https://acme.example.com"))
        #expect(text.contains("ctrl+r reveal"))
        model = Fixtures.keys([.control("r")], in: model)
        text = view(model, theme: .default).text
        #expect(text.contains("at_hidden_111"))
        #expect(!text.contains("rt_hidden_222"))
    }

    @Test("after a parallel-job refusal the form asks whether to send again")
    func parallelQuestion() {
        let size = Size(width: 80, height: 24)
        var model = Fixtures.dashboard(size)
        let ref = ConnectorRef(tenant: "acme", connector: "salesforce")
        var form = ChangeForm(purpose: .runJob(ref), stage: .parallelRefused("A job is already running for tenant acme"))
        form.fields = []
        model.overlay = .form(form)
        let text = view(model, theme: .default).text
        #expect(text.contains("A job is already running for tenant acme"))
        #expect(text.contains("ignore_parallel_jobs"))
        #expect(text.contains("y send again"))
        #expect(FrameChecks.problems(view(model, theme: .default)) == [])
    }
}

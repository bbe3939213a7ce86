import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// Values for the connector action tests: link choices, configs, refusals.
enum ChangeFixtures {
    static let ref = ConnectorRef(tenant: "acme", connector: "salesforce")

    static func settings(_ id: String, label: String, type: String, params: JSONValue? = nil) -> ConnectorSettings {
        var object: JSONObject = ["id": JSONValue(id), "label": JSONValue(label), "type": JSONValue(type)]
        if let params { object["connect_ui_params"] = params }
        return try! ConnectorSettings(json: .object(object))
    }

    static let stripe = settings("stripe", label: "Stripe", type: "api", params: [
        "account_id": ["label": "Account id", "type": "text", "required": false],
        "api_key": ["label": "API key", "type": "password", "required": true],
        "start_date": ["label": "Start date", "type": "text", "required": false],
    ])

    static let choices = LinkChoices(
        supported: [settings("salesforce", label: "Salesforce", type: "oauth"),
                    settings("hubspot", label: "HubSpot", type: "oauth"), stripe],
        available: [settings("salesforce", label: "Salesforce", type: "oauth"),
                    settings("zendesk", label: "Zendesk", type: "oauth"), stripe])

    static let secretValue = "sk_live_0123456789abcdef"

    static let config: JSONObject = [
        "access_token": "at_demo_secret_value_1", "refresh_token": "rt_demo_secret_value_2",
        "instance_url": "https://acme.my.salesforce.example.com", "port": 5432, "sandbox": false,
    ]

    static func form(_ model: Model) -> ChangeForm? {
        if case .form(let form) = model.overlay { return form }
        return nil
    }

    static func confirmation(_ model: Model) -> GlueCore.Confirmation? {
        if case .confirm(let confirmation) = model.overlay { return confirmation }
        return nil
    }

    static func connectorRequest(_ effects: [Effect]) -> ConnectorRequest? {
        for effect in effects {
            if case .api(.connector(let request)) = effect { return request }
        }
        return nil
    }

    static func parallelRefusal() -> APIError {
        APIError(status: 400, errorBody: ErrorBody(code: "BadRequestError",
                 message: "A job is already running for tenant acme (job 37g_DK, SYNC_STARTED); pass ignore_parallel_jobs to start another"),
                 retryAfter: nil, origin: "127.0.0.1", operation: "run read job for salesforce")
    }

    static func job(_ id: String, connector: String = "salesforce") -> Job {
        try! Job(json: ["job_id": JSONValue(id), "tenant": "acme", "connector_id": JSONValue(connector),
                        "job_type": "read", "status": "JOB_CREATED",
                        "s3_root": JSONValue("acme/flows/l8odS2mce/jobs/2026/05/4/01/12/\(id)"),
                        "start_time": JSONValue(HotglueDate.format(Fixtures.at(500)))])
    }

    /// `l`, the choices arrive, stripe picked: its form, ready for typing.
    static func linkFormOpen(_ model: inout Model) {
        _ = Fixtures.press(&model, .character("l"))
        _ = update(&model, .connectorChange(.linkChoicesLoaded("acme", .success(choices), at: Fixtures.at(10))))
        Fixtures.type(&model, "stripe")
        _ = Fixtures.press(&model, .enter)
    }

    /// stripe's link form with its key typed, on the preview: the next Enter sends.
    static func linkPreviewing(_ model: inout Model) {
        linkFormOpen(&model)
        Fixtures.type(&model, secretValue)
        _ = Fixtures.press(&model, .enter)
    }

    /// Runs `:text` in the palette.
    static func palette(_ model: inout Model, _ text: String) -> [Effect] {
        var effects = Fixtures.press(&model, .character(":"))
        for character in text { effects += update(&model, .key(.character(character))) }
        return effects + Fixtures.press(&model, .enter)
    }
}

import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("Form fields and connector config descriptions")
struct FormFieldTests {
    func settings(_ object: JSONObject) -> ConnectorSettings {
        try! ConnectorSettings(json: .object(object))
    }

    @Test("connect_ui_params as an object: kinds, labels, required first")
    func describedAsObject() {
        let fields = ConnectorConfigField.fields(for: settings([
            "id": "db", "type": "api",
            "connect_ui_params": [
                "host": ["label": "Host", "type": "text"],
                "port": ["label": "Port", "type": "number", "default": 5432],
                "password": ["label": "Password", "type": "password", "required": true],
                "ssl": ["label": "SSL", "type": "boolean", "default": true],
                "region": ["label": "Region", "options": ["eu", "us"]],
                "client_secret": "Client secret",
            ],
        ]))
        #expect(fields.map(\.key) == ["password", "host", "port", "ssl", "region", "client_secret"])
        #expect(fields.map(\.kind) == [.secret, .text, .number, .toggle, .choice(["eu", "us"]), .secret])
        #expect(fields[2].defaultValue == "5432")
        #expect(fields[3].defaultValue == "true")
        #expect(fields[5].label == "Client secret")
    }

    @Test("connect_ui_params as a list of named entries; unreadable entries skipped")
    func describedAsList() {
        let fields = ConnectorConfigField.fields(for: settings([
            "id": "x", "connect_ui_params": [["name": "api_key", "type": "password", "required": "true"], ["label": "no key"], 3],
        ]))
        #expect(fields == [ConnectorConfigField(key: "api_key", label: nil, kind: .secret, isRequired: true)])
    }

    @Test("nothing described: oauth needs both tokens, api a key, anything else nothing")
    func fallbacks() {
        #expect(ConnectorConfigField.fields(for: settings(["id": "a", "type": "oauth"])).map(\.key)
                == ["access_token", "refresh_token"])
        #expect(ConnectorConfigField.fields(for: settings(["id": "b", "type": "api"])).map(\.key) == ["api_key"])
        #expect(ConnectorConfigField.fields(for: settings(["id": "c", "type": "webhook"])).isEmpty)
    }

    @Test("choice cycles with ←/→ and space; toggle flips; multi-choice moves and selects")
    func editingKinds() {
        var choice = FormField(key: "t", label: "T", value: .choice(["read", "write"], selected: 0))
        let movedRight = choice.apply(.right)
        #expect(movedRight)
        #expect(choice.value == .choice(["read", "write"], selected: 1))
        let cycled = choice.apply(.character(" "))
        #expect(cycled)
        #expect(choice.value == .choice(["read", "write"], selected: 0))
        let movedLeft = choice.apply(.left)
        #expect(movedLeft)
        #expect(choice.value == .choice(["read", "write"], selected: 1))
        let unknown = choice.apply(.character("x"))
        #expect(!unknown)

        var toggle = FormField(key: "r", label: "R", value: .toggle(false))
        let flipped = toggle.apply(.character(" "))
        #expect(flipped)
        #expect(toggle.jsonValue() == true)

        var multi = FormField(key: "s", label: "S", value: .multiChoice(["A", "B", "C"], chosen: [], cursor: 0))
        _ = multi.apply(.right)
        _ = multi.apply(.right)
        _ = multi.apply(.character(" "))
        _ = multi.apply(.left)
        _ = multi.apply(.left)
        _ = multi.apply(.character(" "))
        #expect(multi.chosenItems == ["A", "C"])
        #expect(multi.jsonValue() == ["A", "C"])
    }

    @Test("a masked loaded secret: typing replaces it, arrows do nothing, backspace empties it; revealed, it edits in place")
    func secretEditing() {
        let loaded = FormField(key: "api_key", label: "API key",
                               value: .secret(TextInput("old-secret"), revealed: false, untouched: true))
        var typed = loaded
        let moved = typed.apply(.left)
        #expect(!moved)
        _ = typed.apply(.character("n"))
        #expect(typed.text == "n")
        var emptied = loaded
        _ = emptied.apply(.backspace)
        #expect(emptied.text == "")
        var revealed = loaded
        _ = revealed.toggleReveal()
        _ = revealed.apply(.character("2"))
        #expect(revealed.text == "old-secret2")
        #expect(!loaded.description.contains("old-secret"))
    }

    @Test("checks: dates, JSON, numbers; an emptied field that was null stays null")
    func checks() {
        var date = FormField(key: "d", label: "Start", value: .text(TextInput("2024-01-01")), check: .date)
        #expect(date.problem == nil)
        date.value = .text(TextInput("2024-01-01T10:00:00+02:00"))
        #expect(date.problem == nil)
        date.value = .text(TextInput("soon"))
        #expect(date.problem == "Start: 'soon' is not a date (use 2024-01-01 or 2024-01-01T00:00:00Z)")
        let json = FormField(key: "j", label: "J", value: .text(TextInput("{\"a\": ")), check: .json)
        #expect(json.problem?.hasPrefix("J: not valid JSON (line 1") == true)
        let number = FormField(key: "n", label: "N", value: .text(TextInput("1.10")), check: .number)
        #expect(number.jsonValue() == .number(JSONNumber(text: "1.10")!))
        let empty = FormField(key: "e", label: "E", value: .text(TextInput()))
        #expect(empty.jsonValue(original: .null) == .null)
        #expect(empty.jsonValue() == nil)
    }

    @Test("parallel-job refusals are told apart from other 400s")
    func parallelRefusal() {
        #expect(ChangeFixtures.parallelRefusal().isParallelJobRefusal)
        #expect(APIError(status: 409, errorBody: ErrorBody(code: "ConflictError", message: "busy"), retryAfter: nil,
                         origin: "h", operation: nil).isParallelJobRefusal)
        #expect(!APIError(status: 400, errorBody: ErrorBody(message: "Field job_type must be read"), retryAfter: nil,
                          origin: "h", operation: nil).isParallelJobRefusal)
        #expect(!Fixtures.error().isParallelJobRefusal)
    }

    @Test("a linked connector without its config keeps nothing secret, in raw either")
    func withoutConfig() throws {
        let connector = try LinkedConnector(json: ["id": "stripe", "config": ["api_key": "sk_x"]])
        let stripped = connector.withoutConfig
        #expect(stripped.config == nil)
        #expect(!stripped.raw.compact().contains("sk_x"))
        #expect(stripped.id == "stripe")
    }
}

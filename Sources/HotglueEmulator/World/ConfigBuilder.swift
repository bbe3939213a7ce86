import LosslessJSON

/// Invents a linked connector's config, secrets included (the emulator's listing hides them unless `config=true`).
enum ConfigBuilder {
    static func config(for definition: ConnectorDefinition, tenant: String, random: inout SplitMix64) -> JSONObject {
        var config = JSONObject()
        switch definition.configStyle {
        case .oauth(let instanceField):
            config["access_token"] = secret("at", &random)
            config["refresh_token"] = secret("rt", &random)
            config["client_id"] = .string(JSONString("\(definition.id)-client-\(random.token(length: 8, alphabet: SplitMix64.hexAlphabet))"))
            config["client_secret"] = secret("cs", &random)
            if let instanceField {
                config[instanceField] = .string(JSONString(instanceValue(instanceField, tenant: tenant, random: &random)))
            }
        case .apiKey:
            config["api_key"] = secret("key", &random)
            config["account_id"] = .string(JSONString("\(tenant)-\(random.int(in: 1000...9999))"))
        case .database:
            config["host"] = .string(JSONString("db.\(tenant).internal"))
            config["port"] = 5432
            config["user"] = "hotglue"
            config["password"] = secret("pw", &random)
            config["database"] = .string(JSONString(tenant))
        }
        config["start_date"] = .string(JSONString("202\(random.int(in: 0...3))-01-01T00:00:00Z"))
        return config
    }

    /// The keys `config(for:)` fills with invented secrets.
    static let plantedSecretKeys = ["access_token", "refresh_token", "client_secret", "api_key", "password"]

    /// EMULATOR ASSUMPTION [guess]: Hotglue's docs do not say how availableConnectors describes the config a
    /// connector needs. The emulator sends a `connect_ui_params` object, key → `{label, type, required}` (`type`
    /// `password` for secrets), naming the keys `config(for:)` invents; clients must also cope without it.
    static func connectUIParams(for style: ConnectorDefinition.ConfigStyle) -> JSONObject {
        func param(_ label: String, _ type: String, required: Bool) -> JSONValue {
            ["label": .string(JSONString(label)), "type": .string(JSONString(type)), "required": .bool(required)]
        }
        var params = JSONObject()
        switch style {
        case .oauth(let instanceField):
            params["access_token"] = param("Access token", "password", required: true)
            params["refresh_token"] = param("Refresh token", "password", required: true)
            if let instanceField {
                params[instanceField] = param(instanceLabel(instanceField), "text", required: true)
            }
        case .apiKey:
            params["api_key"] = param("API key", "password", required: true)
            params["account_id"] = param("Account id", "text", required: false)
        case .database:
            params["host"] = param("Host", "text", required: true)
            params["port"] = param("Port", "number", required: false)
            params["user"] = param("User", "text", required: true)
            params["password"] = param("Password", "password", required: true)
            params["database"] = param("Database", "text", required: true)
        }
        params["start_date"] = param("Start date", "text", required: false)
        return params
    }

    private static func instanceLabel(_ field: String) -> String {
        switch field {
        case "instance_url": "Instance URL"
        case "realmId": "Realm id"
        case "shop": "Shop domain"
        case "subdomain": "Subdomain"
        case "tenant_id": "Xero tenant id"
        case "spreadsheet_id": "Spreadsheet id"
        case "dc": "Data centre"
        case "cloud_id": "Cloud id"
        default: field
        }
    }

    /// Some linked connectors carry a field map (source field → target field per stream).
    static func fieldMap(for definition: ConnectorDefinition, random: inout SplitMix64) -> JSONObject? {
        guard random.chance(0.4), let stream = definition.streams.first else { return nil }
        var mapping = JSONObject()
        for (name, _) in stream.fields.prefix(2) {
            mapping[name] = .string(JSONString("\(stream.name.lowercased())_\(name.lowercased())"))
        }
        return [stream.name: .object(mapping)]
    }

    private static func secret(_ prefix: String, _ random: inout SplitMix64) -> JSONValue {
        .string(JSONString("\(prefix)_demo_\(random.token(length: 24, alphabet: SplitMix64.hexAlphabet))"))
    }

    private static func instanceValue(_ field: String, tenant: String, random: inout SplitMix64) -> String {
        switch field {
        case "instance_url": "https://\(tenant).my.salesforce.example.com"
        case "shop": "\(tenant).myshopify.example.com"
        case "subdomain": tenant
        default: random.token(length: 12, alphabet: SplitMix64.hexAlphabet)
        }
    }
}

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

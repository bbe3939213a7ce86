import LosslessJSON

/// One config key a connector asks for when it is linked, as far as it is known. Hotglue's docs do not say how
/// `availableConnectors` describes a connector's config, so this reads a `connect_ui_params`-like object tolerantly
/// (`{"api_key": {"label": "API key", "type": "password", "required": true}, …}`, or a list of such objects with a
/// `name`/`key`), and falls back by the connector's auth type when nothing is described.
public struct ConnectorConfigField: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case text
        /// Text that is sent as a JSON number when it reads as one.
        case number
        /// Masked while typed and in previews.
        case secret
        case toggle
        case choice([String])
    }

    public var key: String
    public var label: String
    public var kind: Kind
    public var isRequired: Bool
    /// A value to start from, as text (`"true"` for a toggle).
    public var defaultValue: String?

    public init(key: String, label: String? = nil, kind: Kind = .text, isRequired: Bool = false,
                defaultValue: String? = nil) {
        self.key = key
        self.label = label ?? key
        self.kind = kind
        self.isRequired = isRequired
        self.defaultValue = defaultValue
    }

    /// The fields of `settings`, required ones first (otherwise in the order described).
    public static func fields(for settings: ConnectorSettings) -> [ConnectorConfigField] {
        let described = describedFields(in: settings.raw)
        let fields = described.isEmpty ? fallbackFields(for: settings.type) : described
        return fields.filter(\.isRequired) + fields.filter { !$0.isRequired }
    }

    /// Fields named by `connect_ui_params` (or `config_fields` / `fields`), as an object of key → description or a
    /// list of descriptions. Entries that cannot be read are skipped.
    static func describedFields(in raw: JSONValue) -> [ConnectorConfigField] {
        guard let params = raw.objectValue?.first("connect_ui_params", "connectUiParams", "config_fields", "fields")
        else { return [] }
        if let object = params.objectValue {
            return object.compactMap { key, description in field(key: key, description: description) }
        }
        return (params.arrayValue ?? []).compactMap { description in
            guard let key = description.objectValue?.first("key", "name", "id")?.nonEmptyString else { return nil }
            return field(key: key, description: description)
        }
    }

    private static func field(key: String, description: JSONValue) -> ConnectorConfigField? {
        guard !key.isEmpty else { return nil }
        guard let object = description.objectValue else {
            // `"api_key": "API key"`: a label only.
            return ConnectorConfigField(key: key, label: description.looseString,
                                        kind: SecretMasking.isSecretKey(key) ? .secret : .text)
        }
        let type = object.first("type", "input_type")?.nonEmptyString?.lowercased() ?? ""
        let options = object.first("options", "choices", "enum")?.looseStringList ?? []
        let kind: Kind
        switch type {
        case "password", "secret", "token": kind = .secret
        case "boolean", "bool", "checkbox", "toggle": kind = .toggle
        case "number", "integer", "int": kind = .number
        default: kind = !options.isEmpty ? .choice(options) : SecretMasking.isSecretKey(key) ? .secret : .text
        }
        return ConnectorConfigField(
            key: key, label: object.first("label", "title", "name")?.nonEmptyString,
            kind: kind, isRequired: object.first("required", "is_required")?.looseBool ?? false,
            defaultValue: object.first("default", "default_value")?.nonNull.map { $0.looseString ?? $0.compact() })
    }

    /// When the settings describe nothing: OAuth connectors need their two tokens, API connectors a key.
    static func fallbackFields(for type: ConnectorAuthType?) -> [ConnectorConfigField] {
        switch type {
        case .oauth:
            return [ConnectorConfigField(key: "access_token", label: "Access token", kind: .secret, isRequired: true),
                    ConnectorConfigField(key: "refresh_token", label: "Refresh token", kind: .secret, isRequired: true)]
        case .api:
            return [ConnectorConfigField(key: "api_key", label: "API key", kind: .secret, isRequired: true)]
        case .other, nil:
            return []
        }
    }
}

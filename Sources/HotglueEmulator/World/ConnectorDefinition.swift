import LosslessJSON

/// A connector the environment offers (an entry of availableConnectors), with what the world needs to invent
/// its configs, catalogs and states.
struct ConnectorDefinition: Sendable {
    enum AuthType: String, Sendable {
        case oauth
        case api
    }

    /// Which secret-holding config a linked instance gets.
    enum ConfigStyle: Sendable {
        case oauth(instanceField: String?)
        case apiKey
        case database
    }

    let id: String
    let label: String
    let type: AuthType
    let domain: String
    let tags: [String]
    let isSource: Bool
    let isTarget: Bool
    let configStyle: ConfigStyle
    let streams: [StreamDefinition]

    var iconURL: String { "https://assets.hotglue.example.com/connectors/\(id).svg" }

    /// The connector-settings object of availableConnectors / supportedConnectors.
    var settingsJSON: JSONValue {
        [
            "id": .string(JSONString(id)),
            "label": .string(JSONString(label)),
            "type": .string(JSONString(type.rawValue)),
            "icon": .string(JSONString(iconURL)),
            "domain": .string(JSONString(domain)),
            "tags": .array(tags.map { .string(JSONString($0)) }),
            "isSource": .bool(isSource),
            "isTarget": .bool(isTarget),
            "connect_ui_params": .object(ConfigBuilder.connectUIParams(for: configStyle)),
        ]
    }
}

/// One stream a connector can sync, for catalogs, bookmarks and log lines.
struct StreamDefinition: Sendable {
    enum FieldType: String, Sendable {
        case string, integer, number, boolean, dateTime
    }

    let name: String
    /// nil: FULL_TABLE replication.
    let replicationKey: String?
    let keyProperties: [String]
    let fields: [(String, FieldType)]

    init(_ name: String, replicationKey: String? = "updated_at", key: String = "id", fields: [(String, FieldType)]) {
        self.name = name
        self.replicationKey = replicationKey
        keyProperties = [key]
        var all = fields
        if !all.contains(where: { $0.0 == key }) { all.insert((key, .string), at: 0) }
        if let replicationKey, !all.contains(where: { $0.0 == replicationKey }) { all.append((replicationKey, .dateTime)) }
        self.fields = all
    }
}

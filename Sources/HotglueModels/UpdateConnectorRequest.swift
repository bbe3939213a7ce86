import LosslessJSON

/// PATCH linkedConnectors: `{"connector_id", "config"?, "field_map"?}`. The API merges `config` into the stored one
/// [client], so send only the keys that change.
public struct UpdateConnectorRequest: Hashable, Sendable {
    public var connector: ConnectorID
    /// Partial config: only these keys are replaced.
    public var config: JSONObject?
    public var fieldMap: JSONValue?

    public init(connector: ConnectorID, config: JSONObject? = nil, fieldMap: JSONValue? = nil) {
        self.connector = connector
        self.config = config
        self.fieldMap = fieldMap
    }

    public var jsonBody: JSONValue {
        var body: JSONObject = ["connector_id": JSONValue(connector.rawValue)]
        if let config { body["config"] = .object(config) }
        if let fieldMap { body["field_map"] = fieldMap }
        return .object(body)
    }
}

import LosslessJSON

/// POST linkedConnectors: link a connector for a tenant (a new tenant id creates the tenant [doc]). Body shape
/// `{"connector": {"id", "config", "symlink"?}, "schedule"?, "field_map"?}` [spec].
public struct LinkConnectorRequest: Hashable, Sendable {
    public var connector: ConnectorID
    public var config: JSONObject
    public var symlink: JSONValue?
    public var schedule: ConnectorSchedule?
    public var fieldMap: JSONValue?

    public init(
        connector: ConnectorID, config: JSONObject = JSONObject(), symlink: JSONValue? = nil,
        schedule: ConnectorSchedule? = nil, fieldMap: JSONValue? = nil
    ) {
        self.connector = connector
        self.config = config
        self.symlink = symlink
        self.schedule = schedule
        self.fieldMap = fieldMap
    }

    public var jsonBody: JSONValue {
        var inner: JSONObject = ["id": JSONValue(connector.rawValue), "config": .object(config)]
        if let symlink { inner["symlink"] = symlink }
        var body: JSONObject = ["connector": .object(inner)]
        if let schedule { body["schedule"] = schedule.jsonBody }
        if let fieldMap { body["field_map"] = fieldMap }
        return .object(body)
    }
}

/// A linked connector's schedule: `{"schedule_expression": "rate(1 day)", "state": "ENABLED"}`.
public struct ConnectorSchedule: Hashable, Sendable {
    public var expression: String
    public var enabled: Bool

    public init(expression: String, enabled: Bool = true) {
        self.expression = expression
        self.enabled = enabled
    }

    public var jsonBody: JSONValue {
        ["schedule_expression": JSONValue(expression), "state": JSONValue(enabled ? "ENABLED" : "DISABLED")]
    }
}

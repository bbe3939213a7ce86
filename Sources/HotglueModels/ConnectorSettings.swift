import LosslessJSON

/// A connector the environment offers (`availableConnectors`) or the flow supports (`supportedConnectors`).
public struct ConnectorSettings: Hashable, Sendable, Identifiable {
    public var id: ConnectorID
    public var label: String?
    public var type: ConnectorAuthType?
    public var icon: String?
    public var domain: String?
    public var tags: [String]
    public var isSource: Bool?
    public var isTarget: Bool?
    public var raw: JSONValue

    /// Needs an `id`; everything else is optional.
    public init(json: JSONValue) throws(ModelDecodingError) {
        guard let object = json.objectValue else { throw .notAnObject("connector settings", json) }
        guard let id = object.first("id", "connector_id", "tap")?.nonEmptyString else {
            throw .missing("connector settings", "id")
        }
        self.id = ConnectorID(id)
        label = object.first("label", "name")?.looseString
        type = object.first("type")?.nonEmptyString.map(ConnectorAuthType.init(rawValue:))
        icon = object.first("icon")?.looseString
        domain = object.first("domain")?.looseString
        tags = object.first("tags")?.looseStringList ?? []
        isSource = object.first("isSource", "is_source")?.looseBool
        isTarget = object.first("isTarget", "is_target")?.looseBool
        raw = json
    }

    public var displayName: String { label.flatMap { $0.isEmpty ? nil : $0 } ?? id.rawValue }
}

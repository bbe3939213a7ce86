import LosslessJSON

/// A connector linked for one tenant, as listed by GET linkedConnectors. `config` (holding secrets: mask it with
/// `SecretMasking` before showing) comes only with `config=true`, `catalog` only with `catalog=true`.
public struct LinkedConnector: Hashable, Sendable, Identifiable {
    public var id: ConnectorID
    public var label: String?
    public var type: ConnectorAuthType?
    public var domain: String?
    public var icon: String?
    public var config: JSONValue?
    public var fieldMap: JSONValue?
    /// The Singer catalog as sent; `catalogSummary` reads its streams.
    public var catalog: JSONValue?
    public var raw: JSONValue

    /// Needs an `id`; everything else is optional.
    public init(json: JSONValue) throws(ModelDecodingError) {
        guard let object = json.objectValue else { throw .notAnObject("linked connector", json) }
        guard let id = object.first("id", "connector_id")?.nonEmptyString else {
            throw .missing("linked connector", "id")
        }
        self.id = ConnectorID(id)
        label = object.first("label", "name")?.looseString
        type = object.first("type")?.nonEmptyString.map(ConnectorAuthType.init(rawValue:))
        domain = object.first("domain")?.looseString
        icon = object.first("icon")?.looseString
        config = object.first("config")
        fieldMap = object.first("fieldMap", "field_map")
        catalog = object.first("catalog")
        raw = json
    }

    /// The streams of `catalog`, or nil when the catalog was not requested or not sent.
    public var catalogSummary: Catalog? { catalog.map(Catalog.init(json:)) }

    /// The label if any, else the id: what a list shows.
    public var displayName: String { label.flatMap { $0.isEmpty ? nil : $0 } ?? id.rawValue }
}

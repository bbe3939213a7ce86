import LosslessJSON

/// A summary of a Singer catalog: its streams and how each is set to sync. Reading never fails; streams without a
/// `tap_stream_id` (or `stream`) are left out, and anything not understood stays in `raw`.
public struct Catalog: Hashable, Sendable {
    public var streams: [CatalogStream]
    public var raw: JSONValue

    public init(json: JSONValue) {
        raw = json
        streams = (json["streams"]?.arrayValue ?? []).compactMap(CatalogStream.init(json:))
    }

    public var selectedStreams: [CatalogStream] { streams.filter { $0.isSelected } }
}

/// One stream of a catalog, read from its top-level (empty breadcrumb) metadata, with the legacy top-level
/// `selected` / `replication_method` keys as fallbacks.
public struct CatalogStream: Hashable, Sendable, Identifiable {
    public var tapStreamID: String
    public var stream: String?
    /// `selected` as set; nil when the catalog does not say.
    public var selected: Bool?
    /// `selected-by-default`, used when `selected` is not set.
    public var selectedByDefault: Bool?
    /// `INCREMENTAL`, `FULL_TABLE`, `LOG_BASED`, as sent.
    public var replicationMethod: String?
    public var replicationKey: String?
    /// `available`, `automatic` or `unsupported`, as sent.
    public var inclusion: String?
    public var keyProperties: [String]
    /// Number of properties in the stream's schema.
    public var propertyCount: Int
    public var raw: JSONValue

    public var id: String { tapStreamID }

    init?(json: JSONValue) {
        guard let object = json.objectValue,
            let streamID = object.first("tap_stream_id", "stream")?.nonEmptyString
        else { return nil }
        tapStreamID = streamID
        stream = object.first("stream")?.looseString
        raw = json
        let root = Self.rootMetadata(object["metadata"])
        selected = root?["selected"]?.looseBool ?? object.first("selected")?.looseBool
        selectedByDefault = root?["selected-by-default"]?.looseBool
        replicationMethod =
            root?["replication-method"]?.nonEmptyString ?? object.first("replication_method")?.nonEmptyString
        replicationKey =
            root?["replication-key"]?.nonEmptyString ?? object.first("replication_key")?.nonEmptyString
        inclusion = root?["inclusion"]?.nonEmptyString
        keyProperties =
            root?["table-key-properties"]?.looseStringList ?? object.first("key_properties")?.looseStringList ?? []
        propertyCount = object["schema"]?["properties"]?.objectValue?.count ?? 0
    }

    /// Selected as set, else as selected by default, else whether the tap syncs it anyway (`automatic`).
    public var isSelected: Bool {
        selected ?? selectedByDefault ?? (inclusion == "automatic")
    }

    private static func rootMetadata(_ metadata: JSONValue?) -> JSONObject? {
        for entry in metadata?.arrayValue ?? [] {
            let breadcrumb = entry["breadcrumb"]?.arrayValue
            if breadcrumb == nil || breadcrumb?.isEmpty == true, let inner = entry["metadata"]?.objectValue {
                return inner
            }
        }
        return nil
    }
}

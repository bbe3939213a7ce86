import LosslessJSON

/// Builds Singer catalogs for a connector's streams.
enum CatalogBuilder {
    /// The catalog a discovery finds. Discovery number n also finds n-1 custom streams (`custom_object_N`), so a
    /// rediscovery visibly rewrites the catalog. With `selected` given (a rediscovery keeps the user's selection),
    /// exactly those streams are selected; otherwise the seed leaves some unselected.
    static func catalog(
        for definition: ConnectorDefinition, discovery: Int, selected: Set<String>? = nil, random: inout SplitMix64
    ) -> JSONValue {
        var streams = definition.streams
        for extra in 1..<max(1, discovery) {
            streams.append(StreamDefinition("custom_object_\(extra)", fields: [("value", .string)]))
        }
        let entries: [JSONValue] = streams.enumerated().map { index, stream -> JSONValue in
            let chosen = selected.map { $0.contains(stream.name) } ?? (index == 0 || random.chance(0.75))
            return entry(for: stream, selected: chosen)
        }
        return ["streams": .array(entries)]
    }

    private static func entry(for stream: StreamDefinition, selected: Bool) -> JSONValue {
        var properties = JSONObject()
        for (name, type) in stream.fields {
            properties[name] = schema(for: type)
        }
        let schema: JSONValue = [
            "type": ["null", "object"],
            "additionalProperties": false,
            "properties": .object(properties),
        ]
        var streamMetadata: JSONObject = [
            "inclusion": "available",
            "selected": .bool(selected),
            "replication-method": stream.replicationKey == nil ? "FULL_TABLE" : "INCREMENTAL",
            "table-key-properties": .array(stream.keyProperties.map { .string(JSONString($0)) }),
        ]
        if let key = stream.replicationKey {
            streamMetadata["valid-replication-keys"] = [.string(JSONString(key))]
        }
        var metadata: [JSONValue] = [["breadcrumb": [], "metadata": .object(streamMetadata)]]
        for (name, _) in stream.fields {
            let automatic = stream.keyProperties.contains(name) || name == stream.replicationKey
            metadata.append([
                "breadcrumb": ["properties", .string(JSONString(name))],
                "metadata": ["inclusion": automatic ? "automatic" : "available"],
            ])
        }
        return [
            "tap_stream_id": .string(JSONString(stream.name)),
            "stream": .string(JSONString(stream.name)),
            "schema": schema,
            "metadata": .array(metadata),
        ]
    }

    private static func schema(for type: StreamDefinition.FieldType) -> JSONValue {
        switch type {
        case .string: ["type": ["null", "string"]]
        case .integer: ["type": ["null", "integer"]]
        case .number: ["type": ["null", "number"]]
        case .boolean: ["type": ["null", "boolean"]]
        case .dateTime: ["type": ["null", "string"], "format": "date-time"]
        }
    }

    /// The names of the selected streams of a catalog, in catalog order.
    static func selectedStreams(in catalog: JSONValue?) -> [String] {
        guard let streams = catalog?["streams"]?.arrayValue else { return [] }
        return streams.compactMap { stream in
            let topLevel = stream["metadata"]?.arrayValue?.first { $0["breadcrumb"]?.arrayValue?.isEmpty == true }
            guard topLevel?["metadata"]?["selected"]?.boolValue == true else { return nil }
            return stream["tap_stream_id"]?.stringValue ?? stream["stream"]?.stringValue
        }
    }
}

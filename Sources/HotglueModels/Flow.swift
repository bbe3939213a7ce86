import LosslessJSON

/// A flow, as listed by `flows/supported` and `flows/linked`.
public struct Flow: Hashable, Sendable, Identifiable {
    public var id: FlowID
    public var name: String?
    public var description: String?
    public var raw: JSONValue

    /// Needs an `id` (or `flow_id`); a bare string is read as an id.
    public init(json: JSONValue) throws(ModelDecodingError) {
        if let id = json.stringValue, !id.isEmpty {
            self.id = FlowID(id)
            raw = json
            return
        }
        guard let object = json.objectValue else { throw .notAnObject("flow", json) }
        guard let id = object.first("id", "flow_id")?.nonEmptyString else { throw .missing("flow", "id") }
        self.id = FlowID(id)
        name = object.first("name", "label")?.looseString
        description = object.first("description")?.looseString
        raw = json
    }

    public var displayName: String { name.flatMap { $0.isEmpty ? nil : $0 } ?? id.rawValue }
}

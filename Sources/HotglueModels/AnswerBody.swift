import LosslessJSON

/// Reading a 2xx answer's body as `HotglueClient` does, with no HTTP in sight, so that it can be tested and fuzzed
/// on its own. The client turns the failures into `APIError`s and logs what `ListAnswer.read` skipped.
public enum AnswerBody {
    /// The body as JSON; an empty or all-whitespace body is `null`.
    public static func json(_ body: [UInt8]) throws(JSONParseError) -> JSONValue {
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .null }
        return try JSONValue.parse(bytes: body)
    }
}

extension ListAnswer {
    /// The models read from a list answer, and what was skipped.
    public struct Reading<Model> {
        public var models: [Model]
        /// Elements missing an essential field: left out rather than failing the whole list.
        public var skipped: Int
        public var firstProblem: ModelDecodingError?
    }

    /// A list answer, element by element (`null` is an empty list); nil when the answer is not a list at all.
    public static func read<Model>(
        _ value: JSONValue, _ make: (JSONValue) throws(ModelDecodingError) -> Model
    ) -> Reading<Model>? {
        if value.isNull { return Reading(models: [], skipped: 0, firstProblem: nil) }
        guard let elements = elements(of: value) else { return nil }
        var reading = Reading<Model>(models: [], skipped: 0, firstProblem: nil)
        reading.models.reserveCapacity(elements.count)
        for element in elements {
            do {
                reading.models.append(try make(element))
            } catch {
                reading.skipped += 1
                reading.firstProblem = reading.firstProblem ?? error
            }
        }
        return reading
    }
}

extension TenantID {
    /// One entry of the tenants list: a bare string, or an object with `id`, `tenant` or `tenant_id`.
    public init(listEntry value: JSONValue) throws(ModelDecodingError) {
        if let id = value.stringValue, !id.isEmpty {
            self.init(id)
            return
        }
        for key in ["id", "tenant", "tenant_id"] {
            if let id = value[key]?.stringValue, !id.isEmpty {
                self.init(id)
                return
            }
        }
        throw ModelDecodingError(model: "tenant", reason: "no id")
    }
}

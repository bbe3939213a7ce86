import MCP

/// JSON Schema pieces for the tools' input and output schemas, as SDK values.
enum Schema {
    static func object(_ properties: [String: Value], required: [String] = [], additional: Bool = false) -> Value {
        var schema: [String: Value] = ["type": "object", "properties": .object(properties)]
        if !required.isEmpty { schema["required"] = .array(required.map { .string($0) }) }
        if !additional { schema["additionalProperties"] = false }
        return .object(schema)
    }

    static func string(_ description: String, values: [String]? = nil) -> Value {
        var schema: [String: Value] = ["type": "string", "description": .string(description)]
        if let values { schema["enum"] = .array(values.map { .string($0) }) }
        return .object(schema)
    }

    static func boolean(_ description: String) -> Value {
        ["type": "boolean", "description": .string(description)]
    }

    static func integer(_ description: String, minimum: Int? = nil, maximum: Int? = nil) -> Value {
        var schema: [String: Value] = ["type": "integer", "description": .string(description)]
        if let minimum { schema["minimum"] = .int(minimum) }
        if let maximum { schema["maximum"] = .int(maximum) }
        return .object(schema)
    }

    /// An object whose members are the API's (a config, a field map).
    static func anyObject(_ description: String) -> Value {
        ["type": "object", "description": .string(description)]
    }

    /// Any JSON, `null` included (a state, a job's payload).
    static func anyJSON(_ description: String) -> Value {
        ["description": .string(description)]
    }

    static func nullable(_ type: String, _ description: String) -> Value {
        ["type": .array([.string(type), "null"]), "description": .string(description)]
    }

    static func array(of items: Value, _ description: String) -> Value {
        ["type": "array", "items": items, "description": .string(description)]
    }

    // The arguments most tools take.
    static let tenant = string("Tenant id (the customer's id; the admin tenant is `default`).")
    static let connector = string("Linked connector id, e.g. `salesforce`.")
    static let confirm = string(
        "The target as `tenant/connector` (e.g. `acme/salesforce`): required for this tool on a production profile, "
            + "and for unlinking and deleting state on every profile. Ask the operator before sending it.")
    /// A state: an object, or JSON text (which keeps every number's text exactly).
    static func state(_ description: String) -> Value {
        ["type": .array(["object", "string", "null"]), "description": .string(description)]
    }

    /// Output: the error-free answer always names its target.
    static let apiObject = anyObject("As the API answered it, secrets masked (••••••).")
}

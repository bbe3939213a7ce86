import LosslessJSON

/// Typed reads of a JSON request body's fields, with 400s that name the field and what was expected.
struct BodyFields {
    let object: JSONObject

    func requiredString(_ name: String) throws -> String {
        guard let value = object[name] else { throw ChaliceError.badRequest("Missing required field: \(name)") }
        guard let text = value.stringValue, !text.isEmpty else {
            throw ChaliceError.badRequest("Field \(name) must be a non-empty string, got \(value.kindDescription)")
        }
        return text
    }

    func string(_ name: String) throws -> String? {
        guard let value = present(name) else { return nil }
        guard let text = value.stringValue else {
            throw ChaliceError.badRequest("Field \(name) must be a string, got \(value.kindDescription)")
        }
        return text
    }

    func bool(_ name: String) throws -> Bool {
        guard let value = present(name) else { return false }
        guard let flag = value.boolValue else {
            throw ChaliceError.badRequest("Field \(name) must be true or false, got \(value.kindDescription)")
        }
        return flag
    }

    func object(_ name: String) throws -> JSONObject? {
        guard let value = present(name) else { return nil }
        guard let inner = value.objectValue else {
            throw ChaliceError.badRequest("Field \(name) must be an object, got \(value.kindDescription)")
        }
        return inner
    }

    /// The value, or nil when absent or null.
    func present(_ name: String) -> JSONValue? {
        guard let value = object[name], !value.isNull else { return nil }
        return value
    }
}

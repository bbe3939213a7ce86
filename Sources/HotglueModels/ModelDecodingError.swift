import LosslessJSON

/// A value could not be read as a model because something essential was missing (a connector without an id, an
/// answer that is not an object). Other fields never fail a decode.
public struct ModelDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What was being read, in words ("linked connector").
    public let model: String
    /// Why it failed ("no `id`", "expected an object, found an array").
    public let reason: String

    public init(model: String, reason: String) {
        self.model = model
        self.reason = reason
    }

    public var description: String { "cannot read \(model): \(reason)" }

    static func notAnObject(_ model: String, _ value: JSONValue) -> ModelDecodingError {
        ModelDecodingError(model: model, reason: "expected an object, found \(value.kindName)")
    }

    static func missing(_ model: String, _ field: String) -> ModelDecodingError {
        ModelDecodingError(model: model, reason: "no `\(field)`")
    }
}

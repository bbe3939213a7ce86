/// A problem in a config file, said as "FILE line N: KEY: PROBLEM" so the operator can go straight to it.
/// Never quotes a secret: only key names, source kinds and paths appear.
public struct ConfigError: Error, CustomStringConvertible, Sendable, Equatable {
    public var file: String
    public var line: Int?
    /// The dotted key (`profiles.prod.base_url`), or `(yaml)` / `(file)` when the file as a whole is wrong.
    public var key: String
    public var reason: String

    public init(file: String, line: Int?, key: String, reason: String) {
        self.file = file
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        let place = line.map { "\(file) line \($0)" } ?? file
        return "\(place): \(key): \(reason)"
    }
}

/// Where a value came from: the team file or the user's, and the line, for errors that point at it.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?

    public init(file: String, line: Int?) {
        self.file = file
        self.line = line
    }

    public var description: String { line.map { "\(file) line \($0)" } ?? file }

    func error(_ key: String, _ reason: String) -> ConfigError {
        ConfigError(file: file, line: line, key: key, reason: reason)
    }
}

/// A config value with where it was written.
public struct Located<Value: Sendable>: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {}
extension Located: Hashable where Value: Hashable {}

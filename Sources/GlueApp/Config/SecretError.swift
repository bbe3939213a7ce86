/// A secret that could not be read, in operator words: the profile, the field, the source kind and the fix.
/// Never holds the secret or a command's output.
public struct SecretError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}

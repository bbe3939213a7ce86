/// The secret Hotglue signs webhook bodies with. Never printed: `description`, `debugDescription` and reflection
/// show a mask, so a secret cannot reach a log or an error by interpolation.
public struct WebhookSecret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    let bytes: [UInt8]

    public init(_ text: String) {
        bytes = Array(text.utf8)
    }

    public var isEmpty: Bool { bytes.isEmpty }
    public var description: String { "WebhookSecret(••••••)" }
    public var debugDescription: String { description }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }
}

import GlueEvents

/// A profile's `webhooks:`, as written: where the dashboard listens for Hotglue's webhooks and where their secret
/// comes from (read when the profile is resolved, like the API key).
/// ```yaml
/// webhooks:
///   listen: 127.0.0.1:9090      # HOST:PORT or a port; default 127.0.0.1:9090
///   secret: env:HOTGLUE_WEBHOOK_SECRET   # optional (env:, file:, command:); without it deliveries are unsigned
/// ```
public struct ProfileWebhooks: Hashable, Sendable {
    public var listen: ListenAddress
    public var secret: SecretSource?

    public static let defaultListen = ListenAddress(port: 9090)

    public init(listen: ListenAddress = ProfileWebhooks.defaultListen, secret: SecretSource? = nil) {
        self.listen = listen
        self.secret = secret
    }

    /// The receiver's configuration with the secret read now; the error names the profile and the source, never
    /// the value.
    public func receiverConfiguration(profile: String, resolver: SecretResolver) throws(SecretError)
        -> WebhookReceiverConfiguration
    {
        let secret = try secret.map { source throws(SecretError) in
            WebhookSecret(try resolver.resolve(source, profile: profile, field: "webhooks.secret").reveal())
        }
        return WebhookReceiverConfiguration(listen: listen, secret: secret)
    }
}

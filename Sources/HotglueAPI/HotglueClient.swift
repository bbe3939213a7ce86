import HotglueModels
import LosslessJSON

/// The typed Hotglue client: one async function per operation (in the `HotglueClient+…` files, one endpoint group
/// each). Every call goes through the in-flight limit (4 by default), the retry policy, and error translation;
/// every failure is an `APIError`. Call `shutdown()` when done.
public final class HotglueClient: Sendable {
    public let configuration: HotglueConfiguration
    let executor: RequestExecutor
    let decoder: ResponseDecoder
    let transport: any Transport
    private let signer: TenantTokenSignerSlot

    /// `transport` defaults to an `HTTPTransport` owned (and shut down) by this client.
    public init(configuration: HotglueConfiguration, transport: (any Transport)? = nil) {
        self.configuration = configuration
        let transport = transport ?? HTTPTransport(connectTimeout: configuration.connectTimeout)
        self.transport = transport
        executor = RequestExecutor(configuration: configuration, transport: transport)
        decoder = ResponseDecoder(origin: configuration.environment.rawValue, logger: configuration.logger)
        signer = TenantTokenSignerSlot(signingKey: configuration.tenantSigningKey)
    }

    /// Closes connections; ends every `retryEvents()` stream. The client must not be used afterwards.
    public func shutdown() async {
        executor.events.finish()
        await transport.shutdown()
    }

    /// A stream of the retries this client schedules, from now on, for the status line. Each call gives an
    /// independent stream; drop it (or cancel its task) to unsubscribe.
    public func retryEvents() -> AsyncStream<RetryEvent> {
        executor.events.subscribe()
    }

    /// Requests per minute, in flight, queued, and retries waiting.
    public var activity: ClientActivity { executor.activity }

    var env: String { configuration.environment.rawValue }
    var flow: String { configuration.flow.rawValue }

    /// A tenant token for public-key calls; nil with a secret key, which needs none.
    func tenantToken(for tenant: TenantID) async throws(APIError) -> String? {
        guard configuration.keyKind == .public else { return nil }
        return try await signer.token(for: tenant)
    }

    /// Sends and returns the 2xx answer.
    func send(_ endpoint: Endpoint) async throws(APIError) -> TransportResponse {
        try await executor.send(endpoint)
    }

    /// Sends and reads the answer as JSON (`null` for an empty body).
    func sendForJSON(_ endpoint: Endpoint) async throws(APIError) -> JSONValue {
        try decoder.json(try await send(endpoint), endpoint)
    }
}

/// Makes the signer on first use (its key parsing is async and may fail; the failure is reported on the call that
/// needs a token, not when the client is made).
actor TenantTokenSignerSlot {
    private let signingKey: Secret?
    private var signer: TenantTokenSigner?

    init(signingKey: Secret?) {
        self.signingKey = signingKey
    }

    func token(for tenant: TenantID) async throws(APIError) -> String {
        if let signer { return try await signer.token(for: tenant) }
        guard let signingKey, !signingKey.isEmpty else {
            throw APIError(
                category: .auth, summary: "A public API key needs the environment's signing key for tenant tokens",
                hint: "add the signing key to this profile, or use a secret key")
        }
        let made = try await TenantTokenSigner(signingKey: signingKey)
        signer = made
        return try await made.token(for: tenant)
    }
}

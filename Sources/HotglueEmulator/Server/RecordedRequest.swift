/// One request as the emulator saw and answered it. Token and key values are never recorded: query tokens and
/// secret-looking body fields are replaced by "***", and headers (where `x-api-key` travels) are not kept at all.
public struct RecordedRequest: Sendable, Hashable {
    /// "GET"
    public let method: String
    /// "/v2/demo.hg.example.com/l8odS2mce/acme/linkedConnectors"
    public let path: String
    /// Query parameters; token values replaced by "***".
    public let query: [String: String]
    /// What was answered (0 if the connection was dropped).
    public let status: Int
    /// The fault applied, if any ("429", "drop", "latency+500", ...).
    public let fault: String?
    /// Request body text, secrets masked as "***".
    public let body: String?

    public init(method: String, path: String, query: [String: String], status: Int, fault: String?, body: String?) {
        self.method = method
        self.path = path
        self.query = query
        self.status = status
        self.fault = fault
        self.body = body
    }
}

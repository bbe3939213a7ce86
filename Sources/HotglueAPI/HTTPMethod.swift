/// The methods the API uses, and which of them may be sent twice.
public enum HTTPMethod: String, Sendable, Hashable {
    case get = "GET"
    case post = "POST"
    case put = "PUT"
    case patch = "PATCH"
    case delete = "DELETE"

    /// Methods whose repetition leaves the server as one request would: these are retried after a failure that
    /// may have reached the server. PATCH is a merge here, which is idempotent for the same body, but we stay
    /// conservative: a PATCH or POST that may have arrived is never sent again.
    public var isIdempotent: Bool {
        switch self {
        case .get, .put, .delete: return true
        case .post, .patch: return false
        }
    }
}

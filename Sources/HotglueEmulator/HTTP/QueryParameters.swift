import Hummingbird

/// Typed reads of query parameters with Chalice-style 400s.
struct QueryParameters {
    let request: Request

    func string(_ name: String) -> String? {
        request.uri.queryParameters[Substring(name)].map(String.init)
    }

    func required(_ name: String) throws -> String {
        guard let value = string(name), !value.isEmpty else {
            throw ChaliceError.badRequest("Missing required query parameter: \(name)")
        }
        return value
    }

    /// `true`/`false`/`1`/`0` (any case); absent is `false`.
    func flag(_ name: String) throws -> Bool {
        guard let value = string(name) else { return false }
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no", "": return false
        default: throw ChaliceError.badRequest("Query parameter \(name) must be true or false, got \"\(value)\"")
        }
    }

    /// A non-negative integer, or nil when absent.
    func count(_ name: String) throws -> Int? {
        guard let value = string(name) else { return nil }
        guard let number = Int(value), number >= 0 else {
            throw ChaliceError.badRequest("Query parameter \(name) must be a non-negative integer, got \"\(value)\"")
        }
        return number
    }
}

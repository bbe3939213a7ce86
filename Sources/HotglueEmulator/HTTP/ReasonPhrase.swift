/// Reason phrases for the statuses the emulator answers (HTTPTypes leaves them empty for statuses built from a code).
enum ReasonPhrase {
    static func text(for status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 401: "Unauthorized"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 408: "Request Timeout"
        case 413: "Payload Too Large"
        case 429: "Too Many Requests"
        case 500: "Internal Server Error"
        case 502: "Bad Gateway"
        case 503: "Service Temporarily Unavailable"
        case 504: "Gateway Time-out"
        default: "Error"
        }
    }
}

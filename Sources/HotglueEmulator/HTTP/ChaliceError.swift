import Hummingbird
import LosslessJSON

/// An error answered the way Hotglue's Chalice backend does: `{"Code": "NotFoundError", "Message": "..."}`.
struct ChaliceError: Error, Sendable {
    let status: Int
    let message: String
    var headers: HTTPFields = [:]

    /// Chalice's exception name for a status ("ChaliceViewError" for any other 5xx, "BadRequestError" otherwise).
    var code: String { ChaliceError.code(forStatus: status) }

    static func badRequest(_ message: String) -> ChaliceError { ChaliceError(status: 400, message: message) }
    static func unauthorized(_ message: String) -> ChaliceError { ChaliceError(status: 401, message: message) }
    static func forbidden(_ message: String) -> ChaliceError { ChaliceError(status: 403, message: message) }
    static func notFound(_ message: String) -> ChaliceError { ChaliceError(status: 404, message: message) }

    static func code(forStatus status: Int) -> String {
        switch status {
        case 400: "BadRequestError"
        case 401: "UnauthorizedError"
        case 403: "ForbiddenError"
        case 404: "NotFoundError"
        case 405: "MethodNotAllowedError"
        case 408: "RequestTimeoutError"
        case 409: "ConflictError"
        case 413: "RequestEntityTooLargeError"
        case 415: "UnsupportedMediaType"
        case 422: "UnprocessableEntityError"
        case 429: "TooManyRequestsError"
        case 500...599: "ChaliceViewError"
        default: "BadRequestError"
        }
    }

    var body: JSONValue {
        ["Code": .string(JSONString(code)), "Message": .string(JSONString(message))]
    }

    var response: Response {
        var response = JSONResponse.make(body, status: status)
        response.headers.append(contentsOf: headers)
        return response
    }
}

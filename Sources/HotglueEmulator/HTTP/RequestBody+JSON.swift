import Hummingbird
import LosslessJSON

extension Request {
    /// The largest request body the emulator reads (Hotglue's API Gateway caps payloads at a few MB too).
    static let maxEmulatorBodyBytes = 4 << 20

    /// The body parsed as JSON, or a 400 BadRequestError that says what is wrong with it.
    mutating func jsonBody() async throws -> JSONValue {
        let buffer: ByteBuffer
        do {
            buffer = try await collectBody(upTo: Request.maxEmulatorBodyBytes)
        } catch {
            throw ChaliceError(status: 413, message: "Request body is larger than \(Request.maxEmulatorBodyBytes) bytes")
        }
        guard buffer.readableBytes > 0 else { throw ChaliceError.badRequest("Request body is empty; expected JSON") }
        do {
            return try JSONValue.parse(bytes: Array(buffer.readableBytesView))
        } catch {
            throw ChaliceError.badRequest("Request body is not valid JSON: \(error.description)")
        }
    }

    /// The body as a JSON object, or a 400 naming what it was instead.
    mutating func jsonObjectBody() async throws -> JSONObject {
        let value = try await jsonBody()
        guard let object = value.objectValue else {
            throw ChaliceError.badRequest("Request body must be a JSON object, got \(value.kindDescription)")
        }
        return object
    }
}

extension JSONValue {
    /// "an array", "a string", ... for error messages.
    var kindDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

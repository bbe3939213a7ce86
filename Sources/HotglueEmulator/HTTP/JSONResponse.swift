import Hummingbird
import LosslessJSON

/// Responses whose body is a LosslessJSON value, printed compact (number text kept exactly).
enum JSONResponse {
    static func make(_ value: JSONValue, status: Int = 200, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        let bytes = value.compactBytes()
        return Response(
            status: HTTPResponse.Status(code: status),
            headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }
}

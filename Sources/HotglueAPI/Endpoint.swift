import LosslessJSON

/// One API call as a value: method, path segments, query and body, plus the operation's name for errors and
/// logs. Path segments and query values are percent-encoded when the URL is built.
struct Endpoint: Sendable {
    var operation: String
    var method: HTTPMethod
    var pathSegments: [String]
    var query: [(name: String, value: String)]
    var body: JSONValue?

    init(
        _ operation: String, _ method: HTTPMethod, _ pathSegments: [String],
        query: [(name: String, value: String)] = [], body: JSONValue? = nil
    ) {
        self.operation = operation
        self.method = method
        self.pathSegments = pathSegments
        self.query = query
        self.body = body
    }

    /// `/v2/env/flow/tenant/linkedConnectors`
    var path: String {
        "/" + pathSegments.map { PercentEncoding.encode($0) }.joined(separator: "/")
    }

    func url(base: String) -> String {
        var url = base + path
        if !query.isEmpty {
            url += "?" + query.map { PercentEncoding.encode($0.name) + "=" + PercentEncoding.encode($0.value) }
                .joined(separator: "&")
        }
        return url
    }
}

enum PercentEncoding {
    /// Encodes everything but RFC 3986's unreserved characters, so `/` in a job root becomes `%2F`.
    static func encode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }
}

import HotglueModels
import Testing

@Suite("API errors")
struct APIErrorTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func chaliceUnauthorizedNamesTheKeyAndTheEnvironment() {
        let error = APIError(
            status: 401, body: bytes(#"{"Code": "UnauthorizedError", "Message": "Invalid x-api-key"}"#),
            origin: "prod.hg.example.com")
        #expect(error.category == .auth)
        #expect(error.message == "API key rejected (401) by prod.hg.example.com: check the key for this profile")
        #expect(error.code == "UnauthorizedError")
        #expect(error.serverMessage == "Invalid x-api-key")
        #expect(!error.isRetryable)
    }

    @Test func statusesMapToCategories() {
        func category(_ status: Int) -> APIError.Category { APIError(status: status, body: [], origin: "e").category }
        #expect(category(400) == .badRequest)
        #expect(category(403) == .forbidden)
        #expect(category(404) == .notFound)
        #expect(category(409) == .conflict)
        #expect(category(422) == .badRequest)
        #expect(category(429) == .rateLimited(retryAfter: nil))
        #expect(category(502) == .server)
        #expect(APIError(status: 503, body: [], origin: "e").isRetryable)
        #expect(!APIError(status: 501, body: [], origin: "e").isRetryable)
        #expect(APIError(status: 423, body: [], origin: "e").isRetryable)
    }

    @Test func rateLimitCarriesTheAdvisedWait() {
        let error = APIError(status: 429, body: [], retryAfter: .seconds(2), origin: "env")
        #expect(error.category == .rateLimited(retryAfter: .seconds(2)))
        #expect(error.retryAfter == .seconds(2))
        #expect(error.message == "Rate limited (429) by env: retry after 2 s")
    }

    @Test func htmlBodiesBecomeAShortSummary() {
        let page = """
            <html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head>
            <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
            """
        let error = APIError(status: 502, body: bytes(page), contentType: "text/html", origin: "env")
        #expect(error.category == .server)
        #expect(error.serverMessage == "502 Bad Gateway")
        #expect(!error.message.contains("<"))
        #expect(error.message.hasPrefix("Server error (502) at env: 502 Bad Gateway"))
        let untitled = APIError(status: 500, body: bytes("<html><body><p>Oops &amp; sorry</p></body></html>"), origin: "e")
        #expect(untitled.serverMessage == "Oops & sorry")
    }

    @Test func emptyAndPlainBodiesAreReadable() {
        let empty = APIError(status: 404, body: [], origin: "env")
        #expect(empty.serverMessage == nil)
        #expect(empty.message == "Not found (404) at env: check the environment, flow, tenant and connector ids")
        let text = APIError(status: 400, body: bytes("connector_id is required\nmore"), origin: "env")
        #expect(text.serverMessage == "connector_id is required")
        let gateway = APIError(status: 403, body: bytes(#"{"message": "Missing Authentication Token"}"#), origin: "e")
        #expect(gateway.serverMessage == "Missing Authentication Token")
        let long = APIError(status: 400, body: bytes(String(repeating: "x", count: 5000)), origin: "e")
        #expect((long.serverMessage?.count ?? 0) <= 200)
    }

    @Test func serverTextIsMaskedAndTheKeyIsRedacted() {
        let echo = APIError(status: 400, body: bytes(#"{"Message": "bad token=abc123xyz in request"}"#), origin: "e")
        #expect(!echo.message.contains("abc123xyz"))
        let transport = APIError.transport("refused for key hg-secret-key-1", origin: "host")
        #expect(!transport.redacting("hg-secret-key-1").message.contains("hg-secret-key-1"))
    }
}

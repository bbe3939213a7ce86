import AsyncHTTPClient
import Foundation
import GlueEvents
import NIOCore
import NIOHTTP1

/// Posts webhook deliveries over real HTTP, as Hotglue would.
struct WebhookPoster: Sendable {
    let url: String

    struct Answer: Sendable {
        let status: Int
        let body: String
    }

    /// Posts `body` with `X-Hub-Signature: signature` (none when nil).
    func post(_ body: [UInt8], signature: String? = nil, method: HTTPMethod = .POST) async throws -> Answer {
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "content-type", value: "application/json")
        if let signature { request.headers.add(name: WebhookSignature.headerName, value: signature) }
        if method == .POST { request.body = .bytes(ByteBuffer(bytes: body)) }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let answer = try await response.body.collect(upTo: 1 << 20)
        return Answer(status: Int(response.status.code), body: String(buffer: answer))
    }

    /// Posts `text` signed with `secret` (unsigned when nil).
    func post(_ text: String, signedWith secret: String?) async throws -> Answer {
        let body = Array(text.utf8)
        return try await post(body, signature: secret.map { WebhookSignature.hex(of: body, secret: WebhookSecret($0)) })
    }
}

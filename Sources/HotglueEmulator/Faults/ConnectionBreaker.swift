import Hummingbird
import NIOCore

/// Breaks a request's TCP connection, below Hummingbird's HTTP handling.
///
/// Hummingbird hands each request's `Channel` to the request context (`ApplicationRequestContextSource.channel`),
/// so a middleware can close the connection itself: before anything is written (a dropped connection, done by
/// `ConnectionDropMiddleware`), or from inside a response body writer after part of the body went out (a truncated
/// body). Writes through the body writer and the close are both carried out on the channel's event loop in order,
/// so the partial body is on the wire before the FIN.
struct ConnectionBreaker {
    let channel: any Channel

    /// Closes the connection without any response. The returned response is never written: Hummingbird's write
    /// fails on the closed channel and it gives up on the connection quietly.
    func drop() async -> Response {
        try? await channel.close()
        return Response(status: .internalServerError)
    }

    /// The same response, declaring its full Content-Length but sending only the first half of the body,
    /// then closing the connection.
    func truncating(_ response: Response) async -> Response {
        let collector = BodyCollector()
        try? await response.body.write(collector)
        let full = collector.bytes
        let declared = max(full.count, 16)
        let sent = Array(full.prefix(full.count / 2))
        let channel = self.channel
        var headers = response.headers
        headers[.contentLength] = String(declared)
        return Response(
            status: response.status, headers: headers,
            body: ResponseBody(contentLength: declared) { writer in
                if !sent.isEmpty {
                    try await writer.write(ByteBuffer(bytes: sent))
                }
                try? await channel.close()
            }
        )
    }
}

/// A body writer that keeps what is written, to cut a finished response short.
private final class BodyCollector: ResponseBodyWriter, Sendable {
    private let collected = Locked<[UInt8]>([])

    var bytes: [UInt8] { collected.withLock { $0 } }

    func write(_ buffer: ByteBuffer) async throws {
        collected.withLock { $0.append(contentsOf: buffer.readableBytesView) }
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}

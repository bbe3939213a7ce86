import Foundation
import HTTPTypes
import Hummingbird
import Logging
import MCP
import NIOCore
import ServiceLifecycle

/// `gluetop mcp --http HOST:PORT`: the streamable-HTTP transport at `/mcp`, served by Hummingbird. A request body
/// over `maxBodyBytes` is refused with 413 before it is read whole.
public enum MCPHTTPServer {
    public static let path = "/mcp"
    public static let maxBodyBytes = 4 << 20

    /// Starts serving and returns once it accepts connections (port 0: any free port, told by `port`).
    public static func start(backend: MCPBackend, host: String, port: Int, logger: Logger) async throws
        -> RunningMCPHTTPServer
    {
        let sessions = HTTPSessionRouter(backend: backend, logger: logger)
        let router = Router()
        for method in [HTTPTypes.HTTPRequest.Method.post, .get, .delete] {
            router.on(RouterPath(path), method: method) { request, _ in
                try await respond(to: request, sessions: sessions)
            }
        }
        let (events, continuation) = AsyncStream<Int?>.makeStream()
        let app = Application(
            router: router, configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? port) }, logger: logger)
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: logger))
        let task = Task {
            try? await group.run()
            continuation.yield(nil)
            continuation.finish()
        }
        for await event in events {
            guard let bound = event else { break }
            return RunningMCPHTTPServer(host: host, port: bound, group: group, task: task, sessions: sessions)
        }
        throw MCPServeError("cannot listen on \(host):\(port)")
    }

    private static func respond(to request: Request, sessions: HTTPSessionRouter) async throws -> Response {
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxBodyBytes)
        } catch {
            return response(for: .error(statusCode: 413, .invalidRequest(
                "Payload Too Large: gluetop takes MCP messages of at most \(maxBodyBytes) bytes")))
        }
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.rawName] = field.value }
        // HTTP/1.1's Host arrives as the authority, not among the fields: the SDK's DNS-rebinding check needs it.
        if let authority = request.head.authority { headers["Host"] = authority }
        let mcpRequest = MCP.HTTPRequest(method: request.method.rawValue, headers: headers,
                                         body: Data(body.readableBytesView), path: request.uri.path)
        return response(for: await sessions.handle(mcpRequest))
    }

    private static func response(for answer: MCP.HTTPResponse) -> Response {
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        let status = HTTPTypes.HTTPResponse.Status(code: answer.statusCode)
        switch answer {
        case .stream(let stream, _):
            return Response(status: status, headers: fields, body: ResponseBody { writer in
                for try await chunk in stream { try await writer.write(ByteBuffer(bytes: chunk)) }
                try await writer.finish(nil)
            })
        default:
            let data = answer.bodyData ?? Data()
            return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
    }
}

/// A started HTTP server: where it listens, and how to stop it.
public final class RunningMCPHTTPServer: Sendable {
    public let host: String
    public let port: Int
    private let group: ServiceGroup
    private let task: Task<Void, Never>
    private let sessions: HTTPSessionRouter

    init(host: String, port: Int, group: ServiceGroup, task: Task<Void, Never>, sessions: HTTPSessionRouter) {
        self.host = host
        self.port = port
        self.group = group
        self.task = task
        self.sessions = sessions
    }

    public var url: String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)\(MCPHTTPServer.path)"
    }

    /// Ends every session (and its subscriptions), then the server.
    public func shutdown() async {
        await sessions.closeAll()
        await group.triggerGracefulShutdown()
        await task.value
    }
}

public struct MCPServeError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}

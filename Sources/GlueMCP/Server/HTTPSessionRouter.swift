import Foundation
import Logging
import LosslessJSON
import MCP

/// The streamable-HTTP sessions of one server: an `initialize` without a session id opens one (an SDK
/// `StatefulHTTPServerTransport` with the SDK's default validation, which refuses Hosts and Origins other than
/// localhost's, and an `MCPSession`); every later request is routed by its `Mcp-Session-Id`; DELETE ends it.
actor HTTPSessionRouter {
    /// More open sessions than this are refused: every one holds a server and its subscriptions.
    static let maxSessions = 32

    private struct Entry {
        var session: MCPSession
        var transport: StatefulHTTPServerTransport
    }

    private let backend: MCPBackend
    private let logger: Logger
    private var sessions: [String: Entry] = [:]

    init(backend: MCPBackend, logger: Logger) {
        self.backend = backend
        self.logger = logger
    }

    func handle(_ request: HTTPRequest) async -> HTTPResponse {
        if let id = request.header(HTTPHeaderName.sessionID) {
            guard let entry = sessions[id] else {
                return .error(statusCode: 404, .invalidRequest("Not Found: no session \(id) (it ended, or gluetop "
                    + "restarted): send initialize again"))
            }
            let response = await entry.transport.handleRequest(request)
            if request.method.uppercased() == "DELETE", response.statusCode == 200 {
                sessions[id] = nil
                await Self.close(entry)
            }
            return response
        }
        guard request.method.uppercased() == "POST", Self.isInitialize(request.body) else {
            return .error(statusCode: 400, .invalidRequest("Bad Request: no \(HTTPHeaderName.sessionID) header: "
                + "send initialize first"))
        }
        guard sessions.count < Self.maxSessions else {
            return .error(statusCode: 503, .internalError("gluetop has \(Self.maxSessions) sessions open: end one "
                + "(DELETE) first"))
        }
        let entry = Entry(session: MCPSession(backend: backend), transport: StatefulHTTPServerTransport(logger: logger))
        do {
            try await entry.session.start(on: entry.transport)
        } catch {
            return .error(statusCode: 500, .internalError("cannot start a session: \(error)"))
        }
        let response = await entry.transport.handleRequest(request)
        let id = response.headers.first { $0.key.lowercased() == HTTPHeaderName.sessionID.lowercased() }?.value
        if let id {
            sessions[id] = entry
        } else {
            // Refused (a foreign Host or Origin, a bad Accept): no session was opened.
            await Self.close(entry)
        }
        return response
    }

    func closeAll() async {
        let open = sessions.values
        sessions.removeAll()
        for entry in open { await Self.close(entry) }
    }

    private static func close(_ entry: Entry) async {
        await entry.session.close()
        await entry.session.server.stop()
    }

    static func isInitialize(_ body: Data?) -> Bool {
        guard let body, let message = try? JSONValue.parse(bytes: Array(body)) else { return false }
        return message["method"]?.stringValue == "initialize"
    }
}

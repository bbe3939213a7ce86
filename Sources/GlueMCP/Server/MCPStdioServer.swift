import Logging
import MCP

/// `gluetop mcp --stdio`: one session on standard input and output (newline-delimited JSON-RPC), until the client
/// closes standard input (`LineStdioTransport`). Nothing else may write to stdout: the client's log goes to gluetop's log file.
public enum MCPStdioServer {
    public static func run(backend: MCPBackend, logger: Logger) async throws {
        let session = MCPSession(backend: backend)
        try await session.start(on: LineStdioTransport(logger: logger))
        await session.server.waitUntilCompleted()
        await session.close()
        await session.server.stop()
    }
}

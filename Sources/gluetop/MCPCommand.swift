import ArgumentParser
import Foundation
import GlueApp
import GlueMCP
import GlueScript
import HotglueAPI

/// `gluetop mcp`: the Hotglue operations as MCP tools and resources for AI agents, with the profile's guards.
struct MCPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mcp",
        abstract: "Serve the Hotglue operations as MCP tools for AI agents (stdio, or streamable HTTP).",
        discussion: """
            With --stdio (the default) an MCP client starts gluetop and talks to it over stdin and stdout; with \
            --http HOST:PORT gluetop serves http://HOST:PORT/mcp (bound to 127.0.0.1 unless HOST says otherwise; \
            requests whose Host or Origin is not localhost's are refused). A read-only profile lists no tool that \
            changes Hotglue; on a production profile every change needs confirm "tenant/connector". Changes are \
            journaled with origin mcp and the client's name.

            Connection: --profile NAME from the config file, or --base-url, --env and --flow with HOTGLUE_API_KEY set.
            """)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions

    @Flag(help: "Serve one client on standard input and output (the default).")
    var stdio = false

    @Option(help: ArgumentHelp("Serve streamable HTTP at http://HOST:PORT/mcp (HOST defaults to 127.0.0.1; port 0 picks a free one).",
                               valueName: "host:port"))
    var http: String?

    @Option(name: .customLong("watch-seconds"),
            help: "How often a subscribed resource (a running job) is read again; all reads share one budget.")
    var watchSeconds: Double = 2

    func validate() throws {
        if stdio, http != nil { throw ValidationError("--stdio and --http exclude each other") }
        if connection.confirm != nil {
            throw ValidationError("mcp takes no --confirm: a change is confirmed per tool call (its confirm argument)")
        }
        if let http { _ = try HTTPAddress(parsing: http) }
        guard watchSeconds >= 0.1, watchSeconds.isFinite else { throw ValidationError("--watch-seconds must be at least 0.1") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let request = ProfileRequest(configPath: connection.configPath, profile: connection.profile,
                                     baseURL: connection.baseURL, envID: connection.envID, flowID: connection.flowID,
                                     readOnly: connection.readOnly)
        let resolved: FrontEndConnection
        do {
            // An agent waits for its tool call: retries stop after 10 s of waiting, and the error says how long
            // Hotglue asked to wait.
            resolved = try FrontEndConnection.resolve(request, environment: environment, userAgent: "gluetop-mcp",
                                                      retryPolicy: RetryPolicy(maxTotalWait: .seconds(10)))
        } catch {
            FileHandle.standardError.write(Data("gluetop: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
        let backend = MCPBackend(connection: resolved, watchInterval: .milliseconds(Int(watchSeconds * 1000)))
        let logger = FrontEndConnection.fileLogger(environment: environment, label: "gluetop.mcp")
        do {
            if let http {
                let address = try HTTPAddress(parsing: http)
                let server = try await MCPHTTPServer.start(backend: backend, host: address.host, port: address.port,
                                                           logger: logger)
                FileHandle.standardError.write(Data(
                    "gluetop mcp: profile \(resolved.profile) at \(server.url) (Ctrl-C stops)\n".utf8))
                await TerminationSignal.wait()
                await server.shutdown()
            } else {
                try await MCPStdioServer.run(backend: backend, logger: logger)
            }
        } catch {
            await backend.shutdown()
            FileHandle.standardError.write(Data("gluetop: mcp: \(error)\n".utf8))
            throw ExitCode(1)
        }
        await backend.shutdown()
    }
}

/// `--http HOST:PORT`, `[::1]:PORT`, or a bare `PORT` (on 127.0.0.1).
struct HTTPAddress {
    var host: String
    var port: Int

    init(parsing text: String) throws {
        var host = "127.0.0.1"
        var portText = Substring(text)
        if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
            host = String(text[text.index(after: text.startIndex)..<close])
            portText = text[text.index(after: close)...].drop { $0 == ":" }
        } else if let colon = text.lastIndex(of: ":") {
            if colon != text.startIndex { host = String(text[..<colon]) }
            portText = text[text.index(after: colon)...]
        }
        guard let port = Int(portText), (0...65535).contains(port), !host.isEmpty else {
            throw ValidationError("--http takes HOST:PORT (e.g. 127.0.0.1:8765), not \(text)")
        }
        self.host = host
        self.port = port
    }
}

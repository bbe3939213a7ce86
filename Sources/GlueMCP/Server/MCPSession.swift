import GlueApp
import GlueSync
import MCP

/// One client's session: an SDK `Server` with gluetop's tools and resources, the client's name (from initialize,
/// for the journal) and its subscriptions. Stdio has one; the HTTP server one per `Mcp-Session-Id`.
final class MCPSession: Sendable {
    static let serverName = "gluetop"
    static let serverVersion = "0.1.0"

    let server: Server
    private let backend: MCPBackend
    private let clientName = LockedValue<String?>(nil)
    private let watcher = LockedValue<ResourceWatcher?>(nil)
    /// Made at the first tool call, after initialize (the server is strict: nothing comes before it), so the
    /// journal knows the client's name; one per session, so its gate keeps one change per connector.
    private let performer = LockedValue<ChangePerformer?>(nil)

    init(backend: MCPBackend) {
        self.backend = backend
        let profile = backend.connection
        var guards = "Profile \(profile.profile)"
        if profile.readOnly { guards += " is read-only: no tool changes Hotglue." }
        if profile.production { guards += " is production: every change needs confirm \"tenant/connector\"." }
        if !profile.readOnly && !profile.production { guards += ": unlinking and deleting state need confirm." }
        server = Server(
            name: Self.serverName, version: Self.serverVersion, title: "gluetop",
            instructions: "Operate Hotglue integrations (tenants, linked connectors, discovery, Singer state, jobs). "
                + guards + " Secrets are always masked (••••••).",
            capabilities: .init(resources: .init(subscribe: true, listChanged: false), tools: .init(listChanged: false)),
            configuration: .strict)
    }

    /// Registers every handler and starts serving on `transport`.
    func start(on transport: any Transport) async throws {
        await register()
        try await server.start(transport: transport) { [clientName] info, _ in
            clientName.withLock { $0 = info.name }
        }
    }

    /// Ends the subscriptions' polling.
    func close() async {
        await watcher.withLock { $0 }?.stopAll()
    }

    private var runner: ToolRunner {
        let name = clientName.withLock { $0 }
        let changes = performer.withLock { cached in
            if let cached { return cached }
            let made = backend.changePerformer(clientName: name)
            cached = made
            return made
        }
        return ToolRunner(backend: backend, changes: changes)
    }

    private func currentWatcher() -> ResourceWatcher {
        watcher.withLock { existing in
            if let existing { return existing }
            let server = self.server
            let made = ResourceWatcher(reader: ResourceReader(tools: runner), budget: backend.budget,
                                       interval: backend.watchInterval) { uri in
                try? await server.notify(ResourceUpdatedNotification.message(.init(uri: uri)))
            }
            existing = made
            return made
        }
    }

    private func register() async {
        let backend = self.backend
        await server.withMethodHandler(ListTools.self) { _ in
            ListTools.Result(tools: backend.listedTools.map(\.tool))
        }
        await server.withMethodHandler(CallTool.self) { [weak self] params in
            guard let self else { throw MCPError.connectionClosed }
            return try await self.runner.call(params.name, params.arguments)
        }
        await server.withMethodHandler(ListResources.self) { [weak self] params in
            guard let self else { throw MCPError.connectionClosed }
            return try await ResourceLister(tools: self.runner).page(cursor: params.cursor)
        }
        await server.withMethodHandler(ListResourceTemplates.self) { _ in
            ListResourceTemplates.Result(templates: ResourceLister.templates)
        }
        await server.withMethodHandler(ReadResource.self) { [weak self] params in
            guard let self else { throw MCPError.connectionClosed }
            guard let uri = ResourceURI(params.uri) else { throw ResourceReader.unknown(params.uri) }
            return ReadResource.Result(contents: [try await ResourceReader(tools: self.runner).contents(uri)])
        }
        await server.withMethodHandler(ResourceSubscribe.self) { [weak self] params in
            guard let self else { throw MCPError.connectionClosed }
            guard let uri = ResourceURI(params.uri) else { throw ResourceReader.unknown(params.uri) }
            try await self.currentWatcher().subscribe(uri)
            return Empty()
        }
        await server.withMethodHandler(ResourceUnsubscribe.self) { [weak self] params in
            guard let self else { throw MCPError.connectionClosed }
            guard let uri = ResourceURI(params.uri) else { throw ResourceReader.unknown(params.uri) }
            await self.currentWatcher().unsubscribe(uri)
            return Empty()
        }
    }
}

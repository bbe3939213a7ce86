import GlueApp
import HotglueAPI
import HotglueModels

/// What every session of one `gluetop mcp` process shares: the profile's connection, one API client (its in-flight
/// limit and retries cover every session), and one polling budget for the resource subscriptions.
public final class MCPBackend: Sendable {
    public let connection: FrontEndConnection
    let client: HotglueClient
    let budget: PollBudget
    /// How often a subscribed resource is read again (each read paid from `budget`).
    let watchInterval: Duration

    public init(connection: FrontEndConnection, watchInterval: Duration = .seconds(2)) {
        self.connection = connection
        self.client = HotglueClient(configuration: connection.configuration)
        self.budget = PollBudget()
        self.watchInterval = watchInterval
    }

    public func shutdown() async {
        await client.shutdown()
    }

    var changeGuard: ChangeGuard {
        ChangeGuard(profile: connection.profile, readOnly: connection.readOnly, production: connection.production)
    }

    /// The tools this profile lists.
    var listedTools: [ToolSpec] {
        ToolCatalog.listed(readOnly: connection.readOnly)
    }

    /// The write path of one MCP session: the journal marks its changes `origin: mcp` with the client's name.
    func changePerformer(clientName: String?) -> ChangePerformer {
        ChangePerformer(client: client, journal: connection.journal(origin: "mcp", client: clientName))
    }
}

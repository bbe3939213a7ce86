import GlueCore
import GlueSync
import HotglueAPI

/// The dashboard's clients across `:profile` switches: the current one feeds the status line (retries, request
/// rate); the retired ones stay open until exit, so a mutation already sent on one can still finish.
final class DashboardClients: Sendable {
    private struct State {
        var clients: [HotglueClient] = []
        var feed: ClientActivityFeed?
    }

    private let state = LockedValue(State())

    func add(_ client: HotglueClient) {
        state.withLock { $0.clients.append(client) }
    }

    /// Moves the activity feed to `client`.
    func activate(_ client: HotglueClient, mailbox: Mailbox) {
        let old = state.withLock { state in
            let old = state.feed
            state.feed = ClientActivityFeed(client: client, mailbox: mailbox)
            return old
        }
        old?.stop()
    }

    func shutdownAll() async {
        let (clients, feed) = state.withLock { state in
            defer { state = State() }
            return (state.clients, state.feed)
        }
        feed?.stop()
        for client in clients { await client.shutdown() }
    }
}

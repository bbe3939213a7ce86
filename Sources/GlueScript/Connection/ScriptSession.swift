import GlueApp
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// One command's connection: the client, the journal for mutations, and the context to write to. The client is
/// shut down when the command's body returns or throws.
struct ScriptSession: Sendable {
    let client: HotglueClient
    let connection: ResolvedConnection
    let context: ScriptContext

    static func run<T: Sendable>(
        _ options: ConnectionOptions, in context: ScriptContext, _ body: (ScriptSession) async throws -> T
    ) async throws -> T {
        let connection = try ScriptConnection.resolve(options, context: context)
        let client = HotglueClient(configuration: connection.configuration)
        let session = ScriptSession(client: client, connection: connection, context: context)
        do {
            let value = try await body(session)
            await client.shutdown()
            return value
        } catch {
            await client.shutdown()
            throw error
        }
    }

    /// `$XDG_STATE_HOME/gluetop/journal.jsonl`, the same file the dashboard writes, marked `origin: cli`.
    var journal: ActionJournal {
        let paths = AppPaths(environment: context.environment)
        return ActionJournal(file: JournalFile(paths: paths), origin: "cli", profile: connection.profile,
                             envID: connection.configuration.environment.rawValue,
                             flowID: connection.configuration.flow.rawValue)
    }

    /// Refuses a change (exit 4, before anything is sent) on a read-only connection, and on a production profile
    /// unless `--confirm` names it: a script's answer to the dashboard's "type the profile name".
    func requireWritable(_ what: String) throws(ScriptFailure) {
        if connection.readOnly {
            throw .refused("profile \(connection.profile) is read-only: \(what) refused, nothing was changed")
        }
        if connection.production, connection.confirmation != connection.profile {
            throw .refused("profile \(connection.profile) is production: add --confirm \(connection.profile) to \(what); "
                + "nothing was changed")
        }
    }

    /// Journals one mutation; a journal that cannot be written is said on stderr (the change itself happened).
    func record(tenant: TenantID, connector: ConnectorID, action: String, request: String,
                outcome: JournalEntry.Outcome, before: JSONValue? = nil, after: JSONValue? = nil) {
        if let failure = journal.record(tenant: tenant, connector: connector, action: action, request: request,
                                        outcome: outcome, before: before, after: after) {
            context.report("warning: \(failure)")
        }
    }

    /// Raises an empty answer for an unknown tenant (list calls answer `[]` for any id) to a not-found failure.
    func requireTenant(_ tenant: TenantID) async throws {
        let tenants = try await client.listTenants()
        guard tenants.contains(tenant) else {
            throw ScriptFailure.notFound("tenant \(tenant) not found in \(connection.configuration.environment)")
        }
    }
}

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
    var journal: ChangeJournal {
        connection.shared.journal(origin: "cli")
    }

    /// The write path every change of a script command takes, as the dashboard's do.
    var changes: ChangePerformer {
        ChangePerformer(client: client, journal: journal)
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

    /// A change's answer as the command's result: its value, or the failure with its exit code. A journal that
    /// could not record the outcome is said on stderr (the change itself stands).
    func settle<Value>(_ answer: ChangeAnswer<Value>) throws -> Value {
        if let problem = answer.journalProblem { context.report("warning: \(problem)") }
        return try answer.result.get()
    }

    /// Refuses (exit 4) a state change while a job of the connector runs, unless `--force`: the job writes its
    /// own state when it ends and may overwrite the change.
    func requireNoRunningJob(_ ref: ConnectorRef, force: Bool, _ what: String) async throws {
        guard !force, let job = try await changes.runningJob(of: ref) else { return }
        throw ScriptFailure.refused(
            "job \(job.id) of \(ref.connector) (tenant \(ref.tenant)) is \(job.status): it writes its own state when it "
                + "ends and may overwrite this \(what); wait for it, or pass --force. Nothing was changed")
    }

    /// Raises an empty answer for an unknown tenant (list calls answer `[]` for any id) to a not-found failure.
    func requireTenant(_ tenant: TenantID) async throws {
        let tenants = try await client.listTenants()
        guard tenants.contains(tenant) else {
            throw ScriptFailure.notFound("tenant \(tenant) not found in \(connection.configuration.environment)")
        }
    }
}

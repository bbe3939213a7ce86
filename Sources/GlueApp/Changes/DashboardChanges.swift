import GlueCore
import HotglueModels
import LosslessJSON

/// Reads what Hotglue shows now, to check a change of unknown result left by an earlier run: a connector's state
/// (state changes), the tenant's linked connectors (link, unlink) and its jobs (job starts).
public protocol ChangeChecking: Sendable {
    func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError>
    func linkedConnectorIDs(_ tenant: TenantID) async -> Result<[ConnectorID], APIError>
    func jobs(_ tenant: TenantID) async -> Result<[Job], APIError>
}

/// Carries out the changes `update` asks for (`Effect.api`); the answer comes back as a message.
public protocol DashboardChanges: ChangeChecking {
    func perform(_ request: APIRequest) async -> Msg
    /// A job and its whole log, for `s` (`Effect.saveJobLog`).
    func jobLogExport(tenant: TenantID, root: JobRoot) async -> Result<JobLogExport, APIError>
}

extension DashboardChanges {
    /// For actions that cannot read (test doubles): the check says so instead of guessing.
    public func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError> {
        .failure(Self.cannotRead)
    }

    public func linkedConnectorIDs(_ tenant: TenantID) async -> Result<[ConnectorID], APIError> {
        .failure(Self.cannotRead)
    }

    public func jobs(_ tenant: TenantID) async -> Result<[Job], APIError> {
        .failure(Self.cannotRead)
    }

    public func jobLogExport(tenant: TenantID, root: JobRoot) async -> Result<JobLogExport, APIError> {
        .failure(Self.cannotRead)
    }

    private static var cannotRead: APIError { APIError(category: .refused, summary: "this session cannot read Hotglue") }
}

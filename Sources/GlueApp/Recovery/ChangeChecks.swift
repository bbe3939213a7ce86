import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// The reads that check a change of unknown result, with one client: the dashboard's data source and the
/// `gluetop journal check` command both use it.
public struct ChangeChecks: ChangeChecking {
    public let client: HotglueClient

    public init(client: HotglueClient) {
        self.client = client
    }

    public func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError> {
        do {
            return .success(try await client.getState(tenant: ref.tenant, connector: ref.connector))
        } catch {
            return .failure(error)
        }
    }

    public func linkedConnectorIDs(_ tenant: TenantID) async -> Result<[ConnectorID], APIError> {
        do {
            return .success(try await client.listLinkedConnectors(tenant: tenant).map(\.id))
        } catch {
            return .failure(error)
        }
    }

    public func jobs(_ tenant: TenantID) async -> Result<[Job], APIError> {
        do {
            return .success(try await client.listJobs(tenant: tenant))
        } catch {
            return .failure(error)
        }
    }
}

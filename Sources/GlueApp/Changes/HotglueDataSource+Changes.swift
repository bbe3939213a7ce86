import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// The dashboard's changes (`Effect.api`) go through the one write path, `ChangePerformer`.
extension HotglueDataSource: DashboardChanges {
    public func perform(_ request: APIRequest) async -> Msg {
        switch request {
        case .triggerDiscover(let ref):
            let answer = await changes.triggerDiscover(ref)
            return .discoverTriggered(ref, answer.result, at: clock())
        case .state(.write(let write)):
            let result = await changes.writeState(write)
            return .stateChange(.finished(write, result, at: clock()))
        case .connector(let connectorRequest):
            return await performConnector(connectorRequest)
        }
    }
}

extension HotglueDataSource {
    public func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError> {
        await ChangeChecks(client: client).currentState(ref)
    }

    public func linkedConnectorIDs(_ tenant: TenantID) async -> Result<[ConnectorID], APIError> {
        await ChangeChecks(client: client).linkedConnectorIDs(tenant)
    }

    public func jobs(_ tenant: TenantID) async -> Result<[Job], APIError> {
        await ChangeChecks(client: client).jobs(tenant)
    }

    public func jobLogExport(tenant: TenantID, root: JobRoot) async -> Result<JobLogExport, APIError> {
        do throws(APIError) {
            return .success(try await JobLogExport.fetch(client, tenant: tenant, root: root))
        } catch {
            return .failure(error)
        }
    }
}

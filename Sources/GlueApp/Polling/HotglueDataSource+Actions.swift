import Foundation
import GlueCore
import HotglueAPI
import HotglueModels

extension HotglueDataSource: DashboardActions {
    public func perform(_ request: APIRequest) async -> Msg {
        switch request {
        case .triggerDiscover(let ref):
            return await triggerDiscover(ref)
        case .state(let stateRequest):
            return await performState(stateRequest)
        case .connector(let connectorRequest):
            return await performConnector(connectorRequest)
        }
    }

    private func triggerDiscover(_ ref: ConnectorRef) async -> Msg {
        let result: Result<DiscoverStatus, APIError>
        do {
            let answer = try await client.triggerDiscover(tenant: ref.tenant, connector: ref.connector)
            result = .success(DiscoverStatus(json: answer))
        } catch {
            result = .failure(error)
        }
        journal?.record(tenant: ref.tenant, connector: ref.connector, action: "discover",
                        request: "GET linkedConnectors/discover connector_id=\(ref.connector)",
                        outcome: ActionJournal.outcome(result))
        return .discoverTriggered(ref, result, at: clock())
    }
}

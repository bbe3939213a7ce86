import Foundation
import GlueCore
import HotglueAPI
import HotglueModels

extension HotglueDataSource: DashboardActions {
    public func perform(_ request: APIRequest) async -> Msg {
        switch request {
        case .triggerDiscover(let ref):
            let result: Result<DiscoverStatus, APIError>
            do {
                let answer = try await client.triggerDiscover(tenant: ref.tenant, connector: ref.connector)
                result = .success(DiscoverStatus(json: answer))
            } catch {
                result = .failure(error)
            }
            return .discoverTriggered(ref, result, at: clock())
        }
    }
}

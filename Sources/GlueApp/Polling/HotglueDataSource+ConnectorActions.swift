import Foundation
import GlueCore
import HotglueAPI
import HotglueModels

// Seed: performs `APIRequest.connector` (link choices, link, update, unlink, run job) and journals each change.
// Its owner grows it.
extension HotglueDataSource {
    func performConnector(_ request: ConnectorRequest) async -> Msg {
        switch request {}
    }
}

import Foundation
import GlueCore
import HotglueAPI
import HotglueModels

// Seed: performs `APIRequest.state` (read for edit, conflict-checked write, delete, undo) and journals each
// change with the full before and after. Its owner grows it.
extension HotglueDataSource {
    func performState(_ request: StateRequest) async -> Msg {
        switch request {}
    }
}

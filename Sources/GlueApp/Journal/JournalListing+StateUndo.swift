import GlueCore
import HotglueModels

/// The one rule for which change an undo takes back, shared by the dashboard's `z` and `gluetop state undo`.
extension JournalListing {
    /// The newest succeeded `state.*` entry for this environment, flow, tenant and connector, from either origin.
    /// Failed and conflicting attempts changed nothing, so they are skipped; an undo is a change too, so undoing
    /// it again redoes. Its `before` is what to restore, and its `after` must still be the state.
    public func lastUndoableStateChange(envID: String, flowID: String, tenant: TenantID,
                                        connector: ConnectorID) -> JournalEntry? {
        entries.last { entry in
            entry.action.hasPrefix("state.") && entry.outcome == .succeeded && entry.envID == envID
                && entry.flowID == flowID && entry.tenant == tenant.rawValue && entry.connector == connector.rawValue
        }
    }
}

import FaultMatrix
import GlueCore
import HotglueModels
import LosslessJSON

/// An action brought to the moment before its last key, by the keys an operator would press: what that key is,
/// what an edited state's draft must hold after a failure, how someone else changes things meanwhile, and how
/// to see whether Hotglue holds the change.
struct MatrixSessionScenario {
    var ref: ConnectorRef
    /// The key that sends the change.
    var send: [Key]
    /// A text the draft of an edited state must hold.
    var draftHolds: String?
    /// Someone else's change, made between the operator's look and the send.
    var changeMeanwhile: () async throws -> Void
    /// Whether Hotglue holds the change now.
    var isApplied: () async -> Bool
}

extension MatrixSessionHarness {
    func prepare(_ action: MatrixAction) async throws -> MatrixSessionScenario {
        switch action {
        case .link: return try await prepareLink()
        case .update: return try await prepareUpdate()
        case .unlink: return try await prepareUnlink()
        case .discover: return try await prepareDiscover()
        case .stateEdit: return try await prepareStateEdit()
        case .reset: return try await prepareReset()
        case .undo: return try await prepareUndo()
        case .runJob: return try await prepareRunJob()
        }
    }

    /// Someone else unlinks the connector (for the actions on a linked connector).
    func unlinkedMeanwhile(_ ref: ConnectorRef) -> () async throws -> Void {
        { [other] in try await other.unlinkConnector(tenant: ref.tenant, connector: ref.connector) }
    }

    /// Someone else (a job ending, another operator) writes the state.
    func stateWrittenMeanwhile(_ ref: ConnectorRef) -> () async throws -> Void {
        { [other] in
            try await other.setState(tenant: ref.tenant, connector: ref.connector,
                                     state: ["bookmarks": ["Meanwhile": ["replication_key_value": 7]]])
        }
    }
}

import GlueCore
import HotglueModels
import LosslessJSON

/// Reads a connector's state now, to check a change of unknown result left by an earlier run.
public protocol StateReading: Sendable {
    func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError>
}

/// Carries out the changes `update` asks for (`Effect.api`); the answer comes back as a message.
public protocol DashboardActions: StateReading {
    func perform(_ request: APIRequest) async -> Msg
}

extension DashboardActions {
    /// For actions that cannot read (test doubles): the check says so instead of guessing.
    public func currentState(_ ref: ConnectorRef) async -> Result<JSONValue?, APIError> {
        .failure(APIError(category: .refused, summary: "this session cannot read states"))
    }
}

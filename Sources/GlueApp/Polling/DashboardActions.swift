import GlueCore

/// Carries out the changes `update` asks for (`Effect.api`); the answer comes back as a message.
public protocol DashboardActions: Sendable {
    func perform(_ request: APIRequest) async -> Msg
}

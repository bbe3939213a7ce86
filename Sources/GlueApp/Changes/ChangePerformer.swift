import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// The one write path. The dashboard, the script commands and anything later change Hotglue only through here:
/// one change per connector at a time; the intent journaled and fsynced before the request leaves (nothing is
/// sent when it cannot be written); the request; the outcome journaled with the same id. State changes also
/// re-read the state first and refuse when it is not what the change was based on, and read it back after.
public struct ChangePerformer: Sendable {
    public let client: HotglueClient
    /// Nil only in tests that do not look at the journal.
    public let journal: ChangeJournal?
    let gate: ChangeGate

    public init(client: HotglueClient, journal: ChangeJournal?) {
        self.client = client
        self.journal = journal
        self.gate = ChangeGate()
    }

    /// A change that is not a state write: gate, intent, send, outcome. `request` is the journal's one-line
    /// description (masked again on the way in).
    func perform<Value: Sendable>(
        tenant: TenantID, connector: ConnectorID, action: String, request: String,
        _ send: () async throws(APIError) -> Value
    ) async -> ChangeAnswer<Value> {
        let key = Self.gateKey(tenant, connector)
        guard gate.enter(key) else { return ChangeAnswer(.failure(Self.busy(tenant, connector))) }
        defer { gate.leave(key) }
        let intent: JournalEntry?
        do {
            intent = try journal?.begin(tenant: tenant, connector: connector, action: action, request: request)
        } catch {
            return ChangeAnswer(.failure(Self.notJournaled(error)))
        }
        let result: Result<Value, APIError>
        do {
            result = .success(try await send())
        } catch {
            result = .failure(error)
        }
        let problem = intent.flatMap { journal?.finish($0, Self.outcome(of: result)) }
        return ChangeAnswer(result, journalProblem: problem)
    }

    static func gateKey(_ tenant: TenantID, _ connector: ConnectorID) -> String {
        "\(tenant.rawValue)/\(connector.rawValue)"
    }

    static func outcome<Value>(of result: Result<Value, APIError>) -> JournalEntry.Outcome {
        switch result {
        case .success: return .succeeded
        case .failure(let error): return outcome(of: error)
        }
    }

    /// Sent and unanswered is not failed: a dropped connection after the request left, an answer cut short or
    /// unreadable (a 2xx the client could not read), or a call cancelled on its way leave the result unknown.
    static func outcome(of error: APIError) -> JournalEntry.Outcome {
        if error.category == .refused { return .refused(error.message) }
        return error.leavesResultUnknown ? .unknown(error.message) : .failed(error.message)
    }

    static func busy(_ tenant: TenantID, _ connector: ConnectorID) -> APIError {
        APIError(category: .refused, summary: "another change of \(connector) (tenant \(tenant)) is still on its way",
                 hint: "wait for its answer, then try again; nothing was sent")
    }

    static func notJournaled(_ error: JournalWriteError) -> APIError {
        APIError(category: .refused, summary: "cannot write the journal (\(error.reason))",
                 hint: "nothing was sent; free space or fix \(error.path), then try again")
    }
}

/// What a change came to, and the journal's complaint when its outcome could not be written.
public struct ChangeAnswer<Value: Sendable>: Sendable {
    public var result: Result<Value, APIError>
    public var journalProblem: String?

    init(_ result: Result<Value, APIError>, journalProblem: String? = nil) {
        self.result = result
        self.journalProblem = journalProblem
    }
}

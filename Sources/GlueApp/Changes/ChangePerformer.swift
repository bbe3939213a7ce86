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

    /// With a journal, the connector locks live beside it (`locks/`), so other gluetop processes respect them.
    public init(client: HotglueClient, journal: ChangeJournal?) {
        self.client = client
        self.journal = journal
        self.gate = ChangeGate(lockDirectory: journal.map {
            (($0.file.path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("locks")
        })
    }

    /// A change that is not a state write: gate, intent, send, outcome. `request` is the journal's one-line
    /// description (masked again on the way in).
    func perform<Value: Sendable>(
        tenant: TenantID, connector: ConnectorID, action: String, request: String,
        _ send: () async throws(APIError) -> Value
    ) async -> ChangeAnswer<Value> {
        let key = gateKey(tenant, connector)
        if let refusal = Self.refusal(gate.enter(key), tenant, connector) { return ChangeAnswer(.failure(refusal)) }
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

    /// One key per environment, flow, tenant and connector.
    func gateKey(_ tenant: TenantID, _ connector: ConnectorID) -> String {
        [journal?.envID ?? "", journal?.flowID ?? "", tenant.rawValue, connector.rawValue].joined(separator: "~")
    }

    /// Why the gate refused, or nil when it let the change in.
    static func refusal(_ entry: ChangeGate.Entry, _ tenant: TenantID, _ connector: ConnectorID) -> APIError? {
        switch entry {
        case .entered: return nil
        case .busyHere: return busy(tenant, connector)
        case .busyElsewhere(let pid):
            let holder = pid.map { "another gluetop (pid \($0))" } ?? "another gluetop"
            return APIError(category: .refused, summary: "\(holder) is changing \(connector) (tenant \(tenant)) right now",
                            hint: "wait for it to finish, then try again; nothing was sent")
        }
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

import Foundation
import GlueCore
import HotglueModels
import LosslessJSON
import Logging

/// The journal as the write path uses it: the file plus who is acting where (origin, client, profile,
/// environment, flow), so a change says only what it does. Each change is an intent, fsynced before its request
/// leaves, and an outcome with the same id after the answer.
public struct ChangeJournal: Sendable {
    public var file: JournalFile
    /// `dashboard`, `cli` or `mcp`.
    public var origin: String
    /// Beyond the origin, who asked (an MCP client's name); nil when nothing more is known.
    public var client: String?
    public var profile: String
    public var envID: String
    public var flowID: String
    private let clock: @Sendable () -> Date

    public init(file: JournalFile, origin: String, profile: String, envID: String, flowID: String,
                client: String? = nil, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.file = file
        self.origin = origin
        self.client = client
        self.profile = profile
        self.envID = envID
        self.flowID = flowID
        self.clock = clock
    }

    /// Writes the intent of a change and returns it (with its new id). Throws when it cannot be written: the
    /// caller must then send nothing. `before` is the state the change is based on, `after` the one it leaves.
    public func begin(tenant: TenantID?, connector: ConnectorID?, action: String, request: String,
                      before: JSONValue? = nil, after: JSONValue? = nil) throws(JournalWriteError) -> JournalEntry {
        let entry = JournalEntry(time: clock(), origin: origin, profile: profile, envID: envID, flowID: flowID,
                                 tenant: tenant?.rawValue, connector: connector?.rawValue, action: action,
                                 request: SecretMasking.maskText(request), outcome: .pending, before: before,
                                 after: after, id: Self.newID(), processID: getpid(), client: client)
        try file.append(.intent(entry))
        return entry
    }

    /// Writes how a change ended; returns the failure in words when the outcome could not be written (the change
    /// itself stands, and the journal then shows it as unresolved).
    @discardableResult
    public func finish(_ intent: JournalEntry, _ outcome: JournalEntry.Outcome,
                       states: JournalOutcome.States? = nil) -> String? {
        append(.outcome(JournalOutcome(id: intent.id, time: clock(), outcome: outcome, states: states)))
    }

    /// Records what the operator decided about a change whose result was unknown (by its id).
    @discardableResult
    public func settle(_ id: String, as decision: String) -> String? {
        append(.outcome(JournalOutcome(id: id, time: clock(), outcome: .unknown("settled by the operator"),
                                       settlement: decision)))
    }

    /// A change refused before its intent could be sent (a conflict found by the re-read, a guard): intent and
    /// outcome together, so the journal still says it was tried.
    @discardableResult
    public func refused(tenant: TenantID?, connector: ConnectorID?, action: String, request: String,
                        outcome: JournalEntry.Outcome, before: JSONValue? = nil, after: JSONValue? = nil) -> String? {
        do {
            let intent = try begin(tenant: tenant, connector: connector, action: action, request: request,
                                   before: before, after: after)
            return finish(intent, outcome)
        } catch {
            return log(error)
        }
    }

    private func append(_ record: JournalRecord) -> String? {
        do {
            try file.append(record)
            return nil
        } catch {
            return log(error)
        }
    }

    private func log(_ error: JournalWriteError) -> String {
        Logger(label: "gluetop.journal").error("\(error.description)")
        return error.description
    }

    /// 12 hex digits: unique enough for one user's journal, short enough to type in `gluetop journal show`.
    static func newID() -> String {
        var generator = SystemRandomNumberGenerator()
        return String(generator.next() & 0xFFFF_FFFF_FFFF, radix: 16).leftPadded(to: 12)
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

import Foundation
import GlueCore
import HotglueModels
import LosslessJSON
import Logging

/// The journal as the performers of mutations use it: the file plus who is acting where (origin, profile,
/// environment, flow), so a call site says only what it did. A journal that cannot be written is logged and
/// reported to the caller; the action itself has already happened at Hotglue and is not undone.
public struct ActionJournal: Sendable {
    public var file: JournalFile
    public var origin: String
    public var profile: String
    public var envID: String
    public var flowID: String
    private let clock: @Sendable () -> Date

    public init(file: JournalFile, origin: String, profile: String, envID: String, flowID: String,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.file = file
        self.origin = origin
        self.profile = profile
        self.envID = envID
        self.flowID = flowID
        self.clock = clock
    }

    /// Appends one entry; returns the failure in words when the journal could not be written.
    @discardableResult
    public func record(tenant: TenantID?, connector: ConnectorID?, action: String, request: String,
                       outcome: JournalEntry.Outcome, before: JSONValue? = nil, after: JSONValue? = nil) -> String? {
        let entry = JournalEntry(time: clock(), origin: origin, profile: profile, envID: envID, flowID: flowID,
                                 tenant: tenant?.rawValue, connector: connector?.rawValue, action: action,
                                 request: SecretMasking.maskText(request), outcome: outcome,
                                 before: before, after: after)
        do {
            try file.append(entry)
            return nil
        } catch {
            Logger(label: "gluetop.journal").error("\(error.description)")
            return error.description
        }
    }

    /// The outcome of an API call in journal terms.
    public static func outcome<T>(_ result: Result<T, APIError>) -> JournalEntry.Outcome {
        switch result {
        case .success: return .succeeded
        case .failure(let error): return .failed(error.message)
        }
    }
}

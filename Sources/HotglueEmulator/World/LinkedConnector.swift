import Foundation
import LosslessJSON

/// A connector linked for one tenant.
struct LinkedConnector: Sendable {
    let definition: ConnectorDefinition
    var config: JSONObject
    var fieldMap: JSONObject?
    var catalog: JSONValue?
    /// The Singer state, stored as parsed so numbers keep their exact text.
    var state: JSONValue?
    var schedule: JSONValue?
    var symlink: JSONValue?
    /// The secret values (or the secret parts of values) the world planted in this connector's config and state,
    /// for tests that check no client output shows one.
    var plantedSecrets: [String] = []

    var id: String { definition.id }

    /// The object of the linkedConnectors listing; `config` and `catalog` only when asked for.
    func json(includeConfig: Bool, includeCatalog: Bool) -> JSONValue {
        var object: JSONObject = [
            "id": .string(JSONString(definition.id)),
            "label": .string(JSONString(definition.label)),
            "type": .string(JSONString(definition.type.rawValue)),
            "domain": .string(JSONString(definition.domain)),
            "icon": .string(JSONString(definition.iconURL)),
        ]
        if includeConfig { object["config"] = .object(config) }
        if let fieldMap { object["fieldMap"] = .object(fieldMap) }
        if let schedule { object["schedule"] = schedule }
        if let symlink { object["symlink"] = symlink }
        if includeCatalog { object["catalog"] = catalog ?? .null }
        return .object(object)
    }
}

/// A catalog discovery for one connector; its status is computed from the clock.
struct DiscoveryRun: Sendable {
    enum Outcome: Sendable, Hashable {
        case succeeded
        case failed(message: String)
    }

    /// 1 for the discovery that produced the initial catalog, then counting up.
    let number: Int
    let startedAt: Date
    let endsAt: Date
    let outcome: Outcome
    let v2Source: String?
    /// Set once a successful run has rewritten the catalog.
    var applied: Bool

    func status(at now: Date) -> String {
        if now < endsAt { return "RUNNING" }
        switch outcome {
        case .succeeded: return "SUCCEEDED"
        case .failed: return "FAILED"
        }
    }
}

/// Everything the world knows about one tenant.
struct TenantRecord: Sendable {
    let id: String
    var connectors: [LinkedConnector]
    /// Oldest first; at most `EmulatorSettings.jobsKeptPerTenant` after each settle (`forgetOldestJobs`).
    var jobs: [JobRecord]
    var discoveries: [String: DiscoveryRun]
    var config: JSONValue?
    /// Counts the jobs created at run time, to seed each one's generator.
    var jobSequence = 0

    func connectorIndex(_ id: String) -> Int? {
        connectors.firstIndex { $0.id == id }
    }
}

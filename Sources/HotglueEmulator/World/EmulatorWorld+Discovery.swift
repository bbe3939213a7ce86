import Foundation
import LosslessJSON

extension EmulatorWorld {
    /// The share of discoveries that succeed.
    static let discoverySuccessProbability = 0.85

    /// Starts a discovery unless one is running; answers the run's status.
    func startDiscovery(tenant: String, connectorID: String, v2Source: String?) throws -> JSONValue {
        try withConnector(tenant, connectorID) { record, index, now in
            if let running = record.discoveries[connectorID], running.status(at: now) == "RUNNING" {
                return discoveryJSON(running, connectorID: connectorID, now: now)
            }
            let number = (record.discoveries[connectorID]?.number ?? 1) + 1
            var random = SplitMix64(seed: seed, "discover", tenant, connectorID, String(number))
            let definition = record.connectors[index].definition
            let outcome: DiscoveryRun.Outcome =
                random.chance(Self.discoverySuccessProbability)
                ? .succeeded
                : .failed(message: random.pick([
                    "Discovery failed: \(definition.domain) rejected the credentials (401 Unauthorized)",
                    "Discovery failed: timed out after 300s waiting for \(definition.domain)",
                    "Discovery failed: the account has no API access enabled",
                ]))
            let run = DiscoveryRun(
                number: number, startedAt: now, endsAt: now.addingTimeInterval(discoverSeconds), outcome: outcome,
                v2Source: v2Source, applied: false)
            record.discoveries[connectorID] = run
            watchDiscovery(tenant: tenant, connectorID: connectorID, number: number)
            return discoveryJSON(run, connectorID: connectorID, now: now)
        }
    }

    /// `{"status": "RUNNING"}`, then `SUCCEEDED` or `FAILED` with a message; `{"status": null}` if never run.
    func pollDiscovery(tenant: String, connectorID: String) throws -> JSONValue {
        try withConnector(tenant, connectorID) { record, _, now in
            guard let run = record.discoveries[connectorID] else { return ["status": nil] }
            var object: JSONObject = ["status": .string(JSONString(run.status(at: now)))]
            if case .failed(let message) = run.outcome, now >= run.endsAt {
                object["message"] = .string(JSONString(message))
            }
            return .object(object)
        }
    }

    private func discoveryJSON(_ run: DiscoveryRun, connectorID: String, now: Date) -> JSONValue {
        var object: JSONObject = [
            "status": .string(JSONString(run.status(at: now))),
            "connector_id": .string(JSONString(connectorID)),
        ]
        if let v2Source = run.v2Source {
            object["v2_source"] = .string(JSONString(v2Source))
        }
        return .object(object)
    }
}

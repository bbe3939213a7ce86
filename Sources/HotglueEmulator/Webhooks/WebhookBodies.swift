import Foundation
import LosslessJSON

/// The bodies of the discover and connection events. Hotglue documents neither, so these are the emulator's
/// guess [guess]: a flat object named by `event`, with the tenant, the connector and when it happened. (A job
/// event is the job details object itself, `JobJSON`.)
enum WebhookBodies {
    /// `{"event": "discover", "env_id", "flow_id", "tenant", "connector_id", "status": "SUCCEEDED"|"FAILED",
    /// "message"?, "timestamp"}`, sent when a discovery ends.
    static func discover(
        envID: String, flowID: String, tenant: String, connectorID: String, run: DiscoveryRun
    ) -> JSONValue {
        var object = base("discover", envID: envID, flowID: flowID, tenant: tenant, connectorID: connectorID)
        object["status"] = .string(JSONString(run.status(at: run.endsAt)))
        if case .failed(let message) = run.outcome {
            object["message"] = .string(JSONString(message))
        }
        object["timestamp"] = .string(JSONString(HotglueTimestamp.string(run.endsAt)))
        return .object(object)
    }

    /// `{"event": "connection", "action": "linked"|"unlinked", "env_id", "flow_id", "tenant", "connector_id",
    /// "timestamp"}`, sent when a connector is linked (or relinked) or unlinked.
    static func connection(
        linked: Bool, envID: String, flowID: String, tenant: String, connectorID: String, at time: Date
    ) -> JSONValue {
        var object = base("connection", envID: envID, flowID: flowID, tenant: tenant, connectorID: connectorID)
        object["action"] = .string(JSONString(linked ? "linked" : "unlinked"))
        object["timestamp"] = .string(JSONString(HotglueTimestamp.string(time)))
        return .object(object)
    }

    private static func base(
        _ event: String, envID: String, flowID: String, tenant: String, connectorID: String
    ) -> JSONObject {
        [
            "event": .string(JSONString(event)),
            "env_id": .string(JSONString(envID)),
            "flow_id": .string(JSONString(flowID)),
            "tenant": .string(JSONString(tenant)),
            "connector_id": .string(JSONString(connectorID)),
        ]
    }
}

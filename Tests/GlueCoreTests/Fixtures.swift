import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// Builds models and API values for update tests. Times are fixed: update never reads a clock.
enum Fixtures {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)

    static func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static func model(width: Int = 120, height: Int = 40) -> Model {
        Model(connection: ConnectionInfo(profile: "demo", host: "127.0.0.1", envID: "demo.hg.example.com",
                                         flowID: "l8odS2mce", isDemo: true),
              size: Size(width: width, height: height), now: t0, availableThemes: ["default", "mono"])
    }

    static let tenants: [TenantID] = ["acme", "globex", "initech", "umbrella", "acme_eu", "default"]

    static func connector(_ id: String, label: String? = nil) -> LinkedConnector {
        var object: JSONObject = ["id": .string(JSONString(id)), "type": "oauth"]
        if let label { object["label"] = .string(JSONString(label)) }
        return try! LinkedConnector(json: .object(object))
    }

    static func job(_ id: String, tenant: String = "acme", connector: String = "salesforce", status: String,
                    started: Double, timeline: [String] = [], updated: Double? = nil, message: String? = nil,
                    rows: Int? = nil) -> Job {
        let root = "\(tenant)/flows/l8odS2mce/jobs/2026/05/4/01/12/\(id)"
        var stamps = JSONObject()
        for (index, stage) in timeline.enumerated() {
            stamps[stage] = .string(JSONString(HotglueDate.format(at(started + Double(index)))))
        }
        var object: JSONObject = [
            "job_id": .string(JSONString(id)), "tenant": .string(JSONString(tenant)),
            "connector_id": .string(JSONString(connector)), "job_type": "read",
            "status": .string(JSONString(status)), "s3_root": .string(JSONString(root)),
            "start_time": .string(JSONString(HotglueDate.format(at(started)))),
            "status_timestamp": .object(stamps),
        ]
        if let updated { object["last_updated"] = .string(JSONString(HotglueDate.format(at(updated)))) }
        if let message { object["message"] = .string(JSONString(message)) }
        if let rows { object["processed_rows"] = .number(JSONNumber(rows)) }
        return try! Job(json: .object(object))
    }

    static func error(_ category: APIError.Category = .server, _ summary: String = "Hotglue answered 503") -> APIError {
        APIError(category: category, summary: summary, hint: "it will be retried")
    }

    /// A model that has loaded tenants and acme's connectors and jobs, as after the first polls.
    static func loaded(width: Int = 120, height: Int = 40) -> Model {
        var model = model(width: width, height: height)
        _ = update(&model, .polled(.tenantsLoaded(.success(tenants), at: at(1))))
        _ = update(&model, .polled(.connectorsLoaded("acme", .success([connector("salesforce", label: "Salesforce"),
                                                                connector("hubspot", label: "HubSpot"),
                                                                connector("quickbooks")]), at: at(2))))
        _ = update(&model, .polled(.jobsLoaded("acme", .success([
            job("37g_DK", status: "SYNC_STARTED", started: 100, timeline: ["JOB_CREATED", "SYNC_STARTED"]),
            job("a1b2c3", connector: "hubspot", status: "SYNC_FAILED", started: 50, timeline: ["JOB_CREATED", "SYNC_FAILED"]),
        ]), at: at(3))))
        return model
    }

    /// The pulse's check of `tenant`, at the default pace on the panes (half the pulse's own).
    static func pulseCheck(_ tenant: TenantID) -> Subscription {
        .pulseCheck(tenant, afterSeconds: PulsePane.defaultSecondsPerCheck * 2)
    }

    static func press(_ model: inout Model, _ keys: Key...) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += update(&model, .key(key)) }
        return effects
    }

    static func type(_ model: inout Model, _ text: String) {
        for character in text { _ = update(&model, .key(.character(character))) }
    }
}

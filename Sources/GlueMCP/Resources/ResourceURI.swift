import Foundation
import HotglueModels

/// The resources gluetop serves, by URI: a connector's state (`hotglue://TENANT/CONNECTOR/state`), a job's status
/// (`hotglue://TENANT/jobs/JOB`) and its log (`hotglue://TENANT/jobs/JOB/log`). Ids are percent-encoded.
enum ResourceURI: Hashable, Sendable {
    case state(TenantID, ConnectorID)
    case job(JobResourceURI)
    case jobLog(JobResourceURI)

    static let scheme = "hotglue://"

    init?(_ text: String) {
        guard text.hasPrefix(Self.scheme) else { return nil }
        let parts = text.dropFirst(Self.scheme.count).split(separator: "/", omittingEmptySubsequences: false)
            .map { String($0).removingPercentEncoding ?? String($0) }
        guard parts.allSatisfy({ !$0.isEmpty }) else { return nil }
        switch parts.count {
        case 3 where parts[2] == "state" && parts[1] != "jobs":
            self = .state(TenantID(parts[0]), ConnectorID(parts[1]))
        case 3 where parts[1] == "jobs":
            self = .job(JobResourceURI(tenant: TenantID(parts[0]), jobID: parts[2]))
        case 4 where parts[1] == "jobs" && parts[3] == "log":
            self = .jobLog(JobResourceURI(tenant: TenantID(parts[0]), jobID: parts[2]))
        default:
            return nil
        }
    }

    var text: String {
        switch self {
        case .state(let tenant, let connector):
            return Self.scheme + Self.segment(tenant.rawValue) + "/" + Self.segment(connector.rawValue) + "/state"
        case .job(let job): return job.text
        case .jobLog(let job): return job.text + "/log"
        }
    }

    static func segment(_ id: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/")
        return id.addingPercentEncoding(withAllowedCharacters: allowed) ?? id
    }

    static let templates: [(uri: String, name: String, summary: String)] = [
        ("hotglue://{tenant}/{connector_id}/state", "connector state",
         "A linked connector's Singer state, secrets masked."),
        ("hotglue://{tenant}/jobs/{job_id}", "job status",
         "A job's status (subscribe: its status changes are pushed until it ends)."),
        ("hotglue://{tenant}/jobs/{job_id}/log", "job log",
         "A job's log (gluetop's emulator only: the real API has no log endpoint)."),
    ]
}

/// A job as a resource: its tenant and id.
struct JobResourceURI: Hashable, Sendable {
    var tenant: TenantID
    var jobID: String

    var text: String {
        ResourceURI.scheme + ResourceURI.segment(tenant.rawValue) + "/jobs/" + ResourceURI.segment(jobID)
    }
}

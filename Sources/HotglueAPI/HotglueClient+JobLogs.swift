import HotglueModels
import LosslessJSON

/// What asking for a job's log gave.
public enum JobLogsResult: Sendable, Hashable {
    case page(JobLogPage)
    /// The API has no log endpoint (the real Hotglue API): show the job's status timeline, message and metrics.
    case unavailable
}

/// EXTENSION (emulator only): `GET /{env}/{flow}/{tenant}/jobs/logs?job_root=&offset=`. The real API has no log
/// endpoint; this reports `.unavailable` there instead of an error, so the UI can fall back without guessing.
extension HotglueClient {
    public func jobLogs(tenant: TenantID, jobRoot: JobRoot, offset: Int = 0) async throws(APIError) -> JobLogsResult {
        let endpoint = Endpoint("read log of job \(jobRoot.jobID)", .get, [env, flow, tenant.rawValue, "jobs", "logs"],
            query: [("job_root", jobRoot.rawValue), ("offset", String(offset))])
        let answer: JSONValue
        do {
            answer = try await sendForJSON(endpoint)
        } catch {
            if Self.meansNoLogEndpoint(error) { return .unavailable }
            throw error
        }
        do {
            return .page(try JobLogPage(json: answer, requestedOffset: offset))
        } catch {
            throw APIError.decoding(error.description, origin: env, operation: endpoint.operation)
        }
    }

    /// How a server without the route answers: 404 (unknown route, or `jobs/logs` read as a job id), API Gateway's
    /// 403 "Missing Authentication Token" for unknown paths, 405, 501.
    static func meansNoLogEndpoint(_ error: APIError) -> Bool {
        switch error.status {
        case 404, 405, 501: return true
        case 403: return error.serverMessage?.lowercased().contains("missing authentication token") == true
        default: return false
        }
    }
}

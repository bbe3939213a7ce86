import HotglueAPI
import HotglueModels
import LosslessJSON
import MCP

/// Reads a resource as masked JSON text: what the matching tool's structured content holds.
struct ResourceReader: Sendable {
    let tools: ToolRunner

    /// The resource's masked JSON and whether it can still change (a finished job's status cannot).
    func read(_ uri: ResourceURI) async throws(MCPError) -> (json: JSONValue, final: Bool) {
        do {
            switch uri {
            case .state(let tenant, let connector):
                let state = try await tools.api { () async throws(APIError) in
                    try await tools.client.getState(tenant: tenant, connector: connector)
                }
                var object = ToolRunner.target(tenant, connector)
                object["state"] = state ?? .null
                return (SecretMasking.masked(.object(object)), false)
            case .job(let job):
                let found = try await tools.findJob(job)
                return (SecretMasking.masked(.object(ToolRunner.jobStructured(found, job))), found.status.isTerminal)
            case .jobLog(let job):
                return (SecretMasking.masked(.object(try await tools.logPage(job, offset: 0))), false)
            }
        } catch {
            throw Self.protocolError(error, uri: uri.text)
        }
    }

    func contents(_ uri: ResourceURI) async throws(MCPError) -> Resource.Content {
        .text(try await read(uri).json.pretty(), uri: uri.text, mimeType: "application/json")
    }

    /// -32002 (resource not found) for an unknown tenant, connector or job; the failure's words otherwise.
    static func protocolError(_ failure: ToolFailure, uri: String) -> MCPError {
        let text = SecretMasking.maskText(failure.text)
        if failure.category == .notFound { return .serverError(code: -32002, message: "Resource not found: \(uri): \(text)") }
        return .internalError("\(uri): \(text)")
    }

    static func unknown(_ uri: String) -> MCPError {
        .serverError(code: -32002, message: "Resource not found: \(uri) is not a gluetop resource; they are "
            + ResourceURI.templates.map(\.uri).joined(separator: ", "))
    }
}

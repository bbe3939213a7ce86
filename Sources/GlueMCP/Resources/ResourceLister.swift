import HotglueAPI
import HotglueModels
import MCP

/// `resources/list`, one tenant a page (its linked connectors' states and its newest jobs), so listing costs
/// three requests a page however many tenants there are; the cursor is the next tenant's place.
struct ResourceLister: Sendable {
    let tools: ToolRunner
    static let jobsPerTenant = 20

    func page(cursor: String?) async throws(MCPError) -> ListResources.Result {
        let index: Int
        if let cursor {
            guard let given = Int(cursor), given >= 0 else { throw MCPError.invalidParams("Invalid cursor: \(cursor)") }
            index = given
        } else {
            index = 0
        }
        do {
            let tenants = try await tools.api { () async throws(APIError) in try await tools.client.listTenants() }
            guard index < tenants.count else { return ListResources.Result(resources: []) }
            let tenant = tenants[index]
            let connectors = try await tools.api { () async throws(APIError) in
                try await tools.client.listLinkedConnectors(tenant: tenant)
            }
            let jobs = try await tools.api { () async throws(APIError) in
                try await tools.client.listJobs(tenant: tenant, count: Self.jobsPerTenant)
            }
            let states = connectors.map { connector in
                Resource(name: "state \(tenant)/\(connector.id)", uri: ResourceURI.state(tenant, connector.id).text,
                         description: "Singer state of \(connector.displayName) for \(tenant)",
                         mimeType: "application/json")
            }
            let statuses = jobs.map { job in
                Resource(name: "job \(tenant)/\(job.id)", uri: JobResourceURI(tenant: tenant, jobID: job.id).text,
                         description: "Job \(job.id) of \(job.connector?.rawValue ?? "?"): \(job.status)",
                         mimeType: "application/json")
            }
            let next = index + 1 < tenants.count ? String(index + 1) : nil
            return ListResources.Result(resources: states + statuses, nextCursor: next)
        } catch {
            throw ResourceReader.protocolError(error, uri: "resources/list")
        }
    }

    static var templates: [Resource.Template] {
        ResourceURI.templates.map {
            Resource.Template(uriTemplate: $0.uri, name: $0.name, description: $0.summary, mimeType: "application/json")
        }
    }
}

import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Link, update, unlink, run job and discover. The journal's request text names the call and the config *keys*,
/// never a value.
extension ChangePerformer {
    /// `linkedAsShown`: whether the operator saw the connector linked when they chose it. Shown unlinked and
    /// linked meanwhile (by someone else) is a conflict: the link would replace that config, so nothing is sent.
    public func link(tenant: TenantID, _ link: LinkConnectorRequest, linkedAsShown: Bool? = nil) async
        -> ChangeAnswer<LinkedConnector?>
    {
        let request = "POST linkedConnectors connector=\(link.connector) config keys: \(Self.keys(link.config))"
        if linkedAsShown == false {
            let linkedNow: Bool
            do {
                linkedNow = try await client.listLinkedConnectors(tenant: tenant).contains { $0.id == link.connector }
            } catch {
                let problem = journal?.refused(tenant: tenant, connector: link.connector, action: "link",
                                               request: request, outcome: .failed(error.message))
                return ChangeAnswer(.failure(error), journalProblem: problem)
            }
            if linkedNow {
                let problem = journal?.refused(tenant: tenant, connector: link.connector, action: "link",
                                               request: request, outcome: .conflict)
                return ChangeAnswer(.failure(Self.linkedMeanwhile(tenant, link.connector)), journalProblem: problem)
            }
        }
        return await perform(tenant: tenant, connector: link.connector, action: "link", request: request) {
            () throws(APIError) in try await client.linkConnector(tenant: tenant, link)?.withoutConfig
        }
    }

    static func linkedMeanwhile(_ tenant: TenantID, _ connector: ConnectorID) -> APIError {
        APIError(category: .conflict, summary: "\(connector) was linked to \(tenant) meanwhile, by someone else",
                 hint: "nothing was sent; Enter links it again, replacing that config")
    }

    public func update(_ ref: ConnectorRef, _ change: UpdateConnectorRequest) async -> ChangeAnswer<Void> {
        await perform(tenant: ref.tenant, connector: ref.connector, action: "update",
                      request: "PATCH linkedConnectors connector_id=\(ref.connector) config keys: \(Self.keys(change.config))") {
            () throws(APIError) in _ = try await client.updateConnector(tenant: ref.tenant, change)
        }
    }

    public func unlink(_ ref: ConnectorRef) async -> ChangeAnswer<Void> {
        await perform(tenant: ref.tenant, connector: ref.connector, action: "unlink",
                      request: "DELETE linkedConnectors connector_id=\(ref.connector)") {
            () throws(APIError) in try await client.unlinkConnector(tenant: ref.tenant, connector: ref.connector)
        }
    }

    /// The body holds no secret: it is journaled whole.
    public func runJob(_ ref: ConnectorRef, _ run: RunJobRequest) async -> ChangeAnswer<Job> {
        await perform(tenant: ref.tenant, connector: ref.connector, action: "job.run",
                      request: "POST jobs \(run.jsonBody.compact())") {
            () throws(APIError) in try await client.runJob(tenant: ref.tenant, run)
        }
    }

    /// Starting a discovery changes nothing a user wrote, but it starts work at Hotglue: journaled like a change.
    public func triggerDiscover(_ ref: ConnectorRef) async -> ChangeAnswer<DiscoverStatus> {
        await perform(tenant: ref.tenant, connector: ref.connector, action: "discover",
                      request: "GET linkedConnectors/discover connector_id=\(ref.connector)") {
            () throws(APIError) in
            DiscoverStatus(json: try await client.triggerDiscover(tenant: ref.tenant, connector: ref.connector))
        }
    }

    static func keys(_ config: JSONObject?) -> String {
        let keys = config?.keys ?? []
        return keys.isEmpty ? "(none)" : keys.joined(separator: ", ")
    }
}

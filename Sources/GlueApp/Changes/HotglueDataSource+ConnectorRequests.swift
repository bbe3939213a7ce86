import Foundation
import GlueCore
import HotglueAPI
import HotglueModels
import LosslessJSON

/// Performs `APIRequest.connector`: the two reads (link choices, a config) here, the four changes through the
/// write path (`ChangePerformer`).
extension HotglueDataSource {
    func performConnector(_ request: ConnectorRequest) async -> Msg {
        switch request {
        case .loadLinkChoices(let tenant):
            return .connectorChange(.linkChoicesLoaded(tenant, await linkChoices(), at: clock()))
        case .loadConfig(let ref, let use):
            return .connectorChange(.configLoaded(ref, use, await config(of: ref), at: clock()))
        case .link(let tenant, let link, let form):
            return .connectorChange(await performLink(tenant, link, form))
        case .update(let ref, let change, let form):
            return .connectorChange(await performUpdate(ref, change, form))
        case .unlink(let ref):
            return .connectorChange(await performUnlink(ref))
        case .runJob(let ref, let run, let form):
            return .connectorChange(await performRunJob(ref, run, form))
        }
    }

    /// Both lists; one failing is tolerated (the other still offers something), both failing is the first error.
    private func linkChoices() async -> Result<LinkChoices, APIError> {
        let supported = await capture { () throws(APIError) in try await client.supportedConnectors() }
        let available = await capture { () throws(APIError) in try await client.availableConnectors() }
        switch (supported, available) {
        case (.failure(let error), .failure):
            return .failure(error)
        default:
            return .success(LinkChoices(supported: (try? supported.get()) ?? [], available: (try? available.get()) ?? []))
        }
    }

    private func config(of ref: ConnectorRef) async -> Result<JSONObject, APIError> {
        await capture { () throws(APIError) -> JSONObject in
            let connectors = try await client.listLinkedConnectors(tenant: ref.tenant, includeConfig: true)
            guard let connector = connectors.first(where: { $0.id == ref.connector }) else {
                throw APIError(category: .notFound, summary: "\(ref.connector) is no longer linked to \(ref.tenant)",
                               hint: "refresh the list (R)")
            }
            return connector.config?.objectValue ?? JSONObject()
        }
    }

    private func performLink(_ tenant: TenantID, _ link: LinkConnectorRequest, _ form: ChangeForm) async
        -> ConnectorChangeMsg
    {
        let answer = await changes.link(tenant: tenant, link, linkedAsShown: form.pickedIsLinked)
        return .linked(tenant, link, reopen: form, answer.result, journalProblem: answer.journalProblem, at: clock())
    }

    private func performUpdate(_ ref: ConnectorRef, _ change: UpdateConnectorRequest, _ form: ChangeForm) async
        -> ConnectorChangeMsg
    {
        let answer = await changes.update(ref, change)
        return .updated(ref, change, reopen: form, answer.result, journalProblem: answer.journalProblem, at: clock())
    }

    private func performUnlink(_ ref: ConnectorRef) async -> ConnectorChangeMsg {
        let answer = await changes.unlink(ref)
        return .unlinked(ref, answer.result, journalProblem: answer.journalProblem, at: clock())
    }

    private func performRunJob(_ ref: ConnectorRef, _ run: RunJobRequest, _ form: ChangeForm) async
        -> ConnectorChangeMsg
    {
        let answer = await changes.runJob(ref, run)
        return .jobStarted(ref, run, reopen: form, answer.result, journalProblem: answer.journalProblem, at: clock())
    }

    private func capture<Value: Sendable>(_ call: () async throws(APIError) -> Value) async -> Result<Value, APIError> {
        do {
            return .success(try await call())
        } catch {
            return .failure(error)
        }
    }
}

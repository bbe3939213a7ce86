import FaultMatrix
import GlueCore
import HotglueModels
import LosslessJSON
import Testing

/// Link, update, unlink, discover and run job, brought to their last key through the dashboard's own keys.
extension MatrixSessionHarness {
    /// `l`, a connector not linked yet, every required field typed, the preview: Enter links.
    func prepareLink() async throws -> MatrixSessionScenario {
        _ = try await acmeLoaded()
        press(.character("l"))
        try await until("the connector picker") { _ in self.form?.stage == .picking }
        let choice = try #require(form?.picker?.choices.first { !$0.isLinked && $0.isSupported },
                                  "a connector acme has not linked")
        type(choice.settings.id.rawValue)
        press(.enter)
        let picked = try #require(form?.connector?.id, "a connector picked; the screen was:\n\(frame())")
        let fields = try #require(form?.fields).filter { $0.isRequired }
        var typed = JSONObject()
        for field in fields {
            let value = field.isSecret ? "secret_\(field.key)_Matrix1234" : "value-\(field.key)"
            type(value)
            press(.tab)
            typed[field.key] = JSONValue(value)
        }
        press(.enter)
        try #require(form?.stage == .previewing, "the link preview; the screen was:\n\(frame())")
        let ref = ConnectorRef(tenant: "acme", connector: picked)
        let expected = typed
        return MatrixSessionScenario(
            ref: ref, send: [.enter],
            changeMeanwhile: { [other] in
                _ = try await other.linkConnector(tenant: ref.tenant, LinkConnectorRequest(
                    connector: ref.connector, config: ["start_date": "2020-01-01T00:00:00Z"]))
            },
            isApplied: { [self] in await worldConfig(ref) == expected })
    }

    /// `u`, one plain field retyped: Enter sends only that key.
    func prepareUpdate() async throws -> MatrixSessionScenario {
        let ref = try await acmeLoaded()
        press(.character("u"))
        try await until("the update form") { _ in self.form?.stage == .editing }
        let key = try #require(form?.fields.first { !$0.isSecret && $0.text != nil }?.key)
        while form?.focusedField?.key != key { press(.tab) }
        press(.control("u"))
        let value = "changed-by-the-fault-matrix"
        type(value)
        return MatrixSessionScenario(
            ref: ref, send: [.enter], changeMeanwhile: unlinkedMeanwhile(ref),
            isApplied: { [self] in await worldConfig(ref)?[key]?.stringValue == value })
    }

    /// `x` and the connector's id typed: Enter unlinks.
    func prepareUnlink() async throws -> MatrixSessionScenario {
        let ref = try await acmeLoaded()
        press(.character("x"))
        type(ref.connector.rawValue)
        return MatrixSessionScenario(
            ref: ref, send: [.enter], changeMeanwhile: unlinkedMeanwhile(ref),
            isApplied: { [self] in await worldConfig(ref) == nil })
    }

    /// `d` starts a discovery of the selected connector.
    func prepareDiscover() async throws -> MatrixSessionScenario {
        let ref = try await acmeLoaded()
        return MatrixSessionScenario(
            ref: ref, send: [.character("d")], changeMeanwhile: unlinkedMeanwhile(ref),
            isApplied: { [self] in
                // A start that reached the API and was carried out (answered, or answered and then dropped).
                await emulator.requests().contains { request in
                    request.path.hasSuffix("linkedConnectors/discover")
                        && (request.status == 200 || request.fault == "dropafter")
                }
            })
    }

    /// `:run read --start 2024-01-01` fills the run-job form: Enter starts the job.
    func prepareRunJob() async throws -> MatrixSessionScenario {
        let ref = try await acmeLoaded()
        let start = "2024-01-01"
        palette("run read --start \(start)")
        try #require(form?.fields.contains { $0.text == start } == true, "the start date in the run form")
        return MatrixSessionScenario(
            ref: ref, send: [.enter],
            changeMeanwhile: { [other] in
                _ = try await other.runJob(tenant: ref.tenant, RunJobRequest(connector: ref.connector))
            },
            isApplied: { [self] in
                await emulator.world.jobs(tenant: ref.tenant.rawValue)
                    .contains { $0["override_start_date"]?.stringValue == start }
            })
    }
}

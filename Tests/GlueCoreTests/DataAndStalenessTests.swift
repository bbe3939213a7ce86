import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("Data, staleness and errors")
struct DataAndStalenessTests {
    @Test("a failed refresh keeps the data, marks it stale since the first failure and says why")
    func stale() {
        var model = Fixtures.loaded()
        #expect(model.staleSince == nil)
        #expect(model.lastRefresh == Fixtures.at(3))
        let error = Fixtures.error(.transport, "cannot reach 127.0.0.1")
        _ = update(&model, .polled(.tenantsLoaded(.failure(error), at: Fixtures.at(40))))
        _ = update(&model, .polled(.tenantsLoaded(.failure(error), at: Fixtures.at(70))))
        #expect(model.tenants.all.count == 6)
        #expect(model.tenants.load.isStale)
        #expect(model.staleSince == Fixtures.at(40))
        #expect(model.activity.lastError == "cannot reach 127.0.0.1: it will be retried")
        _ = update(&model, .polled(.tenantsLoaded(.success(Fixtures.tenants), at: Fixtures.at(100))))
        #expect(model.staleSince == nil)
        #expect(!model.tenants.load.isStale)
    }

    @Test("an error before any data is an error, not stale data")
    func errorWithoutData() {
        var model = Fixtures.model()
        _ = update(&model, .polled(.tenantsLoaded(.failure(Fixtures.error(.auth, "API key rejected (401) by 127.0.0.1")), at: Fixtures.at(1))))
        #expect(!model.tenants.load.isStale)
        #expect(model.tenants.load.lastError?.category == .auth)
        #expect(model.staleSince == nil)
        #expect(model.activity.lastError?.hasPrefix("API key rejected (401)") == true)
    }

    @Test("a cancelled call is not an error the operator needs to see")
    func cancellation() {
        var model = Fixtures.loaded()
        _ = update(&model, .polled(.connectorsLoaded("acme", .failure(APIError(category: .cancelled, summary: "cancelled")), at: Fixtures.at(5))))
        #expect(model.activity.lastError == nil)
    }

    @Test("a refresh keeps the selected connector by id when the list changes")
    func keepSelection() {
        var model = Fixtures.loaded()
        _ = Fixtures.press(&model, .tab, .character("j"))
        #expect(model.connectors.selected?.id == "hubspot")
        _ = update(&model, .polled(.connectorsLoaded("acme", .success([Fixtures.connector("zendesk"), Fixtures.connector("hubspot"),
                                                               Fixtures.connector("salesforce")]), at: Fixtures.at(10))))
        #expect(model.connectors.selected?.id == "hubspot")
        #expect(model.connectors.list.selected == 1)
    }

    @Test("retries in progress and the request rate reach the status")
    func activity() {
        var model = Fixtures.loaded()
        let retry = ActivityStatus.Retry(operation: "list tenants", attempt: 2, maxAttempts: 6, delaySeconds: 1.5, reason: "429")
        _ = update(&model, .retryScheduled(retry))
        _ = update(&model, .retryScheduled(retry))
        #expect(model.activity.retries == [retry])
        _ = update(&model, .retryFinished(operation: "list tenants"))
        #expect(model.activity.retries.isEmpty)
        _ = update(&model, .requestRate(perMinute: 14))
        #expect(model.activity.requestsPerMinute == 14)
    }

    @Test("state loads into a foldable tree; folds and reveal work at the cursor")
    func stateTree() throws {
        var model = Fixtures.loaded()
        let ref = ConnectorRef(tenant: "acme", connector: "salesforce")
        let state = try JSONValue.parse(#"{"bookmarks":{"Account":{"replication_key_value":"2024-05-01","big":12345678901234567890}},"api_key":"sk-live-123"}"#)
        _ = update(&model, .polled(.stateLoaded(ref, .success(state), at: Fixtures.at(4))))
        #expect(model.state.rows.count == 9)
        let secretRow = try #require(model.state.rows.first { $0.key == "api_key" })
        #expect(secretRow.kind == .scalar(text: SecretMasking.mask, kind: .secret))
        _ = Fixtures.press(&model, .character("4"), .character("j"))
        #expect(model.state.selectedRow?.path == ["bookmarks"])
        _ = Fixtures.press(&model, .character(" "))
        #expect(model.state.rows.count == 4)
        #expect(model.state.rows[1].kind == .open(isObject: true, childCount: 1, folded: true))
        _ = Fixtures.press(&model, .right, .character("G"), .character("k"))
        #expect(model.state.selectedRow?.key == "api_key")
        _ = Fixtures.press(&model, .character("v"))
        #expect(model.state.selectedRow?.kind == .scalar(text: "\"sk-live-123\"", kind: .string))
        _ = Fixtures.press(&model, .character("v"))
        #expect(model.state.selectedRow?.kind == .scalar(text: SecretMasking.mask, kind: .secret))
        _ = Fixtures.press(&model, .left)
        #expect(model.state.selectedRow?.path == .root)
    }

    @Test("a connector without state says so, distinct from not loaded")
    func noState() {
        var model = Fixtures.loaded()
        #expect(model.state.document == nil)
        _ = update(&model, .polled(.stateLoaded(ConnectorRef(tenant: "acme", connector: "salesforce"), .success(nil), at: Fixtures.at(4))))
        #expect(model.state.document == .some(nil))
        #expect(model.state.rows.isEmpty)
    }
}

import Foundation
import LosslessJSON

/// The in-memory Hotglue environment: tenants, linked connectors, states, discoveries and jobs.
///
/// Generated from the seed (tenants lazily, each from the seed and its id, so the order of access does not matter).
/// Progress is never pushed by a timer: whenever a tenant is touched, runs that have finished by the clock's `now`
/// are settled (catalogs rewritten, bookmarks advanced), so a manual clock makes everything exact.
public actor EmulatorWorld {
    let seed: UInt64
    let envID: String
    let flowID: String
    let clock: EmulatorClock
    let discoverSeconds: Double
    let stageSeconds: Double
    /// `EmulatorSettings.liveDemo`: keep the first tenant busy (see `EmulatorWorld+LiveDemo`).
    let liveDemo: Bool
    let failureModel: JobFailureModel
    /// `EmulatorSettings.jobsKeptPerTenant`.
    let jobsKeptPerTenant: Int
    let worldStart: Date
    /// The connectors the flow supports, in catalogue order.
    let supported: [ConnectorDefinition]

    private var tenantOrder: [String]
    private var knownTenants: Set<String>
    private var generated: [String: TenantRecord] = [:]
    private let factory: TenantFactory
    /// Where the world's changes are posted as webhooks (`EmulatorWorld+Webhooks`); nil when none are sent.
    let webhooks: WebhookSender?
    /// The jobs and discoveries whose coming changes are still to be announced.
    var webhookWatch = WebhookWatch()

    init(settings: EmulatorSettings, webhooks: WebhookSender? = nil) {
        self.webhooks = webhooks
        seed = settings.seed
        envID = settings.envID
        flowID = settings.flowID
        clock = settings.clock
        discoverSeconds = settings.discoverDuration.seconds
        stageSeconds = settings.jobStageDuration.seconds
        liveDemo = settings.liveDemo
        jobsKeptPerTenant = max(1, settings.jobsKeptPerTenant)
        failureModel = settings.failureModel ?? .automatic(tenantCount: settings.tenantCount)
        worldStart = settings.clock.now
        var random = SplitMix64(seed: settings.seed, "layout")
        let optional = ConnectorCatalogue.all.filter { !ConnectorCatalogue.alwaysSupported.contains($0.id) }
        let chosen = Set(random.shuffled(optional).prefix(6).map(\.id) + ConnectorCatalogue.alwaysSupported)
        supported = ConnectorCatalogue.all.filter { chosen.contains($0.id) }
        tenantOrder = TenantNames.generate(count: max(0, settings.tenantCount), random: &random) + ["default"]
        knownTenants = Set(tenantOrder)
        factory = TenantFactory(
            seed: settings.seed, flowID: settings.flowID, worldStart: worldStart, supported: supported,
            demoStageSeconds: stageSeconds, liveDemo: settings.liveDemo ? settings.discoverDuration.seconds : nil,
            failureModel: failureModel)
    }

    var now: Date { clock.now }

    func isKnown(_ tenant: String) -> Bool {
        knownTenants.contains(tenant)
    }

    /// Runs `body` on a tenant after settling what finished by now; nil when the tenant does not exist
    /// (and `create` is false).
    func withTenant<Result>(
        _ tenant: String, create: Bool = false, _ body: (inout TenantRecord, Date) throws -> Result
    ) rethrows -> Result? {
        let now = self.now
        if generated[tenant] == nil {
            if knownTenants.contains(tenant) {
                let made = factory.make(tenant)
                generated[tenant] = made
                watchGeneratedTenant(made, now: now)
            } else if create {
                generated[tenant] = TenantRecord(id: tenant, connectors: [], jobs: [], discoveries: [:], config: nil)
                tenantOrder.append(tenant)
                knownTenants.insert(tenant)
            } else {
                return nil
            }
        }
        var record = generated[tenant]!
        settle(&record, now: now)
        defer { generated[tenant] = record }
        return try body(&record, now)
    }

    /// Like `withTenant`, for a linked connector: 404 NotFoundError when the tenant or connector is unknown.
    func withConnector<Result>(
        _ tenant: String, _ connectorID: String, _ body: (inout TenantRecord, Int, Date) throws -> Result
    ) throws -> Result {
        let result = try withTenant(tenant) { record, now -> Result? in
            guard let index = record.connectorIndex(connectorID) else { return nil }
            return try body(&record, index, now)
        }
        guard let result, let value = result else {
            throw ChaliceError.notFound("Connector \(connectorID) is not linked for tenant \(tenant)")
        }
        return value
    }

    /// The tenants a request has touched (generated), in tenant order; the others hold nothing yet.
    var generatedTenantIDs: [String] {
        tenantOrder.filter { generated[$0] != nil }
    }

    func definition(_ connectorID: String) -> ConnectorDefinition? {
        supported.first { $0.id == connectorID }
    }

    // MARK: Public API for tests and demos

    public func tenantIDs() -> [String] { tenantOrder }

    /// As the API lists them with `config=true&catalog=true`.
    public func linkedConnectors(tenant: String) -> [JSONValue] {
        withTenant(tenant) { record, _ in
            record.connectors.map { $0.json(includeConfig: true, includeCatalog: true) }
        } ?? []
    }

    /// nil when there is no state (or no such connector).
    public func state(tenant: String, connector: String) -> JSONValue? {
        (try? withConnector(tenant, connector) { record, index, _ in record.connectors[index].state }) ?? nil
    }

    /// The stored state printed compact, exactly (number text and key order as stored).
    public func stateText(tenant: String, connector: String) -> String? {
        state(tenant: tenant, connector: connector)?.compact()
    }

    /// Newest first, as the API lists them.
    public func jobs(tenant: String) -> [JSONValue] {
        withTenant(tenant) { record, now in
            JobListing.newestFirst(record.jobs).map { JobJSON.render($0, envID: envID, flowID: flowID, now: now) }
        } ?? []
    }

    /// Every secret the world planted in a tenant's connector configs and states (values, or the secret part of
    /// a value such as a URL's password): what no client output may show unless asked to.
    public func plantedSecrets(tenant: String) -> [String] {
        withTenant(tenant) { record, _ in record.connectors.flatMap(\.plantedSecrets) } ?? []
    }

    /// Sets (or with nil clears) a connector's state; does nothing for an unknown connector.
    public func setState(_ state: JSONValue?, tenant: String, connector: String) {
        _ = try? withConnector(tenant, connector) { record, index, _ in record.connectors[index].state = state }
    }
}

/// Ordering of job lists.
enum JobListing {
    static func newestFirst(_ jobs: [JobRecord]) -> [JobRecord] {
        jobs.enumerated()
            .sorted { ($0.element.startTime, $0.offset) > ($1.element.startTime, $1.offset) }
            .map(\.element)
    }
}

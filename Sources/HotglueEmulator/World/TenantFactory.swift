import Foundation
import LosslessJSON

/// Generates one tenant's linked connectors, states, discoveries and job history from the seed and the tenant id
/// alone, so tenants can be generated lazily, in any order, with the same result.
struct TenantFactory {
    let seed: UInt64
    let flowID: String
    let worldStart: Date
    let supported: [ConnectorDefinition]
    let demoStageSeconds: Double
    /// With `EmulatorSettings.liveDemo`, how long a discovery runs (the first tenant starts with one running).
    let liveDemo: Double?
    let failureModel: JobFailureModel

    func make(_ tenant: String) -> TenantRecord {
        var random = SplitMix64(seed: seed, "tenant", tenant)
        let definitions = connectorChoice(for: tenant, random: &random)
        var record = TenantRecord(id: tenant, connectors: [], jobs: [], discoveries: [:], config: nil)
        for definition in definitions {
            var connectorRandom = SplitMix64(seed: seed, "connector", tenant, definition.id)
            record.connectors.append(linked(definition, tenant: tenant, random: &connectorRandom))
            if connectorRandom.chance(0.6) {
                let ended = worldStart.addingTimeInterval(-Double(connectorRandom.int(in: 600...(7 * 86_400))))
                record.discoveries[definition.id] = DiscoveryRun(
                    number: 1, startedAt: ended.addingTimeInterval(-45), endsAt: ended, outcome: .succeeded,
                    v2Source: nil, applied: true)
            }
            record.jobs += history(for: definition, tenant: tenant, connector: record.connectors.last!)
        }
        record.jobs.sort { $0.startTime < $1.startTime }
        if tenant == TenantNames.fixed[1], let first = record.connectors.first {
            record.jobs.append(runningDemoJob(tenant: tenant, connector: first))
        }
        if let discoverSeconds = liveDemo, tenant == TenantNames.fixed[0], let first = record.connectors.first {
            record.jobs.append(runningDemoJob(tenant: tenant, connector: first))
            record.discoveries[first.id] = DiscoveryRun(
                number: (record.discoveries[first.id]?.number ?? 1) + 1,
                startedAt: worldStart.addingTimeInterval(-0.25 * discoverSeconds),
                endsAt: worldStart.addingTimeInterval(0.75 * discoverSeconds), outcome: .succeeded,
                v2Source: nil, applied: false)
        }
        if tenant == "acme" || random.chance(0.5) {
            record.config = tenantConfig(tenant, random: &random)
        }
        return record
    }

    /// acme: salesforce, hubspot, quickbooks and maybe more; globex at least one; others 0–6.
    private func connectorChoice(for tenant: String, random: inout SplitMix64) -> [ConnectorDefinition] {
        let shuffled = random.shuffled(supported)
        if tenant == "acme" {
            let fixed = ConnectorCatalogue.alwaysSupported.compactMap(ConnectorCatalogue.definition)
            let extra = shuffled.filter { !ConnectorCatalogue.alwaysSupported.contains($0.id) }
            return fixed + extra.prefix(random.int(in: 0...2))
        }
        let minimum = tenant == TenantNames.fixed[1] ? 1 : 0
        return Array(shuffled.prefix(random.int(in: minimum...min(6, shuffled.count))))
    }

    private func linked(_ definition: ConnectorDefinition, tenant: String, random: inout SplitMix64) -> LinkedConnector {
        let isFirstOfAcme = tenant == "acme" && definition.id == "salesforce"
        var catalogRandom = SplitMix64(seed: seed, "catalog", tenant, definition.id, "1")
        // acme's salesforce syncs every stream, so its big-integer bookmark moves with each completed job.
        let catalog = CatalogBuilder.catalog(
            for: definition, discovery: 1, selected: isFirstOfAcme ? Set(definition.streams.map(\.name)) : nil,
            random: &catalogRandom)
        let selected = CatalogBuilder.selectedStreams(in: catalog)
        let roll = random.unit()
        let state: JSONValue? =
            if isFirstOfAcme {
                // Every stream selected in the state, so the big integer and the decimal are always there.
                StateBuilder.state(for: definition, shape: .sdk, streams: definition.streams.map(\.name), now: worldStart, random: &random)
            } else if roll < 0.25 {
                nil
            } else if roll < 0.7 || (roll >= 0.85 && !definition.isTarget) {
                StateBuilder.state(for: definition, shape: .sdk, streams: selected, now: worldStart, random: &random)
            } else if roll < 0.85 {
                StateBuilder.state(for: definition, shape: .classic, streams: selected, now: worldStart, random: &random)
            } else {
                StateBuilder.state(for: definition, shape: .target, streams: selected, now: worldStart, random: &random)
            }
        var schedule: JSONValue?
        if random.chance(0.5) {
            schedule = ["schedule_expression": .string(JSONString(random.pick(["rate(1 day)", "rate(6 hours)", "rate(1 hour)"]))),
                        "state": random.chance(0.8) ? "ENABLED" : "DISABLED"]
        }
        var config = ConfigBuilder.config(for: definition, tenant: tenant, random: &random)
        let fieldMap = ConfigBuilder.fieldMap(for: definition, random: &random)
        // The secret samples draw from their own generator, so the rest of the world is what it was without them.
        var secretsRandom = SplitMix64(seed: seed, "secrets", tenant, definition.id)
        let configSamples = SecretSamples.config(tenant: tenant, random: &secretsRandom)
        for sample in configSamples { config[sample.key] = sample.value }
        var planted = ConfigBuilder.plantedSecretKeys.compactMap { config[$0]?.stringValue } + configSamples.map(\.hidden)
        var seededState = state
        if case .object(var root) = state, !isFirstOfAcme,
            (tenant == "acme" && definition.id == "hubspot") || secretsRandom.chance(0.3)
        {
            let session = SecretSamples.stateSession(tenant: tenant, random: &secretsRandom)
            root["session"] = SecretSamples.object(session)
            seededState = .object(root)
            planted += session.map(\.hidden)
        }
        var connector = LinkedConnector(
            definition: definition, config: config, fieldMap: fieldMap,
            catalog: catalog, state: seededState, schedule: schedule, symlink: nil)
        connector.plantedSecrets = planted.filter { !$0.isEmpty }
        return connector
    }

    /// Finished jobs from the last few days. acme's salesforce always has four, the second of them failed.
    private func history(for definition: ConnectorDefinition, tenant: String, connector: LinkedConnector) -> [JobRecord] {
        var random = SplitMix64(seed: seed, "history", tenant, definition.id)
        let isFirstOfAcme = tenant == "acme" && definition.id == "salesforce"
        let count = isFirstOfAcme ? 4 : random.int(in: 0...4)
        var jobs: [JobRecord] = []
        for index in 0..<count {
            let stageSeconds = Double(random.int(in: 20...180))
            let hoursAgo = Double((count - index) * random.int(in: 6...18))
            var request = JobRequest(connectorID: definition.id, jobType: random.chance(0.85) ? "read" : "write")
            request.scheduled = random.chance(0.6)
            request.startedBy = request.scheduled ? "scheduler" : "ops@\(tenant).example.com"
            request.selectedStreams = CatalogBuilder.selectedStreams(in: connector.catalog)
            if isFirstOfAcme {
                request.jobType = "read"
                request.failure = index == 1 ? .at(.sync) : .never
            }
            let start = worldStart.addingTimeInterval(-hoursAgo * 3600 - 8 * stageSeconds)
            let odds = JobFailureOdds.of(failureModel, seed: seed, tenant: tenant, connectorID: definition.id)
            var job = JobFactory.make(
                request, tenant: tenant, flowID: flowID, definition: definition, hasState: connector.state != nil,
                startTime: start, stageSeconds: stageSeconds, odds: odds, random: &random)
            job.stateAdvanced = true
            jobs.append(job)
        }
        return jobs
    }

    /// A job already running when the emulator starts, so a demo has something live to watch.
    private func runningDemoJob(tenant: String, connector: LinkedConnector) -> JobRecord {
        var random = SplitMix64(seed: seed, "demo-job", tenant)
        var request = JobRequest(connectorID: connector.id, jobType: "read")
        request.failure = .never
        request.startedBy = "scheduler"
        request.scheduled = true
        request.selectedStreams = CatalogBuilder.selectedStreams(in: connector.catalog)
        return JobFactory.make(
            request, tenant: tenant, flowID: flowID, definition: connector.definition,
            hasState: connector.state != nil, startTime: worldStart.addingTimeInterval(-1.5 * demoStageSeconds),
            stageSeconds: demoStageSeconds, random: &random)
    }

    private func tenantConfig(_ tenant: String, random: inout SplitMix64) -> JSONValue {
        let name = tenant.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        return [
            "tenant": .string(JSONString(tenant)),
            "name": .string(JSONString("\(name) Inc.")),
            "plan": .string(JSONString(random.pick(["starter", "pro", "enterprise"]))),
            "timezone": .string(JSONString(random.pick(["UTC", "America/New_York", "Europe/Berlin", "Asia/Singapore"]))),
            "sync_enabled": .bool(random.chance(0.9)),
            "webhook_url": .string(JSONString("https://hooks.\(tenant.replacingOccurrences(of: "_", with: "-")).example.com/hotglue")),
        ]
    }
}

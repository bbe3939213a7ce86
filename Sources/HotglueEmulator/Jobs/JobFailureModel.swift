/// How often the world's jobs fail, and where.
public enum JobFailureModel: String, Sendable, Hashable, CaseIterable {
    /// One job in five fails, at any stage, whatever the connection: a small demo world shows failures at once.
    case demo
    /// As a large environment looks: about 3% of connections are broken (revoked credentials, a permission
    /// withdrawn) and fail nine runs in ten at discovery or sync; the rest fail 2% of runs, at any stage (rate
    /// limits, a vendor's 5xx). About 4.6% of jobs fail, clustered on few connections.
    case realistic

    /// Worlds of this many tenants or more are `realistic` unless the settings say otherwise.
    public static let realisticFromTenants = 1_000

    static func automatic(tenantCount: Int) -> JobFailureModel {
        tenantCount >= realisticFromTenants ? .realistic : .demo
    }
}

/// The odds of one connection's jobs failing, and the stages they fail at.
struct JobFailureOdds: Sendable, Hashable {
    let probability: Double
    let stages: [JobStage]

    static let demo = JobFailureOdds(probability: 0.2, stages: JobStage.allCases)
    static let brokenConnectionShare = 0.03
    static let broken = JobFailureOdds(probability: 0.9, stages: [.discover, .sync])
    static let healthy = JobFailureOdds(probability: 0.02, stages: JobStage.allCases)

    /// The odds for a tenant's connector, drawn from a generator of their own (so the rest of the world is the
    /// same under either model).
    static func of(_ model: JobFailureModel, seed: UInt64, tenant: String, connectorID: String) -> JobFailureOdds {
        switch model {
        case .demo: return .demo
        case .realistic:
            var random = SplitMix64(seed: seed, "health", tenant, connectorID)
            return random.chance(brokenConnectionShare) ? .broken : .healthy
        }
    }
}

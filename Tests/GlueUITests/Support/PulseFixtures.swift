import Foundation
import GlueCore
import HotglueModels

/// The pulse across FixtureData's 42 tenants: five checked, one heard of by webhook only, the rest not yet.
/// A timeout hits salesforce in three tenants (different ids, one cause), hubspot fails to authenticate, a
/// netsuite sync runs three times its usual length, two jobs run, and a discovery failed.
enum PulseFixtures {
    static func pulse(_ size: Size) -> Model {
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.time("12:03:00"),
                          availableThemes: ["default", "high-contrast", "mono"])
        Fixtures.send(&model, .polled(.tenantsLoaded(.success(FixtureData.tenants), at: FixtureData.time("12:03:01"))))
        func check(_ tenant: String, _ jobs: [Job], at clock: String) {
            Fixtures.send(&model, .polled(.pulseChecked(TenantID(tenant), .success(jobs), at: FixtureData.time(clock))))
        }
        func job(_ tenant: String, _ id: String, _ connector: String, _ status: String, _ start: String, _ updated: String,
                 rows: Int? = nil, error: String? = nil) -> Job {
            FixtureData.job(id: id, connector: connector, type: "read", status: status, start: start, updated: updated,
                            timeline: [], rows: rows, error: error, tenant: tenant)
        }
        // netsuite's usual run: 4–5 minutes; one has run 15.
        let netsuiteRuns = (0..<6).map { index in
            job("hooli", "ns\(index)", "netsuite", "JOB_COMPLETED", "0\(index):00:00", "0\(index):0\(4 + index % 2):10",
                rows: 1_200 + index * 300)
        }
        check("hooli", netsuiteRuns + [job("hooli", "ns_slow", "netsuite", "SYNC_STARTED", "11:48:00", "11:48:05")], at: "12:02:20")
        check("acme", [
            job("acme", "sf_01", "salesforce", "SYNC_FAILED", "11:40:00", "11:41:12",
                error: "Timeout after 30s reading 'Account' (job sf_01)"),
            job("acme", "sf_00", "salesforce", "JOB_COMPLETED", "10:40:00", "10:42:12", rows: 5_400),
            job("acme", "hs_01", "hubspot", "SYNC_STARTED", "12:01:30", "12:01:40"),
        ], at: "12:02:50")
        check("globex", [
            job("globex", "sf_07", "salesforce", "SYNC_FAILED", "11:55:00", "11:57:40",
                error: "Timeout after 45s reading 'Opportunity' (job sf_07)"),
        ], at: "12:01:00")
        check("initech", [
            job("initech", "sf_11", "salesforce", "SYNC_FAILED", "09:12:00", "09:13:05",
                error: "Timeout after 30s reading 'Contact' (job sf_11)"),
            job("initech", "hs_09", "hubspot", "SYNC_FAILED", "11:20:00", "11:20:03",
                error: "401 Unauthorized: refresh token revoked for portal 4451\ntraceback…"),
            job("initech", "pg_02", "postgres", "EXPORT_STARTED", "12:02:00", "12:02:30"),
        ], at: "12:02:58")
        check("umbrella", [], at: "11:52:00")
        Fixtures.send(&model, .webhookEvents([
            .discover(DiscoverEvent(tenant: "wonka", connector: "stripe", status: "DISCOVER_FAILED",
                                    message: "Invalid API Key provided: sk_live_****", time: FixtureData.time("12:02:41"))),
        ], at: FixtureData.time("12:02:42")))
        Fixtures.send(&model, .key(.character("P")))
        Fixtures.send(&model, .tick(FixtureData.now))
        return model
    }
}

import Foundation
import GlueCore
import HotglueModels
import LosslessJSON

/// Models for the golden frames, built the way the running app builds them: through `update` with the
/// messages the pollers would send, then pinned to `FixtureData.now`.
enum Fixtures {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 50)]

    /// Everything loaded: acme selected, salesforce selected, its discovery running for 41 s, job 37g_DK syncing.
    static func dashboard(_ size: Size) -> Model {
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.time("12:03:00"),
                          availableThemes: ["default", "high-contrast", "mono"])
        send(&model, .polled(.tenantsLoaded(.success(FixtureData.tenants), at: FixtureData.time("12:03:40"))))
        send(&model, .polled(.connectorsLoaded("acme", .success(FixtureData.connectors), at: FixtureData.time("12:03:41"))))
        send(&model, .polled(.jobsLoaded("acme", .success(FixtureData.jobs), at: FixtureData.time("12:03:42"))))
        send(&model, .polled(.stateLoaded(FixtureData.salesforce, .success(FixtureData.state), at: FixtureData.time("12:03:42"))))
        send(&model, .polled(.discoverPolled(FixtureData.salesforce, .success(.running), at: FixtureData.time("12:03:03"))))
        send(&model, .polled(.jobLogLoaded("acme", FixtureData.runningRoot, fromOffset: 0, .success(.page(FixtureData.logPage)),
                                   at: FixtureData.time("12:03:43"))))
        send(&model, .requestRate(perMinute: 12))
        send(&model, .tick(FixtureData.now))
        return model
    }

    /// Nothing has answered yet.
    static func loading(_ size: Size) -> Model {
        Model(connection: FixtureData.connection, size: size, now: FixtureData.now)
    }

    /// The very first call failed: nothing to show but the error.
    static func unauthorized(_ size: Size) -> Model {
        var model = loading(size)
        send(&model, .polled(.tenantsLoaded(.failure(FixtureData.authError), at: FixtureData.time("12:03:30"))))
        send(&model, .tick(FixtureData.now))
        return model
    }

    /// Data on screen, then refreshes failed: tenants, connectors and jobs stale; the state never loaded.
    static func stale(_ size: Size) -> Model {
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.time("12:00:00"))
        send(&model, .polled(.tenantsLoaded(.success(FixtureData.tenants), at: FixtureData.time("12:00:10"))))
        send(&model, .polled(.connectorsLoaded("acme", .success(FixtureData.connectors), at: FixtureData.time("12:00:11"))))
        send(&model, .polled(.jobsLoaded("acme", .success(FixtureData.jobs), at: FixtureData.time("12:00:12"))))
        send(&model, .polled(.stateLoaded(FixtureData.salesforce, .failure(FixtureData.serverError), at: FixtureData.time("12:00:12"))))
        send(&model, .polled(.tenantsLoaded(.failure(FixtureData.serverError), at: FixtureData.time("12:01:00"))))
        send(&model, .polled(.connectorsLoaded("acme", .failure(FixtureData.serverError), at: FixtureData.time("12:01:05"))))
        send(&model, .polled(.jobsLoaded("acme", .failure(FixtureData.serverError), at: FixtureData.time("12:01:05"))))
        send(&model, .retryScheduled(ActivityStatus.Retry(operation: "list tenants", attempt: 2, maxAttempts: 5,
                                                          delaySeconds: 4, reason: "502")))
        send(&model, .tick(FixtureData.now))
        return model
    }

    /// acme has nothing linked and has run no job.
    static func empty(_ size: Size) -> Model {
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.now)
        send(&model, .polled(.tenantsLoaded(.success(["acme"]), at: FixtureData.time("12:03:40"))))
        send(&model, .polled(.connectorsLoaded("acme", .success([]), at: FixtureData.time("12:03:41"))))
        send(&model, .polled(.jobsLoaded("acme", .success([]), at: FixtureData.time("12:03:42"))))
        return model
    }

    static func discoverSucceeded(_ size: Size) -> Model {
        var model = dashboard(size)
        send(&model, .polled(.discoverPolled(FixtureData.salesforce, .success(.succeeded), at: FixtureData.time("12:03:30"))))
        send(&model, .polled(.catalogLoaded(FixtureData.salesforce, .success(FixtureData.catalog), at: FixtureData.time("12:03:31"))))
        send(&model, .tick(FixtureData.now))
        return model
    }

    static func discoverFailed(_ size: Size) -> Model {
        var model = dashboard(size)
        let status = DiscoverStatus.failed(message: "tap-salesforce exited with 1: INVALID_SESSION_ID: Session expired or invalid")
        send(&model, .polled(.discoverPolled(FixtureData.salesforce, .success(status), at: FixtureData.time("12:03:30"))))
        return model
    }

    static func discoverUnknown(_ size: Size) -> Model {
        var model = dashboard(size)
        model.discover.run?.status = DiscoverStatus.none
        model.discover.run?.runningSince = nil
        return model
    }

    /// The real API: no log endpoint, so the log shows the timeline only.
    static func logsUnavailable(_ size: Size) -> Model {
        var model = dashboard(size)
        model.jobs.log.lines.removeAll()
        send(&model, .polled(.jobLogLoaded("acme", FixtureData.runningRoot, fromOffset: 0, .success(.unavailable),
                                   at: FixtureData.now)))
        return model
    }

    static func focused(_ pane: PaneID, zoomed: Bool = true, in model: Model) -> Model {
        var model = model
        model.focus = pane
        model.zoomed = zoomed ? pane : nil
        return model
    }

    static func keys(_ keys: [Key], in model: Model) -> Model {
        var model = model
        for key in keys { send(&model, .key(key)) }
        return model
    }

    static func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static func send(_ model: inout Model, _ msg: Msg) {
        _ = update(&model, msg)
    }
}

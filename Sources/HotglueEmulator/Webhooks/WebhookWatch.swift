import Foundation

/// What the world still has to announce: jobs whose later statuses are yet to be posted, and discoveries yet to
/// end. Job progress is computed from the clock, never pushed, so the announcer asks at each tick which
/// milestones the clock has passed since (`EmulatorWorld.announceDueWebhooks`).
struct WebhookWatch {
    struct WatchedJob {
        let tenant: String
        /// How many of the job's milestones were announced (or had passed before the world knew the job).
        var announced: Int
    }

    struct WatchedDiscovery {
        let tenant: String
        let connectorID: String
        let number: Int
    }

    /// By s3_root.
    var jobs: [String: WatchedJob] = [:]
    /// By "tenant/connector".
    var discoveries: [String: WatchedDiscovery] = [:]

    var isEmpty: Bool { jobs.isEmpty && discoveries.isEmpty }
}

import struct Foundation.Date
import HotglueModels

/// What is known of discovery for one connector: its last polled status, since when we saw it running, and the
/// catalog once it has finished.
public struct DiscoverRun: Hashable, Sendable {
    public var connector: ConnectorRef
    public var status: DiscoverStatus?
    /// When this dashboard first saw the run going (the API does not say when it started).
    public var runningSince: Date?
    public var finishedAt: Date?
    public var catalog: Catalog?
    public var load = LoadState()
    public var catalogLoad = LoadState()

    public init(connector: ConnectorRef) {
        self.connector = connector
    }

    public var isRunning: Bool {
        if case .running = status { return true }
        return false
    }
}

public struct DiscoverPane: Hashable, Sendable {
    public var run: DiscoverRun?
    public var list = ListState()

    public init() {}
}

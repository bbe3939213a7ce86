import struct Foundation.Date

/// Everything the dashboard shows and knows. Changed only by `update`; drawn only by `view`.
public struct Model: Hashable, Sendable {
    public var connection: ConnectionInfo
    public var size: Size
    public var now: Date
    public var focus: PaneID = .tenants
    public var zoomed: PaneID?
    public var overlay: Overlay?
    public var themeName: String
    /// Theme names `:theme` accepts (the runtime found these files).
    public var availableThemes: [String]
    public var keymap: Keymap
    /// Profile names `:profile` accepts and completes (from the config file; empty without one).
    public var availableProfiles: [String] = []

    public var tenants = TenantsPane()
    public var connectors = ConnectorsPane()
    public var discover = DiscoverPane()
    public var state = StatePane()
    public var jobs = JobsPane()
    /// Every tenant's failing, stuck and running jobs; shown instead of the panes while `screen` is `.pulse`.
    public var pulse = PulsePane()
    public var screen: Screen = .dashboard
    /// Enter on a pulse row opened the dashboard here: Esc (with nothing else to back out of) goes back.
    public var returnsToPulse = false
    /// Where Enter on a pulse row asked to go, until the tenant's connectors and jobs have arrived to select in.
    public var pendingJump: PulseJump?
    public var activity = ActivityStatus()
    /// The state edit flow's memory: the undo record of `z`, unsent drafts, the editor run in progress.
    public var stateEdits = StateEditMemory()
    /// What was typed into link and update forms and not yet written, by action and connector.
    public var formDrafts: [FormDraft.Key: FormDraft] = [:]
    public var isQuitting = false
    /// `c` copies through the terminal (a profile's `copy: false` turns it off).
    public var copyAllowed = true

    public init(connection: ConnectionInfo, size: Size, now: Date, themeName: String = "default",
                availableThemes: [String] = ["default"], keymap: Keymap = .defaults) {
        self.connection = connection
        self.size = size
        self.now = now
        self.themeName = themeName
        self.availableThemes = availableThemes
        self.keymap = keymap
    }

    /// Live when every pane with data got its last refresh; stale since the first failure otherwise.
    public var staleSince: Date? {
        [tenants.load, connectors.load, jobs.load, state.load]
            .compactMap { $0.isStale ? $0.errorSince : nil }
            .min()
    }

    /// Whether something is failing now: stale, or a pane's last read failed.
    public var isFailing: Bool {
        staleSince != nil || [tenants.load, connectors.load, jobs.load, state.load].contains { $0.lastError != nil }
    }

    public var lastRefresh: Date? {
        [tenants.load, connectors.load, jobs.load].compactMap(\.lastSuccess).max()
    }
}

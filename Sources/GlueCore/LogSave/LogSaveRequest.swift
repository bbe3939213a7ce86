import HotglueModels

/// `s` (or `:save [PATH]`) in the jobs pane: the selected job's whole log, as the API has it, to a file. The
/// runtime fetches every page, writes the file atomically and answers with `Msg.jobLogSaved`.
public struct LogSaveRequest: Hashable, Sendable {
    public var tenant: TenantID
    public var connector: ConnectorID?
    public var jobID: String
    public var jobRoot: JobRoot
    /// As typed (`~` and relative paths allowed); nil: `$XDG_STATE_HOME/gluetop/logs/TENANT-CONNECTOR-JOBID.log`.
    public var path: String?

    public init(tenant: TenantID, connector: ConnectorID?, jobID: String, jobRoot: JobRoot, path: String?) {
        self.tenant = tenant
        self.connector = connector
        self.jobID = jobID
        self.jobRoot = jobRoot
        self.path = path
    }
}

/// What a saved log came to.
public struct LogSaveReceipt: Hashable, Sendable {
    public var path: String
    public var lines: Int
    public var bytes: Int

    public init(path: String, lines: Int, bytes: Int) {
        self.path = path
        self.lines = lines
        self.bytes = bytes
    }
}

/// Why a log was not saved, and where it was to go (the log on screen is untouched).
public struct LogSaveFailure: Error, Hashable, Sendable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }
}

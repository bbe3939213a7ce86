import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// The connector calls `update` asks for. The two reads (`loadLinkChoices`, `loadConfig`) are sent directly; the
/// changes leave through `requestChange`. A change carries the form it came from, so a failure can reopen it with
/// the user's values (the model keeps no form while the call is out).
public enum ConnectorRequest: Hashable, Sendable {
    /// Read: the flow's supported connectors and the environment's available ones, for the link picker.
    case loadLinkChoices(TenantID)
    /// Read: one linked connector's config (`config=true`), for the update form or `$EDITOR`.
    case loadConfig(ConnectorRef, ConfigUse)
    /// POST linkedConnectors.
    case link(TenantID, LinkConnectorRequest, reopen: ChangeForm)
    /// PATCH linkedConnectors with only the changed keys.
    case update(ConnectorRef, UpdateConnectorRequest, reopen: ChangeForm)
    /// DELETE linkedConnectors.
    case unlink(ConnectorRef)
    /// POST jobs.
    case runJob(ConnectorRef, RunJobRequest, reopen: ChangeForm)
}

/// Where a loaded config goes: the update form, or straight into `$EDITOR` (`:update --editor`).
public enum ConfigUse: Hashable, Sendable {
    case form, editor
}

/// What the link picker offers: the flow's connectors first, then the rest of the environment's.
public struct LinkChoices: Hashable, Sendable {
    public var supported: [ConnectorSettings]
    public var available: [ConnectorSettings]

    public init(supported: [ConnectorSettings], available: [ConnectorSettings]) {
        self.supported = supported
        self.available = available
    }
}

/// The answers to `ConnectorRequest`. Changes carry the form to reopen on failure and the journal's complaint
/// when it could not be written.
public enum ConnectorChangeMsg: Sendable {
    case linkChoicesLoaded(TenantID, Result<LinkChoices, APIError>, at: Date)
    case configLoaded(ConnectorRef, ConfigUse, Result<JSONObject, APIError>, at: Date)
    /// The answer's connector (config dropped) when it read as one.
    case linked(TenantID, LinkConnectorRequest, reopen: ChangeForm, Result<LinkedConnector?, APIError>,
                journalProblem: String?, at: Date)
    case updated(ConnectorRef, UpdateConnectorRequest, reopen: ChangeForm, Result<Void, APIError>,
                 journalProblem: String?, at: Date)
    case unlinked(ConnectorRef, Result<Void, APIError>, journalProblem: String?, at: Date)
    case jobStarted(ConnectorRef, RunJobRequest, reopen: ChangeForm, Result<Job, APIError>,
                    journalProblem: String?, at: Date)
}

import struct Foundation.Date
import HotglueModels
import LosslessJSON

/// Everything that can happen to the dashboard. Time arrives in messages; `update` never reads a clock.
public enum Msg: Sendable {
    case key(Key)
    case resized(Size)
    case tick(Date)

    /// What a subscription's poll brought (`Poller`).
    case polled(PollResult)
    /// Webhook events, as a batch that arrived together (the receiver groups what comes within a moment).
    case webhookEvents([HotglueEvent], at: Date)
    /// The pulse's summary, computed off the loop (`Effect.summarizePulse`).
    case pulseSummarized(PulseSummaryResult, at: Date)
    /// The pulse's last picture from an earlier run (its cache), read off the loop at start.
    case pulseCacheLoaded(PulseData, at: Date)
    /// The answer to `APIRequest.triggerDiscover`.
    case discoverTriggered(ConnectorRef, Result<DiscoverStatus, APIError>, at: Date)

    /// The answers to `APIRequest.state` (state read for an edit, written, deleted, conflicts).
    case stateChange(StateChangeMsg)
    /// The answers to `APIRequest.connector` (link choices, linked, updated, unlinked, job started).
    case connectorChange(ConnectorChangeMsg)
    /// `$EDITOR` exited (`Effect.openEditor`).
    case editorFinished(EditorRequest, EditorOutcome)
    /// The journal was read (`Effect.loadJournal`).
    case journalLoaded(Result<JournalListing, JournalLoadError>)
    /// The journal was searched for `Effect.findStateUndo` (nil: no state change of that connector in it).
    case stateUndoFound(StateUndoLookup, Result<JournalEntry?, JournalLoadError>)
    /// The runtime made the client for `Effect.switchProfile` (or could not: a missing secret, a bad key file).
    case profileSwitched(Result<ProfileSwitch, ProfileSwitchFailure>)

    /// `Effect.saveJobLog` is done: where the log went, or why it did not.
    case jobLogSaved(LogSaveRequest, Result<LogSaveReceipt, LogSaveFailure>)
    /// A file of gluetop's own (a draft, a journal note) could not be written: the operator is told.
    case localWriteFailed(String)
    /// What earlier runs left unfinished: drafts on disk, changes whose result is unknown (read at start).
    case recoveryFound(RecoveryFindings)

    /// The client is waiting to retry a call (shown in the status line until the call ends).
    case retryScheduled(ActivityStatus.Retry)
    case retryFinished(operation: String)
    case requestRate(perMinute: Int)
    /// The terminal came back from Ctrl-Z or an external program: nothing in the model changes, the screen repaints.
    case resumed
    case terminationRequested
    /// Quitting waits for changes still on their way (their outcomes must reach the journal): this many.
    case finishingChanges(Int)
}

/// What one poll of a subscription brought, with the time it was answered.
public enum PollResult: Sendable {
    case tenantsLoaded(Result<[TenantID], APIError>, at: Date)
    case connectorsLoaded(TenantID, Result<[LinkedConnector], APIError>, at: Date)
    case jobsLoaded(TenantID, Result<[Job], APIError>, at: Date)
    case stateLoaded(ConnectorRef, Result<JSONValue?, APIError>, at: Date)
    case discoverPolled(ConnectorRef, Result<DiscoverStatus, APIError>, at: Date)
    case catalogLoaded(ConnectorRef, Result<Catalog?, APIError>, at: Date)
    case jobPolled(TenantID, JobRoot, Result<Job, APIError>, at: Date)
    case jobLogLoaded(TenantID, JobRoot, fromOffset: Int, Result<JobLogResult, APIError>, at: Date)
    /// The pulse's check of one tenant's jobs.
    case pulseChecked(TenantID, Result<[Job], APIError>, at: Date)
}

/// One fetch of the job log endpoint (an emulator extension), or `.unavailable` when the API has none.
public enum JobLogResult: Hashable, Sendable {
    case page(JobLogPage)
    case unavailable
}

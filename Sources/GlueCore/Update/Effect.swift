/// Work that `update` asks for and the runtime performs. Values only: tests compare them.
public enum Effect: Hashable, Sendable {
    case quit
    /// Ctrl-Z: hand the terminal back to the shell until `fg`.
    case suspendToShell
    /// Ctrl-L or resize: repaint every cell.
    case redrawAll
    /// `R`: run these subscriptions now instead of at their next interval.
    case refreshNow(Set<Subscription>)
    /// A call that changes something at Hotglue; its answer comes back as a message.
    case api(APIRequest)
    /// Hand the terminal to `$EDITOR` (then `$VISUAL`, then `vi`) on `request.text`; the answer comes back as
    /// `Msg.editorFinished`.
    case openEditor(EditorRequest)
    /// Read the journal for the `:journal` overlay; the answer comes back as `Msg.journalLoaded`.
    case loadJournal
    /// `z` with no change of the selected connector remembered: find its last undoable state change in the
    /// journal; the answer comes back as `Msg.stateUndoFound`.
    case findStateUndo(StateUndoLookup)
    /// `:profile NAME`: make a client for that profile (secrets are read now); the answer comes back as
    /// `Msg.profileSwitched`, and only then do the pollers move to it.
    case switchProfile(String)
    /// `:save [PATH]`: fetch the job's whole log and write it to a file; the answer comes back as `Msg.jobLogSaved`.
    case saveJobLog(LogSaveRequest)
    /// Record in the journal what the operator decided about a change of unknown result (`kept`, …).
    case settleChange(id: String, decision: String)
    /// Compute the pulse's summary off the loop (there are many jobs); the answer comes back as
    /// `Msg.pulseSummarized`.
    case summarizePulse(PulseSummaryRequest)
    /// `c`: put this text on the terminal's clipboard (OSC 52, through tmux and screen as they need it).
    case copyToClipboard(String)
}

/// The mutations `update` can ask for, as values. The runtime journals each one.
public enum APIRequest: Hashable, Sendable {
    case triggerDiscover(ConnectorRef)
    /// Reading, writing, deleting and restoring a connector's state (the `e`, `X`, `z` flows).
    case state(StateRequest)
    /// Link, update, unlink and run job.
    case connector(ConnectorRequest)
}

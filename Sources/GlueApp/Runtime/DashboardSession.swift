import Foundation
import GlueCore
import GlueTerminal

/// The dashboard without a terminal: the model, its pollers and its mailbox. It applies messages through `update`,
/// carries out the effects it can, and re-diffs the subscriptions. The terminal runtime and the runtime tests both
/// drive it, so what the tests see is what the terminal draws.
public final class DashboardSession {
    public private(set) var model: Model
    public let mailbox: Mailbox
    private var poller: Poller
    /// Where the current poller posts. Each profile gets its own, so results still on their way from the
    /// previous profile's pollers are dropped with it instead of landing in the new profile's panes.
    private var pollMailbox: Mailbox
    private let wakeup: Wakeup?

    /// What the terminal has to do after a batch of messages.
    public struct Outcome: Equatable, Sendable {
        public var changed = false
        public var repaintAll = false
        public var suspendToShell = false
        public var quit = false
        /// Texts for the terminal's clipboard (`Effect.copyToClipboard`), written after the frame.
        public var clipboard: [String] = []
    }

    private var actions: (any DashboardChanges)?
    /// Makes the client for `:profile NAME`; nil when there is no config (the demo, explicit flags).
    public var profileSwitcher: (any ProfileSwitching)?
    private let pendingProfiles = PendingProfiles()
    /// Runs `$EDITOR` for `Effect.openEditor`; the terminal runtime sets it, tests set a scripted one.
    public var editor: (any ExternalEditor)?
    /// What `:journal` reads, and `z` searches when it remembers no change of the selected connector.
    public var journal: JournalFile?
    /// The newest changes `:journal` shows (read from the end of the journal, whatever its age).
    static let journalOverlayLimit = 500
    /// Where drafts of state edits live until written; nil in tests that do not look at them.
    public var drafts: DraftStore?
    /// The drafts on disk as this session last wrote them (or adopted them from an earlier run), by file: only
    /// what changed is written again, and what the model lets go of is removed.
    private var savedDrafts: [String: SavedDraft] = [:]

    private struct SavedDraft {
        enum Content: Equatable {
            case state(ConnectorRef, StateEditMemory.Draft)
            case form(FormDraft)
        }

        var content: Content
        var envID: String
        var flowID: String
    }
    /// Where the pulse's last picture is kept between runs; nil in tests that do not look at it.
    public var pulseCache: PulseCacheFile? {
        didSet { pulseCacheWriter = pulseCache.map { PulseCacheWriter(file: $0) } }
    }
    private var pulseCacheWriter: PulseCacheWriter?
    /// Changes sent and not answered yet: quitting waits for them (bounded) so their outcomes are journaled.
    public let changesInFlight = InFlightChanges()

    /// `wakeup` is the one `mailbox` signals: the pollers' own mailboxes wake the loop through it too.
    public init(model: Model, source: any DashboardDataSource, mailbox: Mailbox,
                actions: (any DashboardChanges)? = nil, editor: (any ExternalEditor)? = nil,
                journal: JournalFile? = nil, profileSwitcher: (any ProfileSwitching)? = nil, wakeup: Wakeup? = nil) {
        self.model = model
        self.mailbox = mailbox
        self.wakeup = wakeup
        let pollMailbox = Mailbox(wakeup: wakeup)
        self.pollMailbox = pollMailbox
        self.poller = Poller(source: source, mailbox: pollMailbox)
        self.profileSwitcher = profileSwitcher
        self.actions = actions ?? (source as? any DashboardChanges)
        self.editor = editor
        self.journal = journal
    }

    public var activeSubscriptions: Set<Subscription> { poller.active }

    public func start() {
        poller.apply(subscriptions(model))
        findRecovery()
    }

    /// Reads what earlier runs left (drafts, changes of unknown result) off the loop; it arrives as a message.
    private func findRecovery() {
        guard journal != nil || drafts != nil else { return }
        let finder = RecoveryFinder(journal: journal, drafts: drafts)
        let envID = model.connection.envID, flowID = model.connection.flowID
        let actions = self.actions, mailbox = self.mailbox
        Task.detached {
            let findings = await finder.find(envID: envID, flowID: flowID, now: Date(), checks: actions)
            if !findings.isEmpty { mailbox.post(.recoveryFound(findings)) }
        }
    }

    /// Keeps the drafts folder equal to what the model says must survive (`draftsToKeep`, `formDraftsToKeep`): a
    /// changed draft is written, a draft the model let go of (written and confirmed, or thrown away) removed. The
    /// draft of an edit whose editor is open stays: its file is the editor's.
    private func syncDrafts() {
        guard let drafts else { return }
        let envID = model.connection.envID, flowID = model.connection.flowID
        var wanted: [String: SavedDraft.Content] = [:]
        for (ref, draft) in draftsToKeep(model) {
            wanted[drafts.path(envID: envID, flowID: flowID, ref: ref)] = .state(ref, draft)
        }
        for (key, draft) in formDraftsToKeep(model) {
            wanted[drafts.path(of: key, envID: envID, flowID: flowID)] = .form(draft)
        }
        for (path, content) in wanted where savedDrafts[path]?.content != content {
            do {
                switch content {
                case .state(let ref, let draft): try drafts.save(draft, envID: envID, flowID: flowID, ref: ref, at: Date())
                case .form(let draft): try drafts.save(draft, envID: envID, flowID: flowID, at: Date())
                }
                savedDrafts[path] = SavedDraft(content: content, envID: envID, flowID: flowID)
            } catch {
                mailbox.post(.localWriteFailed("\(error)"))
            }
        }
        let editing = model.stateEdits.editing.map { drafts.path(envID: envID, flowID: flowID, ref: $0.ref) }
        for (path, saved) in savedDrafts where wanted[path] == nil && path != editing {
            switch saved.content {
            case .state(let ref, _): drafts.remove(envID: saved.envID, flowID: saved.flowID, ref: ref)
            case .form(let draft): drafts.remove(draft.key, envID: saved.envID, flowID: saved.flowID)
            }
            savedDrafts[path] = nil
        }
    }

    /// Drafts an earlier run left are this session's to remove once written or thrown away.
    private func adoptRecoveredDrafts(_ found: RecoveryFindings) {
        guard let drafts else { return }
        let envID = model.connection.envID, flowID = model.connection.flowID
        for draft in found.drafts {
            savedDrafts[drafts.path(envID: envID, flowID: flowID, ref: draft.ref)] =
                SavedDraft(content: .state(draft.ref, draft.draft), envID: envID, flowID: flowID)
        }
        for draft in found.formDrafts {
            savedDrafts[drafts.path(of: draft.key, envID: envID, flowID: flowID)] =
                SavedDraft(content: .form(draft), envID: envID, flowID: flowID)
        }
    }

    /// Before the editor opens on a state: the text it starts from is a draft already, and the editor's own file
    /// sits beside it, so a run killed while the editor is open loses nothing the editor saved.
    private func saveDraftBeforeEditing(_ request: EditorRequest) {
        guard let drafts, case .state(let ref) = request.purpose, let editing = model.stateEdits.editing,
              editing.ref == ref else { return }
        let envID = model.connection.envID, flowID = model.connection.flowID
        let draft = StateEditMemory.Draft(text: request.text, original: editing.original)
        do {
            try drafts.save(draft, envID: envID, flowID: flowID, ref: ref, at: Date())
            savedDrafts[drafts.path(envID: envID, flowID: flowID, ref: ref)] =
                SavedDraft(content: .state(ref, draft), envID: envID, flowID: flowID)
        } catch {
            mailbox.post(.localWriteFailed("\(error)"))
        }
    }

    /// Applies `messages` and whatever the mailbox holds, in order.
    @discardableResult
    public func process(_ messages: [Msg]) -> Outcome {
        // Poll results before the mailbox: a profile switch (posted to the mailbox) then comes after every result
        // of the pollers it retires.
        let batch = messages + pollMailbox.drain() + mailbox.drain()
        var outcome = Outcome()
        guard !batch.isEmpty else { return outcome }
        let before = model
        var effects: [Effect] = []
        for message in batch {
            if case .recoveryFound(let findings) = message { adoptRecoveredDrafts(findings) }
            if case .profileSwitched(.success(let change)) = message {
                // What the old profile's messages asked for is done with the old profile's client.
                perform(effects, &outcome)
                effects = []
                guard let prepared = pendingProfiles.take(change.connection.profile) else { continue }
                install(prepared)
                switchPulseCache(to: change.connection)
            }
            effects += update(&model, message)
        }
        perform(effects, &outcome)
        poller.apply(subscriptions(model))
        syncDrafts()
        // After `:profile` switched environments the file is another environment's: left as it was.
        if let pulseCache, pulseCache.envID == model.connection.envID, pulseCache.flowID == model.connection.flowID {
            pulseCacheWriter?.consider(model.pulse, now: model.now)
        }
        outcome.changed = model != before
        outcome.quit = outcome.quit || model.isQuitting
        return outcome
    }

    private func perform(_ effects: [Effect], _ outcome: inout Outcome) {
        for effect in effects {
            switch effect {
            case .quit: outcome.quit = true
            case .redrawAll: outcome.repaintAll = true
            case .suspendToShell: outcome.suspendToShell = true
            case .api(let request):
                guard let actions else { continue }
                // The answer goes to this profile's mailbox: after a switch it lands nowhere on screen (the
                // change was journaled under its own profile by its own performer).
                let answers = pollMailbox
                let inFlight = changesInFlight
                inFlight.started()
                Task.detached {
                    let answer = await actions.perform(request)
                    // Posted before it is counted down, then a second wake: a quitting loop that sees the count at
                    // zero finds the answer already in the mailbox (and so deletes a draft it confirms).
                    answers.post(answer)
                    inFlight.finished()
                    answers.wake()
                }
            case .openEditor(let request):
                saveDraftBeforeEditing(request)
                // The editor owns the terminal until it exits; this loop waits for it, as a shell would.
                let result = editor?.edit(request) ?? .failed("no terminal to run an editor on")
                mailbox.post(.editorFinished(request, result))
                outcome.repaintAll = true
            case .loadJournal:
                let mailbox = self.mailbox
                guard let journal else {
                    mailbox.post(.journalLoaded(.failure(JournalLoadError("no journal in this session"))))
                    continue
                }
                let limit = Self.journalOverlayLimit
                Task.detached {
                    let listing: Result<JournalListing, JournalLoadError>
                    do throws(JournalLoadError) {
                        listing = .success(try journal.recent(limit: limit))
                    } catch {
                        listing = .failure(error)
                    }
                    mailbox.post(.journalLoaded(listing))
                }
            case .findStateUndo(let lookup):
                let mailbox = self.mailbox
                guard let journal else {
                    mailbox.post(.stateUndoFound(lookup, .failure(JournalLoadError("no journal in this session"))))
                    continue
                }
                Task.detached {
                    let found = Result { () throws(JournalLoadError) in
                        try journal.lastUndoableStateChange(
                            envID: lookup.envID, flowID: lookup.flowID, tenant: lookup.ref.tenant,
                            connector: lookup.ref.connector)
                    }
                    mailbox.post(.stateUndoFound(lookup, found))
                }
            case .refreshNow(let wanted):
                // Start anything new first, so a refresh of a just-wanted subscription is not lost.
                poller.apply(subscriptions(model))
                poller.refresh(wanted)
            case .switchProfile(let name):
                switchProfile(to: name)
            case .settleChange(let id, let decision):
                settle(id, decision)
            case .summarizePulse(let request):
                // To this profile's mailbox: after a switch the answer lands nowhere on screen.
                let answers = pollMailbox
                Task.detached(priority: .userInitiated) {
                    let result = request.summarize()
                    answers.post(.pulseSummarized(result, at: Date()))
                    FreedMemory.returnToSystem()
                }
            case .copyToClipboard(let text):
                outcome.clipboard.append(text)
            case .saveJobLog(let request):
                let mailbox = self.mailbox, actions = self.actions
                Task.detached {
                    mailbox.post(await JobLogSaver.save(request, from: actions))
                }
            }
        }
    }

    /// Records the operator's decision about a change of unknown result, so it is not offered again.
    private func settle(_ id: String, _ decision: String) {
        guard let journal else { return }
        let record = JournalRecord.outcome(JournalOutcome(id: id, time: Date(), outcome: .unknown("settled by the operator"),
                                                          settlement: decision))
        do {
            try journal.append(record)
        } catch {
            mailbox.post(.localWriteFailed(error.description))
        }
    }

    /// Prepares the profile off the main loop; its `Msg.profileSwitched` installs it (or reports the failure).
    private func switchProfile(to name: String) {
        let mailbox = self.mailbox
        guard let profileSwitcher else {
            mailbox.post(.profileSwitched(.failure(ProfileSwitchFailure(
                profile: name, message: "this session has no config file to read profiles from"))))
            return
        }
        let pending = pendingProfiles
        Task.detached {
            let result = await profileSwitcher.prepare(profile: name)
            switch result {
            case .success(let prepared):
                pending.put(prepared)
                mailbox.post(.profileSwitched(.success(prepared.change)))
            case .failure(let failure):
                mailbox.post(.profileSwitched(.failure(failure)))
            }
        }
    }

    /// The new profile's source replaces the old one: every poller stops, and results still in flight from them
    /// go to a mailbox nobody reads. The model is reset by `update`, whose subscriptions start the new pollers.
    private func install(_ prepared: PreparedProfile) {
        poller.cancelAll()
        pollMailbox = Mailbox(wakeup: wakeup)
        poller = Poller(source: prepared.source, mailbox: pollMailbox)
        actions = prepared.actions
        prepared.activate(mailbox)
    }

    /// `:profile`: this environment's pulse is written to its cache, and the new one's cache is read (off the
    /// loop, into the new profile's mailbox), so the pulse shows the last picture of the environment switched to.
    private func switchPulseCache(to connection: ConnectionInfo) {
        guard let current = pulseCache else { return }
        if current.envID == model.connection.envID, current.flowID == model.connection.flowID {
            pulseCacheWriter?.consider(model.pulse, now: model.now, evenIfRecent: true)
        }
        guard !connection.isDemo else {
            pulseCache = nil
            return
        }
        let next = current.sibling(envID: connection.envID, flowID: connection.flowID)
        pulseCache = next
        next.loadInBackground(postingTo: pollMailbox)
    }

    public func stop() {
        poller.cancelAll()
        if let pulseCache, pulseCache.envID == model.connection.envID, pulseCache.flowID == model.connection.flowID {
            pulseCacheWriter?.flush(model.pulse, now: model.now)
        }
    }
}

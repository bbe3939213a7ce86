import GlueCore

/// The dashboard without a terminal: the model, its pollers and its mailbox. It applies messages through `update`,
/// carries out the effects it can, and re-diffs the subscriptions. The terminal runtime and the runtime tests both
/// drive it, so what the tests see is what the terminal draws.
public final class DashboardSession {
    public private(set) var model: Model
    public let mailbox: Mailbox
    private let poller: Poller

    /// What the terminal has to do after a batch of messages.
    public struct Outcome: Equatable, Sendable {
        public var changed = false
        public var repaintAll = false
        public var suspendToShell = false
        public var quit = false
    }

    private let actions: (any DashboardActions)?
    /// Runs `$EDITOR` for `Effect.openEditor`; the terminal runtime sets it, tests set a scripted one.
    public var editor: (any ExternalEditor)?
    /// What `:journal` reads.
    public var journal: JournalFile?

    public init(model: Model, source: any DashboardDataSource, mailbox: Mailbox,
                actions: (any DashboardActions)? = nil, editor: (any ExternalEditor)? = nil,
                journal: JournalFile? = nil) {
        self.model = model
        self.mailbox = mailbox
        self.poller = Poller(source: source, mailbox: mailbox)
        self.actions = actions ?? (source as? any DashboardActions)
        self.editor = editor
        self.journal = journal
    }

    public var activeSubscriptions: Set<Subscription> { poller.active }

    public func start() {
        poller.apply(subscriptions(model))
    }

    /// Applies `messages` and whatever the mailbox holds, in order.
    @discardableResult
    public func process(_ messages: [Msg]) -> Outcome {
        let batch = messages + mailbox.drain()
        var outcome = Outcome()
        guard !batch.isEmpty else { return outcome }
        let before = model
        var effects: [Effect] = []
        for message in batch {
            effects += update(&model, message)
        }
        for effect in effects {
            switch effect {
            case .quit: outcome.quit = true
            case .redrawAll: outcome.repaintAll = true
            case .suspendToShell: outcome.suspendToShell = true
            case .api(let request):
                guard let actions else { continue }
                let mailbox = self.mailbox
                Task.detached { mailbox.post(await actions.perform(request)) }
            case .openEditor(let request):
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
                Task.detached { mailbox.post(.journalLoaded(Result { () throws(JournalLoadError) in try journal.read() })) }
            case .refreshNow(let wanted):
                // Start anything new first, so a refresh of a just-wanted subscription is not lost.
                poller.apply(subscriptions(model))
                poller.refresh(wanted)
            }
        }
        poller.apply(subscriptions(model))
        outcome.changed = model != before
        outcome.quit = outcome.quit || model.isQuitting
        return outcome
    }

    public func stop() {
        poller.cancelAll()
    }
}

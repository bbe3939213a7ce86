import Foundation
import GlueCore
import GlueTerminal
import GlueUI

/// The loop that owns the terminal: wait for keys, resizes or mailbox messages (sleeping in `ppoll` when idle),
/// hand them all to the session at once, and draw once per batch — only when something changed.
/// Runs on the thread that calls `run()`; everything else reaches it through the mailbox.
public final class DashboardRuntime {
    private let session: DashboardSession
    private var themes: ThemeSet
    private let screen: TerminalScreen
    private let wakeup: Wakeup

    public var mailbox: Mailbox { session.mailbox }

    /// Where the pulse's last picture is kept between runs.
    public var pulseCache: PulseCacheFile? {
        get { session.pulseCache }
        set { session.pulseCache = newValue }
    }

    public init(model: Model, source: any DashboardDataSource, themes: ThemeSet, journal: JournalFile? = nil,
                drafts: DraftStore? = nil, profileSwitcher: (any ProfileSwitching)? = nil,
                terminal: TerminalConfiguration = TerminalConfiguration()) throws(TerminalError) {
        self.themes = themes
        self.screen = TerminalScreen(configuration: terminal)
        self.wakeup = try Wakeup()
        let connection = model.connection
        // A state's editor file goes beside its draft, so it outlives a killed dashboard.
        let editor = TerminalEditor(screen: screen) { request in
            guard let drafts, case .state(let ref) = request.purpose else { return nil }
            return drafts.editorPath(envID: connection.envID, flowID: connection.flowID, ref: ref)
        }
        self.session = DashboardSession(model: model, source: source, mailbox: Mailbox(wakeup: wakeup),
                                        editor: editor, journal: journal, profileSwitcher: profileSwitcher,
                                        wakeup: wakeup)
        session.drafts = drafts
    }

    /// Runs until the user quits or a termination signal arrives. The terminal is restored before this returns,
    /// whatever happened.
    public func run() throws(TerminalError) {
        try screen.start()
        defer {
            session.stop()
            screen.stop()
        }
        // A terminal without colours draws every theme in monochrome, which still shows focus and selection.
        if screen.colorCapability == .none { themes.forceMonochrome = true }
        let events = TerminalEventSource(screen: screen, wakeup: wakeup)
        session.process([.resized(screen.size)])
        draw()
        session.start()

        while true {
            var messages: [Msg] = []
            for event in events.wait(timeout: nil) {
                switch event {
                case .key(let key): messages.append(.key(key))
                case .resize(let size): messages.append(.resized(size))
                case .signal: messages.append(.terminationRequested)
                case .wake: break
                }
            }
            var outcome = session.process(messages)
            if outcome.quit {
                finishChangesInFlight(events)
                return
            }
            if outcome.suspendToShell {
                // Back from `fg`: the screen has repainted the last frame itself; draw what changed meanwhile.
                screen.suspendToShell()
                outcome = session.process([.resized(screen.size)])
                outcome.repaintAll = false
                outcome.changed = true
            }
            if outcome.repaintAll {
                draw(clearingFirst: true)
            } else if outcome.changed {
                draw()
            }
            for text in outcome.clipboard { screen.copyToClipboard(text) }
        }
    }

    /// Quitting with a change on its way waits for its answer, up to `quitWaitLimit`, saying so; a second
    /// termination signal quits at once. The performer journals the outcome either way (unknown when cut off).
    private func finishChangesInFlight(_ events: TerminalEventSource) {
        let deadline = ContinuousClock.now + Self.quitWaitLimit
        while true {
            let pending = session.changesInFlight.current
            // Also takes in the answers that arrived: a confirmed write removes its draft from disk.
            session.process(pending > 0 ? [.finishingChanges(pending)] : [])
            let left = deadline - ContinuousClock.now
            guard pending > 0, left > .zero else { return }
            draw()
            for event in events.wait(timeout: left) {
                if case .signal = event { return }
            }
        }
    }

    /// How long quitting waits for changes still on their way.
    static let quitWaitLimit = Duration.seconds(20)

    private func draw(clearingFirst: Bool = false) {
        let frame = view(session.model, theme: themes.theme(named: session.model.themeName))
        if clearingFirst { screen.drawClearingFirst(frame) } else { screen.draw(frame) }
    }
}

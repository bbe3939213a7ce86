import Foundation
import Glibc
import GlueCore
import GlueEvents
import GlueTerminal
import GlueUI
import HotglueAPI
import HotglueEmulator
import Logging

/// Everything `gluetop` (the dashboard) does from the command line to the first frame and back to the shell.
public struct DashboardLauncher {
    /// The demo or explicit flags; ignored when `profile` is set.
    public var target: DashboardTarget?
    /// A profile from the config file (`ProfileResolver`), with its secrets already read.
    public var profile: ResolvedProfile?
    /// The config `:profile` switches within, and whose keymap applies.
    public var config: GluetopConfig
    /// `--theme NAME`; nil: the profile's theme, else `default`.
    public var themeName: String?
    public var themeFile: String?
    public var readOnly: Bool
    public var paths: AppPaths

    public init(target: DashboardTarget? = nil, profile: ResolvedProfile? = nil, config: GluetopConfig = GluetopConfig(),
                themeName: String? = nil, themeFile: String? = nil, readOnly: Bool = false,
                paths: AppPaths = AppPaths()) {
        self.target = target
        self.profile = profile
        self.config = config
        self.themeName = themeName
        self.themeFile = themeFile
        self.readOnly = readOnly
        self.paths = paths
    }

    public func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw LaunchError("the dashboard needs a terminal on stdin and stdout (for scripts, see gluetop --help)")
        }
        FreedMemory.limitArenas(to: 2)
        let environment = ProcessInfo.processInfo.environment
        let themes = try ThemeLoader.load(selected: themeName ?? profile?.themeName ?? "default", file: themeFile,
                                          paths: paths, environment: environment)

        try? paths.ensureStateDirectory()
        let sink = LogFileSink(path: paths.logFile.path)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink) }
        CrashReport.register(logPath: sink.path)
        let logger = Logger(label: "gluetop")

        let webhooks = profile?.webhooks ?? (isDemo ? Self.demoWebhooks : nil)
        let events = profile?.events
        let eventSources = try runBlocking { try await DashboardEventSources.start(webhooks: webhooks, events: events) }
        let start: (configuration: HotglueConfiguration, connection: ConnectionInfo, emulator: RunningEmulator?)
        do {
            start = try resolveStart(demoWebhook: eventSources.webhookURL.map {
                EmulatorWebhookSettings(url: $0, secret: Self.demoWebhookSecret)
            })
        } catch {
            _ = try? runBlocking { await eventSources.shutdown() }
            throw error
        }
        var configuration = start.configuration
        configuration.logger = Logger(label: "gluetop.api")
        let client = HotglueClient(configuration: configuration)
        let clients = DashboardClients()
        clients.add(client)
        logger.info("dashboard starting", metadata: ["profile": "\(start.connection.profile)", "env": "\(configuration.environment)"])

        var model = Model(connection: start.connection, size: Size(width: 80, height: 24), now: Date(),
                          themeName: themes.selectedName, availableThemes: themes.set.names, keymap: config.keymap)
        if let profile {
            model.pulse.secondsPerCheck = profile.pulse.secondsPerCheck
            model.screen = profile.start
            model.copyAllowed = profile.copy
        }
        let pulseCache = PulseCacheFile(paths: paths, envID: start.connection.envID, flowID: start.connection.flowID)
        defer {
            _ = try? runBlocking {
                await eventSources.shutdown()
                await clients.shutdownAll()
                try await start.emulator?.shutdown()
            }
            logger.info("dashboard stopped")
        }
        let journalFile = JournalFile(paths: paths)
        let journal = ChangeJournal(file: journalFile, origin: "dashboard", profile: start.connection.profile,
                                     envID: start.connection.envID, flowID: start.connection.flowID)
        var switcher: ConfigProfileSwitcher?
        // With profiles configured, `:profile` works from any start (the demo and explicit flags too).
        if !config.profiles.isEmpty {
            model.availableProfiles = config.profileNames
            switcher = ConfigProfileSwitcher(config: config, readOnly: readOnly, resolver: SecretResolver(environment: environment),
                                             journalFile: journalFile, clients: clients)
        }
        let runtime = try DashboardRuntime(model: model, source: HotglueDataSource(client: client, journal: journal),
                                           themes: themes.set, journal: journalFile, drafts: DraftStore(paths: paths),
                                           profileSwitcher: switcher)
        if !start.connection.isDemo {
            runtime.pulseCache = pulseCache
            // The last picture of this environment's pulse, read off the loop (100,000 jobs take a while), shown
            // with its age as soon as it is there; checks and webhooks replace it. No file: an empty picture, so
            // the cache may be written from now on.
            pulseCache.loadInBackground(postingTo: runtime.mailbox)
        }
        clients.activate(client, mailbox: runtime.mailbox)
        eventSources.forward(to: runtime.mailbox)
        // While the dashboard owns the terminal, anything written to stderr (a library's warning, Swift's
        // "Fatal error" text) goes to the log instead of through the screen.
        let stderrRedirect = StandardErrorRedirect(to: sink.path)
        defer { stderrRedirect.restore() }
        try runtime.run()
    }

    /// The first connection: the profile, or the demo / explicit flags.
    private var isDemo: Bool {
        guard profile == nil, case .demo? = target else { return false }
        return true
    }

    /// The demo listens for its own emulator's webhooks on a free loopback port, signed with a secret made now.
    private static let demoWebhookSecret = (0..<4).map { _ in String(UInt64.random(in: 0...UInt64.max), radix: 16) }.joined()
    static let demoWebhooks = WebhookReceiverConfiguration(
        listen: ListenAddress(host: "127.0.0.1", port: 0), secret: WebhookSecret(demoWebhookSecret))

    private func resolveStart(demoWebhook: EmulatorWebhookSettings?) throws
        -> (configuration: HotglueConfiguration, connection: ConnectionInfo, emulator: RunningEmulator?)
    {
        if let profile {
            var connection = profile.connection
            connection.readOnly = connection.readOnly || readOnly
            return (profile.configuration, connection, nil)
        }
        guard let target else { throw LaunchError("nothing to open: give --profile, --demo or --base-url/--env/--flow") }
        let resolved = try runBlocking { try await target.resolve(webhook: demoWebhook) }
        let connection = ConnectionInfo(
            profile: resolved.profile, host: resolved.host, envID: resolved.configuration.environment.rawValue,
            flowID: resolved.configuration.flow.rawValue, readOnly: readOnly, production: false, isDemo: resolved.isDemo)
        return (resolved.configuration, connection, resolved.emulator)
    }
}

import Foundation
import Glibc
import GlueCore
import GlueTerminal
import GlueUI
import HotglueAPI
import Logging

/// Everything `gluetop` (the dashboard) does from the command line to the first frame and back to the shell.
public struct DashboardLauncher {
    public var target: DashboardTarget
    public var themeName: String
    public var themeFile: String?
    public var readOnly: Bool
    public var paths: AppPaths

    public init(target: DashboardTarget, themeName: String = "default", themeFile: String? = nil,
                readOnly: Bool = false, paths: AppPaths = AppPaths()) {
        self.target = target
        self.themeName = themeName
        self.themeFile = themeFile
        self.readOnly = readOnly
        self.paths = paths
    }

    public func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw LaunchError("the dashboard needs a terminal on stdin and stdout (for scripts, see gluetop --help)")
        }
        let environment = ProcessInfo.processInfo.environment
        let themes = try ThemeLoader.load(selected: themeName, file: themeFile, paths: paths, environment: environment)

        try? paths.ensureStateDirectory()
        let sink = LogFileSink(path: paths.logFile.path)
        LoggingSystem.bootstrap { label in FileLogHandler(label: label, sink: sink) }
        CrashReport.register(logPath: sink.path)
        let logger = Logger(label: "gluetop")

        let target = self.target
        let resolved = try runBlocking { try await target.resolve() }
        var configuration = resolved.configuration
        configuration.logger = Logger(label: "gluetop.api")
        let client = HotglueClient(configuration: configuration)
        logger.info("dashboard starting", metadata: ["profile": "\(resolved.profile)", "env": "\(configuration.environment)"])

        let connection = ConnectionInfo(
            profile: resolved.profile, host: resolved.host, envID: configuration.environment.rawValue,
            flowID: configuration.flow.rawValue, readOnly: readOnly, production: false, isDemo: resolved.isDemo)
        let model = Model(connection: connection, size: Size(width: 80, height: 24), now: Date(),
                          themeName: themes.selectedName, availableThemes: themes.set.names)
        defer {
            _ = try? runBlocking {
                await client.shutdown()
                try await resolved.emulator?.shutdown()
            }
            logger.info("dashboard stopped")
        }
        let journalFile = JournalFile(paths: paths)
        let journal = ActionJournal(file: journalFile, origin: "dashboard", profile: connection.profile,
                                    envID: connection.envID, flowID: connection.flowID)
        let runtime = try DashboardRuntime(model: model, source: HotglueDataSource(client: client, journal: journal),
                                           themes: themes.set, journal: journalFile)
        let feed = ClientActivityFeed(client: client, mailbox: runtime.mailbox)
        defer { feed.stop() }
        // While the dashboard owns the terminal, anything written to stderr (a library's warning, Swift's
        // "Fatal error" text) goes to the log instead of through the screen.
        let stderrRedirect = StandardErrorRedirect(to: sink.path)
        defer { stderrRedirect.restore() }
        try runtime.run()
    }
}

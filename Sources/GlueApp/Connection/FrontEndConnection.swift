import Foundation
import HotglueAPI
import HotglueModels
import Logging

/// The connection of a front-end that is not the dashboard (the script commands, the MCP server): the client's
/// configuration, the profile name the journal records, and the profile's guards. Resolved in one place, through
/// `ProfileResolver` (profiles from the config file, or the explicit flags with HOTGLUE_API_KEY), with the config
/// and state directories taken from the front-end's environment.
public struct FrontEndConnection: Sendable {
    public var configuration: HotglueConfiguration
    public var profile: String
    public var readOnly: Bool
    /// A production profile: every change needs a confirmation naming its target.
    public var production: Bool
    /// The environment the connection was resolved in (its XDG directories hold the journal and the log).
    public var environment: [String: String]

    public init(configuration: HotglueConfiguration, profile: String, readOnly: Bool, production: Bool,
                environment: [String: String]) {
        self.configuration = configuration
        self.profile = profile
        self.readOnly = readOnly
        self.production = production
        self.environment = environment
    }

    /// `userAgent` names the front-end to Hotglue; the retry policy and timeout are the front-end's own (a script
    /// waits longer than an agent should).
    public static func resolve(
        _ request: ProfileRequest, environment: [String: String], userAgent: String,
        retryPolicy: RetryPolicy = .standard, requestTimeout: Duration = .seconds(30)
    ) throws(ProfileError) -> FrontEndConnection {
        let resolved = try ProfileResolver.resolve(request, environment: environment,
                                                   paths: AppPaths(environment: environment))
        var configuration = resolved.configuration
        configuration.retryPolicy = retryPolicy
        configuration.requestTimeout = requestTimeout
        configuration.userAgent = userAgent
        configuration.logger = fileLogger(environment: environment)
        return FrontEndConnection(configuration: configuration, profile: resolved.name,
                                  readOnly: resolved.connection.readOnly, production: resolved.connection.production,
                                  environment: environment)
    }

    /// `$XDG_STATE_HOME/gluetop/journal.jsonl`, the file the dashboard writes, marked with the front-end's origin
    /// (`cli`, `mcp`) and, when known, who asked (an MCP client's name).
    public func journal(origin: String, client: String? = nil) -> ChangeJournal {
        ChangeJournal(file: JournalFile(paths: AppPaths(environment: environment)), origin: origin, profile: profile,
                      envID: configuration.environment.rawValue, flowID: configuration.flow.rawValue, client: client)
    }

    /// The client's log goes to the dashboard's log file ($XDG_STATE_HOME/gluetop/gluetop.log), never to the
    /// front-end's output (a script's result, an MCP server's stdio).
    public static func fileLogger(environment: [String: String], label: String = "gluetop.api") -> Logger {
        let paths = AppPaths(environment: environment)
        try? paths.ensureStateDirectory()
        let sink = LogFileSink(path: paths.logFile.path)
        return Logger(label: label) { label in FileLogHandler(label: label, sink: sink) }
    }
}

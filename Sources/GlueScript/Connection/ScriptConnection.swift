import Foundation
import GlueApp
import HotglueAPI
import HotglueModels
import Logging

/// The connection a script command uses: the client's configuration, the profile name the journal records, and
/// whether changes are allowed.
public struct ResolvedConnection: Sendable {
    public var configuration: HotglueConfiguration
    public var profile: String
    public var readOnly: Bool
    /// A production profile: changes need `--confirm <profile>`.
    public var production: Bool
    /// The name given with `--confirm`.
    public var confirmation: String?
}

/// Turns the connection options into a client configuration. This is the one place that does so, through the
/// config layer's `ProfileResolver` (profiles from the config file, or the explicit flags with HOTGLUE_API_KEY),
/// with the config and state directories taken from the command's environment.
enum ScriptConnection {
    static func resolve(_ options: ConnectionOptions, context: ScriptContext) throws(ScriptFailure) -> ResolvedConnection {
        let request = ProfileRequest(configPath: options.configPath, profile: options.profile,
                                     baseURL: options.baseURL, envID: options.envID, flowID: options.flowID,
                                     readOnly: options.readOnly)
        let resolved: ResolvedProfile
        do {
            resolved = try ProfileResolver.resolve(request, environment: context.environment,
                                                   paths: AppPaths(environment: context.environment))
        } catch {
            // Config-file problems and missing flags or secrets alike: the operator fixes the invocation (exit 2).
            throw .usage(error.description)
        }
        var configuration = resolved.configuration
        configuration.retryPolicy = context.retryPolicy
        configuration.requestTimeout = context.requestTimeout
        configuration.userAgent = "gluetop-cli"
        configuration.logger = logger(context)
        // Stdout and stderr belong to the command's result; retries are said only to a person at a terminal.
        if context.standardError.isTerminal {
            let errors = context.standardError
            configuration.onRetry = { event in errors.write("gluetop: \(event.summary)\n") }
        }
        return ResolvedConnection(configuration: configuration, profile: resolved.name,
                                  readOnly: resolved.connection.readOnly, production: resolved.connection.production,
                                  confirmation: options.confirm)
    }

    /// The client's log goes to the dashboard's log file ($XDG_STATE_HOME/gluetop/gluetop.log), never to the
    /// command's output.
    static func logger(_ context: ScriptContext) -> Logger {
        let paths = AppPaths(environment: context.environment)
        try? paths.ensureStateDirectory()
        let sink = LogFileSink(path: paths.logFile.path)
        return Logger(label: "gluetop.api") { label in FileLogHandler(label: label, sink: sink) }
    }
}

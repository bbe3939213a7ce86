import Foundation
import GlueApp
import HotglueAPI
import HotglueModels

/// The connection a script command uses: the client's configuration, the profile name the journal records, and
/// whether changes are allowed.
public struct ResolvedConnection: Sendable {
    /// What every front-end resolves alike: configuration, profile, guards, environment.
    public var shared: FrontEndConnection
    /// The name given with `--confirm`.
    public var confirmation: String?

    public var configuration: HotglueConfiguration { shared.configuration }
    public var profile: String { shared.profile }
    public var readOnly: Bool { shared.readOnly }
    /// A production profile: changes need `--confirm <profile>`.
    public var production: Bool { shared.production }
}

/// Turns the connection options into a client configuration, through the one resolution every front-end but the
/// dashboard shares (`FrontEndConnection`), with the config and state directories taken from the command's
/// environment.
enum ScriptConnection {
    static func resolve(_ options: ConnectionOptions, context: ScriptContext) throws(ScriptFailure) -> ResolvedConnection {
        let request = ProfileRequest(configPath: options.configPath, profile: options.profile,
                                     baseURL: options.baseURL, envID: options.envID, flowID: options.flowID,
                                     readOnly: options.readOnly)
        var shared: FrontEndConnection
        do {
            shared = try FrontEndConnection.resolve(request, environment: context.environment, userAgent: "gluetop-cli",
                                                    retryPolicy: context.retryPolicy,
                                                    requestTimeout: context.requestTimeout)
        } catch {
            // Config-file problems and missing flags or secrets alike: the operator fixes the invocation (exit 2).
            throw .usage(error.description)
        }
        // Stdout and stderr belong to the command's result; retries are said only to a person at a terminal.
        if context.standardError.isTerminal {
            let errors = context.standardError
            shared.configuration.onRetry = { event in errors.write("gluetop: \(event.summary)\n") }
        }
        return ResolvedConnection(shared: shared, confirmation: options.confirm)
    }
}

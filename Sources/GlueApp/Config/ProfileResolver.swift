import Foundation
import GlueCore
import GlueEvents
import GlueRelay
import HotglueAPI
import HotglueModels

/// What the command line said about where to connect; every field optional. Shared by the dashboard and the
/// script commands so `--profile`, `--config` and the explicit flags mean the same everywhere.
public struct ProfileRequest: Sendable {
    public var configPath: String?
    public var profile: String?
    public var baseURL: String?
    public var envID: String?
    public var flowID: String?
    public var readOnly: Bool

    public init(configPath: String? = nil, profile: String? = nil, baseURL: String? = nil, envID: String? = nil,
                flowID: String? = nil, readOnly: Bool = false) {
        self.configPath = configPath
        self.profile = profile
        self.baseURL = baseURL
        self.envID = envID
        self.flowID = flowID
        self.readOnly = readOnly
    }

    var hasExplicitTarget: Bool { baseURL != nil || envID != nil || flowID != nil }
}

/// A profile ready to connect: its secrets were read at this call.
public struct ResolvedProfile: Sendable {
    /// The profile's name, or `cli` for `--base-url/--env/--flow` without a profile.
    public var name: String
    public var configuration: HotglueConfiguration
    /// What the header shows: profile, host, environment, flow, and the read-only and production marks.
    public var connection: ConnectionInfo
    /// The theme the profile names, if any.
    public var themeName: String?
    /// The profile's `webhooks:` with its secret read: start `WebhookReceiver.start(webhooks)` with it.
    public var webhooks: WebhookReceiverConfiguration? = nil
    /// The profile's `events:`: the relay's database to read webhooks from.
    public var events: DatabaseAddress? = nil
    public var pulse = ProfilePulse()
    public var start: Screen = .dashboard
    /// `copy: false`: `c` does not copy through the terminal.
    public var copy = true
}

/// Why no client could be made: one operator line, never a secret. `isConfigError` tells a broken config file
/// (exit 2 in scripts) from a missing secret or flag.
public struct ProfileError: Error, CustomStringConvertible, Sendable, Equatable {
    public let description: String
    public let isConfigError: Bool

    public init(_ description: String, isConfigError: Bool = false) {
        self.description = description
        self.isConfigError = isConfigError
    }

    init(_ error: ConfigError) {
        self.init(error.description, isConfigError: true)
    }
}

public enum ProfileResolver {
    /// Loads the config (if any), picks the profile and resolves its secrets.
    public static func resolve(_ request: ProfileRequest,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               paths: AppPaths = AppPaths()) throws(ProfileError) -> ResolvedProfile {
        let config: GluetopConfig
        do {
            config = try ConfigLoader.load(path: request.configPath, paths: paths, environment: environment)
        } catch {
            throw ProfileError(error)
        }
        return try resolve(request, config: config, resolver: SecretResolver(environment: environment))
    }

    /// The same with an already-loaded config (the dashboard keeps one for `:profile`).
    public static func resolve(_ request: ProfileRequest, config: GluetopConfig,
                               resolver: SecretResolver) throws(ProfileError) -> ResolvedProfile {
        guard let profile = try choose(request, config: config) else {
            return try explicitTarget(request, environment: resolver.environment)
        }
        return try resolve(profile, request: request, resolver: resolver)
    }

    /// Which profile applies: `--profile`, else (without explicit flags) the default or the only one; nil means the
    /// explicit flags alone.
    public static func choose(_ request: ProfileRequest, config: GluetopConfig) throws(ProfileError) -> Profile? {
        if let name = request.profile {
            guard let profile = config.profile(named: name) else {
                if config.profiles.isEmpty {
                    let file = config.files.last ?? request.configPath ?? AppPaths().configFile.path
                    throw ProfileError("no profile '\(name)': no profiles are configured (\(file))")
                }
                throw ProfileError("no profile '\(name)': profiles are \(GluetopConfig.list(config.profileNames))")
            }
            return profile
        }
        if request.baseURL != nil || request.envID != nil { return nil }
        if let name = config.defaultProfile { return config.profile(named: name) }
        if config.profiles.count == 1 { return config.profiles[0] }
        if config.profiles.count > 1, request.flowID == nil {
            throw ProfileError("several profiles and no default_profile: pick one with --profile (\(GluetopConfig.list(config.profileNames)))")
        }
        return nil
    }

    /// A profile's client configuration, with `--base-url`, `--env`, `--flow` overriding it.
    public static func resolve(_ profile: Profile, request: ProfileRequest = ProfileRequest(),
                               resolver: SecretResolver) throws(ProfileError) -> ResolvedProfile {
        let baseURL = request.baseURL ?? profile.baseURL
        let env = request.envID ?? profile.envID
        let flow = request.flowID ?? profile.defaultFlow
        guard let url = URLComponentsLite(baseURL), ["http", "https"].contains(url.scheme) else {
            throw ProfileError("--base-url '\(baseURL)' is not an http(s) URL, e.g. https://api.hotglue.com")
        }
        let apiKey: Secret
        var signingKey: Secret?
        var webhooks: WebhookReceiverConfiguration?
        do {
            apiKey = try resolver.resolve(profile.apiKey, profile: profile.name, field: "api_key")
            if let source = profile.tenantSigningKey {
                signingKey = try resolver.resolve(source, profile: profile.name, field: "tenant_signing_key")
            }
            webhooks = try profile.webhooks?.receiverConfiguration(profile: profile.name, resolver: resolver)
        } catch {
            throw ProfileError(error.description)
        }
        let configuration = HotglueConfiguration(
            baseURL: baseURL, environment: EnvironmentID(env), flow: FlowID(flow), apiKey: apiKey,
            keyKind: profile.apiKeyKind, tenantSigningKey: signingKey)
        let connection = ConnectionInfo(profile: profile.name, host: url.authority, envID: env, flowID: flow,
                                        readOnly: profile.readOnly || request.readOnly, production: profile.production)
        let events = try profile.events?.address(profile: profile.name, resolver: resolver)
        return ResolvedProfile(name: profile.name, configuration: configuration, connection: connection,
                               themeName: profile.theme, webhooks: webhooks, events: events, pulse: profile.pulse,
                               start: profile.start, copy: profile.copy)
    }

    /// No profile: `--base-url`, `--env`, `--flow` and HOTGLUE_API_KEY, as before profiles existed.
    static func explicitTarget(_ request: ProfileRequest, environment: [String: String]) throws(ProfileError) -> ResolvedProfile {
        let missing = [("--base-url", request.baseURL), ("--env", request.envID), ("--flow", request.flowID)]
            .filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty, let baseURL = request.baseURL, let env = request.envID, let flow = request.flowID else {
            throw ProfileError("missing \(missing.joined(separator: ", ")) (or --profile NAME from the config file, or --demo to try gluetop on its emulator)")
        }
        guard let url = URLComponentsLite(baseURL), ["http", "https"].contains(url.scheme) else {
            throw ProfileError("--base-url '\(baseURL)' is not an http(s) URL, e.g. https://api.hotglue.com")
        }
        guard let key = environment["HOTGLUE_API_KEY"], !key.isEmpty else {
            throw ProfileError("set HOTGLUE_API_KEY to the environment's secret API key (or use --profile)")
        }
        let configuration = HotglueConfiguration(baseURL: baseURL, environment: EnvironmentID(env), flow: FlowID(flow),
                                                 apiKey: Secret(key))
        let connection = ConnectionInfo(profile: "cli", host: url.authority, envID: env, flowID: flow,
                                        readOnly: request.readOnly)
        return ResolvedProfile(name: "cli", configuration: configuration, connection: connection, themeName: nil)
    }
}

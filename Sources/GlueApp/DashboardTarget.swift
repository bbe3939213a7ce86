import Foundation
import HotglueAPI
import HotglueEmulator
import HotglueModels

/// Which API the dashboard opens: the in-process emulator (`--demo`) or a real environment.
public enum DashboardTarget: Sendable {
    case demo(seed: UInt64)
    case remote(baseURL: String, env: String, flow: String, apiKey: Secret, profile: String)
}

/// An error the operator can fix before the dashboard starts, said in one line.
public struct LaunchError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A started API endpoint: the client's configuration, what the header shows, and how to stop the emulator.
struct ResolvedTarget: Sendable {
    var configuration: HotglueConfiguration
    var profile: String
    var host: String
    var isDemo: Bool
    var emulator: RunningEmulator?
}

extension DashboardTarget {
    /// `webhook`: where the demo's emulator posts its webhooks (the dashboard's own listener).
    func resolve(webhook: EmulatorWebhookSettings? = nil) async throws -> ResolvedTarget {
        switch self {
        case .demo(let seed):
            var settings = EmulatorSettings()
            settings.seed = seed
            settings.liveDemo = true
            settings.webhook = webhook
            let emulator = try await HotglueEmulatorServer.start(settings, host: "127.0.0.1", port: 0)
            let configuration = HotglueConfiguration(
                baseURL: emulator.baseURL, environment: EnvironmentID(settings.envID), flow: FlowID(settings.flowID),
                apiKey: Secret(settings.apiKey))
            return ResolvedTarget(configuration: configuration, profile: "demo", host: "127.0.0.1:\(emulator.port)",
                                  isDemo: true, emulator: emulator)
        case .remote(let baseURL, let env, let flow, let apiKey, let profile):
            guard let url = URL(string: baseURL), let scheme = url.scheme, ["http", "https"].contains(scheme),
                  let host = url.host else {
                throw LaunchError("--base-url '\(baseURL)' is not an http(s) URL, e.g. https://api.hotglue.com")
            }
            let configuration = HotglueConfiguration(
                baseURL: baseURL, environment: EnvironmentID(env), flow: FlowID(flow), apiKey: apiKey)
            return ResolvedTarget(configuration: configuration, profile: profile,
                                  host: host + (url.port.map { ":\($0)" } ?? ""), isDemo: false, emulator: nil)
        }
    }
}

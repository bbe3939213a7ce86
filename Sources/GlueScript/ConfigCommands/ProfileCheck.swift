import Foundation
import GlueApp
import HotglueAPI

/// One profile's check: its secrets read, its environment's tenants listed with its key.
struct ProfileCheck: Sendable {
    var profile: String
    var target: String
    /// The number of tenants on success; the operator's words on failure.
    var outcome: Result<Int, ProfileCheckFailure>

    var isOK: Bool {
        if case .success = outcome { return true }
        return false
    }

    /// Checks every profile at once (each with its own client); the results are in the profiles' order.
    static func run(_ profiles: [Profile], context: ScriptContext) async -> [ProfileCheck] {
        await withTaskGroup(of: (Int, ProfileCheck).self) { group in
            for (index, profile) in profiles.enumerated() {
                group.addTask { (index, await check(profile, context: context)) }
            }
            var results: [(Int, ProfileCheck)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    static func check(_ profile: Profile, context: ScriptContext) async -> ProfileCheck {
        let target = "\(profile.baseURL) · env \(profile.envID) · flow \(profile.defaultFlow)"
        let resolved: ResolvedProfile
        do {
            resolved = try ProfileResolver.resolve(profile, resolver: SecretResolver(environment: context.environment))
        } catch {
            return ProfileCheck(profile: profile.name, target: target, outcome: .failure(ProfileCheckFailure(error.description)))
        }
        var configuration = resolved.configuration
        configuration.retryPolicy = context.retryPolicy
        configuration.requestTimeout = context.requestTimeout
        configuration.userAgent = "gluetop-config-check"
        let client = HotglueClient(configuration: configuration)
        let outcome: Result<Int, ProfileCheckFailure>
        do {
            outcome = .success(try await client.listTenants().count)
        } catch {
            outcome = .failure(ProfileCheckFailure(error.message))
        }
        await client.shutdown()
        return ProfileCheck(profile: profile.name, target: target, outcome: outcome)
    }
}

struct ProfileCheckFailure: Error, Sendable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// The check's text: the files read, then one line per profile.
enum ConfigCheckReport {
    static func header(_ config: GluetopConfig) -> String {
        let files = config.files.joined(separator: " + ")
        let count = config.profiles.count
        return "config \(files): ok (\(count) profile\(count == 1 ? "" : "s"), default \(config.defaultProfile ?? "none"))\n"
    }

    static func rows(_ checks: [ProfileCheck]) -> String {
        let width = checks.map(\.profile.count).max() ?? 0
        var text = ""
        for check in checks {
            let name = check.profile.padding(toLength: width, withPad: " ", startingAt: 0)
            switch check.outcome {
            case .success(let tenants):
                text += "\(name)  ok     \(tenants) tenant\(tenants == 1 ? "" : "s")  \(check.target)\n"
            case .failure(let failure):
                text += "\(name)  error  \(failure.message)\n"
            }
        }
        return text
    }
}

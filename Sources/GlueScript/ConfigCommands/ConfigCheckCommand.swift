import ArgumentParser
import GlueApp
import HotglueAPI

/// `gluetop config check`: loads the config (team files and the user's), then reaches each profile's API with
/// its own key (GET tenants) and says per profile whether it works, in the dashboard's words.
public struct ConfigCheckCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the config file and reach every profile's API.",
        discussion: """
            Reads the config (and the team files it includes), reads each profile's secrets, and lists the
            tenants of each profile's environment with its key.
            Exit codes: 0 every profile works, 1 a profile could not be reached (or its secret read), 2 the config
            file is wrong (the message names the file, the line and the key).
            """)

    @Option(name: .customLong("config"), help: ArgumentHelp("Config file (default: $XDG_CONFIG_HOME/gluetop/config.yaml).", valueName: "path"))
    public var configPath: String?

    @Option(help: "Check only this profile.")
    public var profile: String?

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let paths = AppPaths(environment: context.environment)
        let config: GluetopConfig
        do {
            config = try ConfigLoader.load(path: configPath, paths: paths, environment: context.environment)
        } catch {
            throw ScriptFailure(.usage, error.description)
        }
        guard !config.files.isEmpty else {
            throw ScriptFailure(.usage, "no config file at \(paths.configFile.path) (or give --config PATH)")
        }
        var profiles = config.profiles
        if let profile {
            guard let chosen = config.profile(named: profile) else {
                throw ScriptFailure(.usage, "no profile '\(profile)': profiles are \(config.profileNames.joined(separator: ", "))")
            }
            profiles = [chosen]
        }
        context.standardOutput.write(ConfigCheckReport.header(config))
        let results = await ProfileCheck.run(profiles, context: context)
        context.standardOutput.write(ConfigCheckReport.rows(results))
        let failed = results.filter { !$0.isOK }
        if !failed.isEmpty {
            let names = failed.map(\.profile).joined(separator: ", ")
            throw ScriptFailure(.apiError, "\(failed.count) of \(results.count) profile(s) failed: \(names)")
        }
    }
}

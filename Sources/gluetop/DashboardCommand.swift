import ArgumentParser
import Foundation
import GlueApp

/// `gluetop [dashboard]`: the dashboard. With `--demo` it brings its own emulator; otherwise it opens a real
/// environment.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "A terminal dashboard for operating Hotglue integrations.",
        discussion: """
            Watch tenants, linked connectors, discovery, connector state and jobs live.
              gluetop --demo                       open the dashboard on a built-in emulator
              gluetop --profile prod               a profile of ~/.config/gluetop/config.yaml
              gluetop --base-url URL --env ENV --flow FLOW   with HOTGLUE_API_KEY set
              gluetop config check                 check the config file and reach every profile
              gluetop emulator --port 8787         serve the emulator for other tools
            """
    )

    @Flag(help: "Open the dashboard on an emulator started in this process: nothing else needs to run.")
    var demo = false

    @Option(help: "Seed of the demo world.")
    var seed: UInt64 = 42

    @Option(name: .customLong("base-url"), help: "Hotglue API base URL, e.g. https://api.hotglue.com")
    var baseURL: String?

    @Option(name: .customLong("env"), help: "Environment id, e.g. prod.hg.example.com")
    var envID: String?

    @Option(name: .customLong("flow"), help: "Flow id, e.g. l8odS2mce")
    var flowID: String?

    @Option(help: "A profile of the config file (default: its default_profile).")
    var profile: String?

    @Option(help: "The config file (default: $XDG_CONFIG_HOME/gluetop/config.yaml).")
    var config: String?

    @Option(help: "Theme: a name from themes/ (default, high-contrast, mono) or a path to a theme YAML file.")
    var theme: String?

    @Flag(help: "Remove every mutation from keys, palette and help.")
    var readonly = false

    /// Checked in `run()`, not `validate()`: ArgumentParser validates the root of `gluetop emulator` too.
    private func checkDemo() throws {
        if demo, baseURL != nil || envID != nil || flowID != nil || profile != nil {
            throw ValidationError("--demo brings its own emulator: leave out --profile, --base-url, --env and --flow")
        }
    }

    /// Without a profile: the explicit flags, all three, as before profiles existed.
    private func checkExplicitFlags() throws {
        let missing = [("--base-url", baseURL), ("--env", envID), ("--flow", flowID)].filter { $0.1 == nil }.map(\.0)
        if !missing.isEmpty {
            throw ValidationError("missing \(missing.joined(separator: ", ")) (or --profile NAME from the config file, or --demo to try gluetop on its emulator)")
        }
        guard let key = ProcessInfo.processInfo.environment["HOTGLUE_API_KEY"], !key.isEmpty else {
            throw ValidationError("set HOTGLUE_API_KEY to the environment's secret API key")
        }
    }

    func run() throws {
        try checkDemo()
        let isPath = theme.map { $0.contains("/") || $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") } ?? false
        do {
            let loaded = try ConfigLoader.load(path: config)
            var launcher = DashboardLauncher(config: loaded, themeName: isPath ? "custom" : theme,
                                             themeFile: isPath ? theme : nil, readOnly: readonly)
            if demo {
                launcher.target = .demo(seed: seed)
            } else {
                let request = ProfileRequest(configPath: config, profile: profile, baseURL: baseURL, envID: envID,
                                             flowID: flowID, readOnly: readonly)
                if try ProfileResolver.choose(request, config: loaded) == nil { try checkExplicitFlags() }
                launcher.profile = try ProfileResolver.resolve(request, config: loaded, resolver: SecretResolver())
            }
            try launcher.run()
        } catch let error as ConfigError {
            throw Self.fail(error.description)
        } catch let error as ProfileError {
            throw Self.fail(error.description)
        } catch let error as LaunchError {
            throw Self.fail(error.description)
        }
    }

    /// Says what is wrong on stderr and gives the exit status for it (2: the setup, not the API).
    private static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("gluetop: \(message)\n".utf8))
        return ExitCode(2)
    }
}

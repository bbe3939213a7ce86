import ArgumentParser
import Foundation
import GlueApp
import HotglueAPI

/// `gluetop [dashboard]`: the dashboard. With `--demo` it brings its own emulator; otherwise it opens a real
/// environment.
struct DashboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "A terminal dashboard for operating Hotglue integrations.",
        discussion: """
            Watch tenants, linked connectors, discovery, connector state and jobs live.
              gluetop --demo                       open the dashboard on a built-in emulator
              gluetop --base-url URL --env ENV --flow FLOW   with HOTGLUE_API_KEY set
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

    @Option(help: "Theme: a name from themes/ (default, high-contrast, mono) or a path to a theme YAML file.")
    var theme: String = "default"

    @Flag(help: "Remove every mutation from keys, palette and help.")
    var readonly = false

    /// Checked in `run()`, not `validate()`: ArgumentParser validates the root of `gluetop emulator` too.
    private func checkTarget() throws {
        if demo, baseURL != nil || envID != nil || flowID != nil {
            throw ValidationError("--demo brings its own emulator: leave out --base-url, --env and --flow")
        }
        if !demo {
            let missing = [("--base-url", baseURL), ("--env", envID), ("--flow", flowID)].filter { $0.1 == nil }.map(\.0)
            if !missing.isEmpty {
                throw ValidationError("missing \(missing.joined(separator: ", ")) (or use --demo to try gluetop on its emulator)")
            }
        }
    }

    func run() throws {
        try checkTarget()
        let target: DashboardTarget
        if demo {
            target = .demo(seed: seed)
        } else {
            guard let key = ProcessInfo.processInfo.environment["HOTGLUE_API_KEY"], !key.isEmpty else {
                throw ValidationError("set HOTGLUE_API_KEY to the environment's secret API key")
            }
            target = .remote(baseURL: baseURL!, env: envID!, flow: flowID!, apiKey: Secret(key), profile: "cli")
        }
        let isPath = theme.contains("/") || theme.hasSuffix(".yaml") || theme.hasSuffix(".yml")
        let launcher = DashboardLauncher(target: target, themeName: isPath ? "custom" : theme,
                                         themeFile: isPath ? theme : nil, readOnly: readonly)
        do {
            try launcher.run()
        } catch let error as LaunchError {
            FileHandle.standardError.write(Data("gluetop: \(error.description)\n".utf8))
            throw ExitCode(2)
        }
    }
}

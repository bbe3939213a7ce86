import ArgumentParser

/// Which environment and flow a script command talks to; the same group in every command: a profile from the
/// config file, or the explicit flags with the API key from `HOTGLUE_API_KEY` (never a flag: flags end up in
/// shell history and `ps`).
public struct ConnectionOptions: ParsableArguments {
    @Option(help: "Profile from the config file.")
    public var profile: String?

    @Option(name: .customLong("config"), help: ArgumentHelp("Config file (default: $XDG_CONFIG_HOME/gluetop/config.yaml).", valueName: "path"))
    public var configPath: String?

    @Option(name: .customLong("base-url"), help: "Hotglue API base URL, e.g. https://api.hotglue.com")
    public var baseURL: String?

    @Option(name: .customLong("env"), help: "Environment id, e.g. prod.hg.example.com")
    public var envID: String?

    @Option(name: .customLong("flow"), help: "Flow id, e.g. l8odS2mce")
    public var flowID: String?

    @Flag(name: .customLong("readonly"), help: "Refuse every change (a read-only profile does too).")
    public var readOnly = false

    @Option(help: ArgumentHelp("With a production profile: its name, to allow a change (as the dashboard asks).",
                               valueName: "profile"))
    public var confirm: String?

    public init() {}
}

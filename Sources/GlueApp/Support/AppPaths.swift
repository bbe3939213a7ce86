import Foundation

/// Where gluetop keeps its files, by the XDG base directory spec.
public struct AppPaths: Sendable {
    public var configDirectory: URL
    public var stateDirectory: URL
    /// `$XDG_CACHE_HOME/gluetop` (`~/.cache/gluetop`): what can be thrown away, like the pulse's last picture.
    public var cacheDirectory: URL

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent(".config")
        let state = environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent(".local/state")
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? home.appendingPathComponent(".cache")
        cacheDirectory = cache.appendingPathComponent("gluetop")
        configDirectory = config.appendingPathComponent("gluetop")
        stateDirectory = state.appendingPathComponent("gluetop")
    }

    public var logFile: URL { stateDirectory.appendingPathComponent("gluetop.log") }
    public var journalFile: URL { stateDirectory.appendingPathComponent("journal.jsonl") }
    public var configFile: URL { configDirectory.appendingPathComponent("config.yaml") }

    /// Creates the state directory (0700: it holds the journal and log).
    public func ensureStateDirectory() throws {
        try FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}

import Foundation

/// Finds and reads the config: `--config PATH`, else `$XDG_CONFIG_HOME/gluetop/config.yaml` (absent: no profiles,
/// the dashboard behaves as without a config). A file's `include:` names team files, read first and overridden by
/// the including file field by field — the way a private `config.yaml` adds its own API key to a shared profile:
/// ```yaml
/// include: team.yaml          # relative to this file; or a list
/// profiles:
///   prod:
///     api_key: command:pass show hotglue/prod
/// ```
public enum ConfigLoader {
    /// `path` is `--config`: it must exist. Without it a missing default file is an empty config.
    public static func load(path: String?, paths: AppPaths = AppPaths(),
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ConfigError) -> GluetopConfig {
        let file = path.map { PathExpansion.expand($0, environment: environment) } ?? paths.configFile.path
        guard path != nil || FileManager.default.fileExists(atPath: file) else { return GluetopConfig() }
        let user = try read(file, location: nil)
        var documents: [ConfigDocument] = []
        let directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        for include in user.includes {
            let expanded = PathExpansion.expand(include.value, environment: environment, relativeTo: directory)
            let team = try read(expanded, location: include.location)
            if let nested = team.includes.first {
                throw nested.location.error("include", "an included file cannot include others (only one level: a team file and your own)")
            }
            documents.append(team)
        }
        documents.append(user)
        return try GluetopConfig.merge(documents)
    }

    /// Parses `text` as the only file (tests, and `config check` on a given text).
    static func parse(_ text: String, file: String) throws(ConfigError) -> GluetopConfig {
        try GluetopConfig.merge([ConfigParser.parse(text, file: file)])
    }

    private static func read(_ file: String, location: SourceLocation?) throws(ConfigError) -> ConfigDocument {
        let text: String
        do {
            text = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            let reason = FileManager.default.fileExists(atPath: file) ? "cannot be read" : "no such file"
            if let location { throw location.error("include", "\(file): \(reason)") }
            throw ConfigError(file: file, line: nil, key: "(file)", reason: reason)
        }
        return try ConfigParser.parse(text, file: file)
    }
}

/// `~/x` and relative paths as a shell user expects them.
enum PathExpansion {
    static func expand(_ path: String, environment: [String: String], relativeTo directory: URL? = nil) -> String {
        if path == "~" || path.hasPrefix("~/") {
            let home = environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path
            return home + path.dropFirst()
        }
        if path.hasPrefix("/") { return path }
        guard let directory else { return path }
        return directory.appendingPathComponent(path).standardizedFileURL.path
    }
}

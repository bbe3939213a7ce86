import Foundation
@testable import GlueApp
import Testing

/// A private temporary directory for config tests, removed when the value goes away.
final class ConfigScratch {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-config-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: directory) }

    /// Writes `text` to `name` with `mode`; returns the path.
    @discardableResult
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// Parses `yaml` as a config named `config.yaml` and returns the error's text (nil when it loaded).
func configError(_ yaml: String) -> String? {
    do {
        _ = try ConfigLoader.parse(yaml, file: "config.yaml")
        return nil
    } catch {
        return error.description
    }
}

/// A valid profile body, to vary one field at a time.
let validProfileYAML = """
    profiles:
      prod:
        base_url: https://api.hotglue.com
        env_id: prod.hg.example.com
        flows: [l8odS2mce]
        api_key: env:HG_PROD_KEY
    """

/// The `prod` profile of `validProfileYAML` with `lines` added to it.
func prodProfile(_ lines: String) throws -> Profile {
    let config = try ConfigLoader.parse(validProfileYAML + "\n" + lines + "\n", file: "config.yaml")
    return try #require(config.profile(named: "prod"))
}

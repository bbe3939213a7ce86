import Foundation
import GlueUI
import Logging

/// Finds the themes: the built-in ones, then YAML files in the themes folders (the project's `themes/`, the one
/// installed beside the binary, and `$XDG_CONFIG_HOME/gluetop/themes`), a file of the same name replacing a
/// built-in. A theme given by path (`--theme ./dusk.yaml`) must load; other broken files are skipped and logged.
public enum ThemeLoader {
    public struct Loaded: Sendable {
        public var set: ThemeSet
        public var selectedName: String
    }

    public static func load(selected: String, file: String?, paths: AppPaths,
                            environment: [String: String]) throws -> Loaded {
        var themes: [String: Theme] = [:]
        for theme in Theme.builtIn { themes[theme.name] = theme }
        for directory in searchDirectories(paths: paths) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { continue }
            for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let path = directory.appendingPathComponent(name).path
                do {
                    let theme = try ThemeFile.load(path: path)
                    themes[theme.name] = theme
                } catch {
                    Logger(label: "gluetop.themes").warning("theme skipped: \(error.description)")
                }
            }
        }
        var selectedName = selected
        if let file {
            let theme = try ThemeFile.load(path: file)
            themes[theme.name] = theme
            selectedName = theme.name
        }
        guard themes[selectedName] != nil else {
            throw LaunchError("no theme '\(selectedName)': themes are \(themes.keys.sorted().joined(separator: ", ")), or give a path to a theme file")
        }
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        let set = ThemeSet(themes: themes, fallback: themes[selectedName] ?? .default, forceMonochrome: noColor)
        return Loaded(set: set, selectedName: selectedName)
    }

    static func searchDirectories(paths: AppPaths) -> [URL] {
        var directories: [URL] = []
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        // .build/release/gluetop → the package's themes/; /usr/local/bin/gluetop → /usr/local/share/gluetop/themes
        directories.append(executable.deletingLastPathComponent().appendingPathComponent("../../themes").standardizedFileURL)
        directories.append(executable.deletingLastPathComponent().appendingPathComponent("../share/gluetop/themes").standardizedFileURL)
        directories.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("themes"))
        directories.append(paths.configDirectory.appendingPathComponent("themes"))
        var seen: Set<String> = []
        return directories.filter { seen.insert($0.path).inserted }
    }
}

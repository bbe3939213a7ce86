import Foundation
import Testing

/// Programs some tests run (tmux, jq, groff, tic): where they are, and whether a test needing them runs.
public enum NeededTool {
    /// True when the suite runs in CI (`CI=true`), which installs every tool: there nothing may be skipped.
    public static var inCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The program's path on PATH (or in /usr/bin, /usr/local/bin), nil when it is not installed.
    public static func path(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        return directories.lazy.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test when `condition` holds. Under `CI=true` it always runs, so what is missing fails it loudly
    /// instead of skipping it; elsewhere it is skipped, saying why (the closing line of run-all.sh counts it).
    public static func needs(_ met: Bool, _ what: String) -> Self {
        .enabled(if: met || NeededTool.inCI, "\(what) is missing: skipped (under CI=true it fails instead)")
    }

    /// Runs the test when every tool is installed (see `needs(_:_:)`).
    public static func needsTools(_ names: String...) -> Self {
        let missing = names.filter { NeededTool.path($0) == nil }
        return needs(missing.isEmpty, missing.joined(separator: ", "))
    }
}

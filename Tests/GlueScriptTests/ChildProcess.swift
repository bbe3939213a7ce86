import Foundation
import TestSupport

/// Runs a gluetop script command to its end (`ChildSpawn`), stdin from a file, stdout a pipe as in `gluetop … | jq`.
enum ChildProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ argv: [String], stdin: String = "", environment: [String: String]) async throws -> Result {
        try await ChildSpawn.offThePool {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("gluescript-child-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let inputPath = directory.appendingPathComponent("stdin").path
            let errorPath = directory.appendingPathComponent("stderr").path
            try stdin.write(toFile: inputPath, atomically: true, encoding: .utf8)
            let ended = try ChildSpawn.runToEnd(argv, stdinPath: inputPath, stdout: .pipe, stderrPath: errorPath,
                                                environment: environment)
            return Result(status: ended.status, stdout: String(decoding: ended.piped, as: UTF8.self),
                          stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
        }
    }

    /// jq, where installed (CI installs it).
    static var jqPath: String? { NeededTool.path("jq") }

    /// The gluetop binary: GLUETOP_BINARY, else the newest build in this package.
    static var gluetopPath: String? {
        if let path = ProcessInfo.processInfo.environment["GLUETOP_BINARY"],
           FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        // The newest of the two builds: the other may predate the script commands.
        let candidates = ["debug", "release"].map { root.appendingPathComponent(".build/\($0)/gluetop").path }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) }
    }
}

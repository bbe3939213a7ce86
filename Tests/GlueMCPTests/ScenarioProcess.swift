import Foundation
import TestSupport

/// Runs a scenario script to its end (`ChildSpawn`, off the cooperative pool the in-process emulator answers
/// from), with stdout and stderr in files.
enum ScenarioProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ argv: [String], environment: [String: String]) async throws -> Result {
        try await ChildSpawn.offThePool {
            let directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("gluemcp-child-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let outPath = directory.appendingPathComponent("stdout").path
            let errPath = directory.appendingPathComponent("stderr").path
            let ended = try ChildSpawn.runToEnd(argv, stdout: .file(outPath), stderrPath: errPath, environment: environment)
            return Result(status: ended.status, stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
                          stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "")
        }
    }
}

struct ScenarioError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

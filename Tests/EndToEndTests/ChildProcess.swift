import Foundation
import TestSupport

/// The end-to-end tests' programs (tmux, stty, the emulator's helpers), run to their end by `ChildSpawn`.
enum ChildProcess {
    /// Runs `argv` with stdin from /dev/null and stdout and stderr into `outputPath`; returns the exit status.
    static func run(_ argv: [String], outputPath: String = "/dev/null", environment: [String: String]? = nil) throws -> Int32 {
        do {
            return try ChildSpawn.runToEnd(argv, stdout: .file(outputPath), stderrPath: nil,
                                           environment: environment ?? ProcessInfo.processInfo.environment).status
        } catch let failure as ChildSpawn.Failure {
            throw E2EError(failure.description)
        }
    }
}

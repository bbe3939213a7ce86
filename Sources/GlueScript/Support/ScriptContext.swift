import Foundation
import Glibc
import HotglueAPI

/// Everything a script command takes from its process: output streams, standard input, the environment and the
/// timing of `--wait`. `ScriptContext.process` is the real one; tests build their own.
public struct ScriptContext: Sendable {
    public var standardOutput: any ScriptOutput
    public var standardError: any ScriptOutput
    /// Reads all of standard input (for `state set --file -`).
    public var readStandardInput: @Sendable () -> [UInt8]
    public var environment: [String: String]
    /// How often `--wait` asks the API again.
    public var pollInterval: Duration
    public var retryPolicy: RetryPolicy
    public var requestTimeout: Duration

    public init(
        standardOutput: any ScriptOutput, standardError: any ScriptOutput,
        readStandardInput: @escaping @Sendable () -> [UInt8] = { [] },
        environment: [String: String], pollInterval: Duration = .seconds(2), retryPolicy: RetryPolicy = .standard,
        requestTimeout: Duration = .seconds(30)
    ) {
        self.standardOutput = standardOutput
        self.standardError = standardError
        self.readStandardInput = readStandardInput
        self.environment = environment
        self.pollInterval = pollInterval
        self.retryPolicy = retryPolicy
        self.requestTimeout = requestTimeout
    }

    /// This process's stdout, stderr, stdin and environment.
    public static var process: ScriptContext {
        ScriptContext(
            standardOutput: FileDescriptorOutput.standardOutput, standardError: FileDescriptorOutput.standardError,
            readStandardInput: { Array(FileHandle.standardInput.readDataToEndOfFile()) },
            environment: ProcessInfo.processInfo.environment)
    }

    /// One line on stderr, as `gluetop: <message>`; newlines inside are folded so it stays one line.
    func report(_ message: String) {
        let oneLine = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        standardError.write("gluetop: \(oneLine)\n")
    }
}

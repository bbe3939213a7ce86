import ArgumentParser
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop state delete`: clears the state (the next job runs a full sync) through the write path; journaled
/// with the state before, and with `--expect` refused (exit 4) when the state moved on.
public struct StateDeleteCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete a connector's state: its next job runs a full sync.",
        discussion: exitCodesHelp)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget
    @OptionGroup(title: "Safety") var safety: StateWriteOptions

    public init() {}

    public func execute(in context: ScriptContext) async throws {
        let expected = try safety.expectation(in: context)
        let changes = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state delete")
            let write = StateWrite(ref: target.ref, kind: .reset, expected: expected, target: nil)
            return try await StateWriteRun.perform(write, force: safety.force, in: session, output: output)
        }
        try changes.print(output, in: context)
    }
}

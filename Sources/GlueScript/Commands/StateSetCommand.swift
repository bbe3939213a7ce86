import ArgumentParser
import Foundation
import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON

/// `gluetop state set --file PATH|-`: writes a state read with LosslessJSON (never Foundation's JSON), so numbers
/// and key order travel unchanged, through the write path: journaled before and after, and with `--expect` refused
/// (exit 4) when the state at Hotglue is no longer the one the new document was edited from.
public struct StateSetCommand: ScriptCommand {
    public static let configuration = CommandConfiguration(
        commandName: "set", abstract: "Replace a connector's state with a JSON document.",
        discussion: """
            The document is what `state get -o json` prints. Input holding masked secrets (••••••) is refused: \
            read it with --show-secrets to edit it. With --expect, the state the edit started from: a state \
            changed meanwhile is refused with exit 4 and the differences are printed.

            \(exitCodesHelp)
            """)

    @OptionGroup(title: "Connection") var connection: ConnectionOptions
    @OptionGroup(title: "Output") var output: OutputOptions
    @OptionGroup var target: ConnectorTarget
    @OptionGroup(title: "Safety") var safety: StateWriteOptions

    @Option(help: ArgumentHelp("JSON file with the new state, - for standard input.", valueName: "path"))
    var file: String

    public init() {}

    public func validate() throws {
        if file == "-", safety.expect == "-" {
            throw ValidationError("--file and --expect cannot both read standard input")
        }
    }

    public func execute(in context: ScriptContext) async throws {
        let state = try StateInput.read(file, what: "--file", in: context)
        let expected = try safety.expectation(in: context)
        let changes = try await ScriptSession.run(connection, in: context) { session in
            try session.requireWritable("state set")
            let write = StateWrite(ref: target.ref, kind: .edit, expected: expected, target: state)
            return try await StateWriteRun.perform(write, force: safety.force, in: session, output: output)
        }
        try changes.print(output, in: context)
    }
}

/// Reads and checks the document for `state set`.
enum StateInput {
    static func read(_ file: String, what option: String, in context: ScriptContext) throws(ScriptFailure) -> JSONValue {
        let bytes: [UInt8]
        let name: String
        if file == "-" {
            bytes = context.readStandardInput()
            name = "standard input"
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw .usage("\(option): cannot read \(file)")
            }
            bytes = Array(data)
            name = file
        }
        let state: JSONValue
        do {
            state = try JSONValue.parse(bytes: bytes)
        } catch {
            throw .usage("\(option): \(name) is not JSON: \(error.description)")
        }
        if state.compact().contains(SecretMasking.mask) {
            throw .usage("\(option): \(name) holds masked secrets (\(SecretMasking.mask)): read the state with --show-secrets to edit it")
        }
        return state
    }
}

import Foundation
import Glibc
import GlueCore
import GlueTerminal

/// The editor on the dashboard's terminal: the document goes to a 0600 file in a private 0700 directory (states
/// can hold customer data), the screen is handed to the editor and taken back, and the file is removed after.
public struct TerminalEditor: ExternalEditor {
    let screen: TerminalScreen
    let environment: [String: String]

    public init(screen: TerminalScreen, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.screen = screen
        self.environment = environment
    }

    public func edit(_ request: EditorRequest) -> EditorOutcome {
        let command = EditorDocument.command(environment: environment)
        let file: EditorScratchFile
        do {
            file = try EditorScratchFile(name: Self.fileName(for: request.purpose),
                                         contents: EditorDocument.text(for: request))
        } catch {
            return .failed("cannot write the file for the editor: \(error)")
        }
        defer { file.remove() }
        let exit: ProgramExit
        do {
            // `sh -c` so that "code --wait" or "vim -u NONE" work as they do for git.
            exit = try screen.runInForeground(["/bin/sh", "-c", command + " \"$1\"", "sh", file.path])
        } catch {
            return .failed("cannot start the editor '\(command)': \(error)")
        }
        switch exit {
        case .exited(0):
            guard let text = file.read() else { return .failed("cannot read back \(file.path) after the editor") }
            return .edited(EditorDocument.strippingHeader(text))
        case .exited(let status):
            return .failed("the editor '\(command)' exited with status \(status): nothing was changed")
        case .killedBySignal(let signal):
            return .failed("the editor '\(command)' was killed by signal \(signal): nothing was changed")
        }
    }

    static func fileName(for purpose: EditorRequest.Purpose) -> String {
        let safe: (String) -> String = { String($0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }) }
        switch purpose {
        case .state(let ref): return "state-\(safe(ref.connector.rawValue))-\(safe(ref.tenant.rawValue)).json"
        case .connectorConfig(let ref): return "config-\(safe(ref.connector.rawValue))-\(safe(ref.tenant.rawValue)).json"
        }
    }
}

/// A file only this user can read, in a directory of its own, removed with its directory.
struct EditorScratchFile {
    let directory: String
    let path: String

    init(name: String, contents: String) throws {
        var template = Array((NSTemporaryDirectory() + "/gluetop-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw EditorScratchError(reason: String(cString: strerror(errno)))
        }
        directory = String(cString: made)
        path = directory + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(contents.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw EditorScratchError(reason: "cannot create \(path)")
        }
    }

    func read() -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(bytes: $0, encoding: .utf8) }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

struct EditorScratchError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

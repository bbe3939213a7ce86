import Foundation
import Glibc
import GlueCore
import GlueTerminal

/// The editor on the dashboard's terminal: the document goes to a 0600 file in a private 0700 directory (states
/// can hold customer data), the screen is handed to the editor and taken back, and the file is removed after.
public struct TerminalEditor: ExternalEditor {
    let screen: TerminalScreen
    let environment: [String: String]
    /// Where the file for a request goes instead of a temporary folder: the drafts folder, for state edits, so
    /// what the editor saved survives the dashboard being killed while it runs. Nil: a temporary folder.
    var fileLocation: @Sendable (EditorRequest) -> String?

    public init(screen: TerminalScreen, environment: [String: String] = ProcessInfo.processInfo.environment,
                fileLocation: @escaping @Sendable (EditorRequest) -> String? = { _ in nil }) {
        self.screen = screen
        self.environment = environment
        self.fileLocation = fileLocation
    }

    public func edit(_ request: EditorRequest) -> EditorOutcome {
        let command = EditorDocument.command(environment: environment)
        let file: EditorScratchFile
        do {
            let contents = EditorDocument.text(for: request)
            if let path = fileLocation(request) {
                file = try EditorScratchFile(path: path, contents: contents)
            } else {
                file = try EditorScratchFile(name: Self.fileName(for: request.purpose), contents: contents)
            }
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
        case .exited(let status) where status > 128:
            // The `sh -c` around the editor reports an editor killed by signal n as 128 + n.
            return killed("$EDITOR was killed (signal \(status - 128))", request, file)
        case .exited(let status):
            return .failed("the editor '\(command)' exited with status \(status): nothing was changed")
        case .killedBySignal(let signal):
            return killed("$EDITOR was killed (signal \(signal))", request, file)
        }
    }

    /// A killed editor may have saved the user's work first: what its file holds is kept when it changed.
    private func killed(_ reason: String, _ request: EditorRequest, _ file: EditorScratchFile) -> EditorOutcome {
        guard let saved = file.read().map(EditorDocument.strippingHeader), saved != request.text,
              !saved.allSatisfy(\.isWhitespace) else { return .killed(reason, saved: nil) }
        return .killed(reason, saved: saved)
    }

    static func fileName(for purpose: EditorRequest.Purpose) -> String {
        let safe: (String) -> String = { String($0.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "_" }) }
        switch purpose {
        case .state(let ref): return "state-\(safe(ref.connector.rawValue))-\(safe(ref.tenant.rawValue)).json"
        case .connectorConfig(let ref): return "config-\(safe(ref.connector.rawValue))-\(safe(ref.tenant.rawValue)).json"
        }
    }
}

/// A file only this user can read, in a directory of its own (removed with it), or at a given path in a private
/// folder (removed alone).
struct EditorScratchFile {
    let directory: String?
    let path: String

    init(path: String, contents: String) throws {
        directory = nil
        self.path = path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try AtomicFile.write(Array(contents.utf8), to: path)
    }

    init(name: String, contents: String) throws {
        var template = Array((NSTemporaryDirectory() + "/gluetop-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw EditorScratchError(reason: String(cString: strerror(errno)))
        }
        let folder = String(cString: made)
        directory = folder
        path = folder + "/" + name
        guard FileManager.default.createFile(atPath: path, contents: Data(contents.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw EditorScratchError(reason: "cannot create \(path)")
        }
    }

    func read() -> String? {
        FileManager.default.contents(atPath: path).flatMap { String(bytes: $0, encoding: .utf8) }
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory ?? path)
    }
}

struct EditorScratchError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}

import Foundation
import Glibc
import GlueCore
import HotglueModels
import LosslessJSON

/// Drafts of state edits on disk, from the moment the editor opens until the write is confirmed or the draft is
/// thrown away, so a dropped ssh session, SIGTERM or a crash loses nothing typed. One file per environment, flow
/// and connector in `$XDG_STATE_HOME/gluetop/drafts/` (0600 in a 0700 folder: states hold customer data), written
/// atomically (temp file, fsync, rename, fsync of the folder). While the editor runs, its own file lives there too
/// (`….editing`), so what the editor saved survives the dashboard being killed.
public struct DraftStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public init(paths: AppPaths) {
        self.init(directory: paths.stateDirectory.appendingPathComponent("drafts").path)
    }

    /// Where a connector's draft lives. Names are percent-encoded, so any id makes one safe file name.
    public func path(envID: String, flowID: String, ref: ConnectorRef) -> String {
        path(kind: "state", envID: envID, flowID: flowID, ref: ref)
    }

    /// `KIND~ENV~FLOW~TENANT~CONNECTOR.json`: one file per action and connector.
    func path(kind: String, envID: String, flowID: String, ref: ConnectorRef) -> String {
        let name = [envID, flowID, ref.tenant.rawValue, ref.connector.rawValue].map(Self.encode).joined(separator: "~")
        return directory + "/" + kind + "~" + name + ".json"
    }

    /// The editor's file for this connector's draft.
    public func editorPath(envID: String, flowID: String, ref: ConnectorRef) -> String {
        path(envID: envID, flowID: flowID, ref: ref) + ".editing"
    }

    public func save(_ draft: StateEditMemory.Draft, envID: String, flowID: String, ref: ConnectorRef,
                     at time: Date) throws {
        var object = header(envID: envID, flowID: flowID, ref: ref, at: time)
        object["original"] = draft.original ?? .null
        object["text"] = JSONValue(draft.text)
        try write(object, to: path(envID: envID, flowID: flowID, ref: ref))
    }

    /// What every draft file says of itself: where it belongs and when it was saved.
    func header(envID: String, flowID: String, ref: ConnectorRef, at time: Date) -> JSONObject {
        var object = JSONObject()
        object["env"] = JSONValue(envID)
        object["flow"] = JSONValue(flowID)
        object["tenant"] = JSONValue(ref.tenant.rawValue)
        object["connector"] = JSONValue(ref.connector.rawValue)
        object["saved"] = JSONValue(JournalTime.format(time))
        return object
    }

    func write(_ object: JSONObject, to path: String) throws {
        try makeDirectory()
        try AtomicFile.write(JSONValue.object(object).compactBytes(), to: path)
    }

    /// The draft files of `kind` that belong to this environment and flow, with their connector and save time.
    func files(kind: String, envID: String, flowID: String) -> [(object: JSONObject, ref: ConnectorRef, saved: Date, path: String)] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var found: [(object: JSONObject, ref: ConnectorRef, saved: Date, path: String)] = []
        for name in names.sorted() where name.hasPrefix(kind + "~") && name.hasSuffix(".json") {
            let file = directory + "/" + name
            guard let data = FileManager.default.contents(atPath: file),
                  let object = (try? JSONValue.parse(bytes: Array(data)))?.objectValue,
                  object["env"]?.stringValue == envID, object["flow"]?.stringValue == flowID,
                  let tenant = object["tenant"]?.stringValue, let connector = object["connector"]?.stringValue
            else { continue }
            let saved = object["saved"]?.stringValue.flatMap(JournalTime.parse) ?? Date(timeIntervalSince1970: 0)
            found.append((object, ConnectorRef(tenant: TenantID(tenant), connector: ConnectorID(connector)), saved, file))
        }
        return found
    }

    public func remove(envID: String, flowID: String, ref: ConnectorRef) {
        unlink(path(envID: envID, flowID: flowID, ref: ref))
        unlink(editorPath(envID: envID, flowID: flowID, ref: ref))
    }

    /// Every draft of this environment and flow. Where an editor file was left behind (the run was killed while
    /// the editor was open), its text is the draft's: it is what the user last saved.
    public func load(envID: String, flowID: String) -> [RecoveredDraft] {
        var found: [RecoveredDraft] = []
        for (object, ref, saved, file) in files(kind: "state", envID: envID, flowID: flowID) {
            guard var text = object["text"]?.stringValue else { continue }
            let original = object["original"].flatMap { $0.isNull ? nil : $0 }
            if let editing = FileManager.default.contents(atPath: file + ".editing"),
               let edited = String(bytes: editing, encoding: .utf8) {
                text = EditorDocument.strippingHeader(edited)
            }
            // A draft that changes nothing (the editor opened and the run ended before a keystroke) is no draft.
            if text == StateEditText.document(original) { continue }
            found.append(RecoveredDraft(ref: ref, draft: .init(text: text, original: original), savedAt: saved))
        }
        return found
    }

    private func makeDirectory() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    private static func encode(_ part: String) -> String {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        return part.addingPercentEncoding(withAllowedCharacters: allowed) ?? part
    }
}

/// A file replaced whole or not at all: written to a temp file beside it, fsynced, renamed over it, and the
/// folder fsynced so the rename survives a crash.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let temp = path + ".tmp\(getpid())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw AtomicFileError(path: path, reason: String(cString: strerror(errno))) }
        if let code = WholeWrite.write(fd, bytes) {
            close(fd)
            unlink(temp)
            throw AtomicFileError(path: path, reason: String(cString: strerror(code)))
        }
        let synced = fsync(fd) == 0
        close(fd)
        guard synced, rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw AtomicFileError(path: path, reason: reason)
        }
        let folder = open((path as NSString).deletingLastPathComponent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }
}

struct AtomicFileError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot write \(path): \(reason)" }
}

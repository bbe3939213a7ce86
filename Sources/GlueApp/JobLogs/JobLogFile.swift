import Foundation
import GlueCore
import HotglueModels

/// Where a saved job log goes and how it is written: `$XDG_STATE_HOME/gluetop/logs/TENANT-CONNECTOR-JOBID.log` by
/// default, or the path typed (`~/` is the home folder; a relative path is from gluetop's working folder). The
/// folders are made; the file is replaced whole or not at all.
public enum JobLogFile {
    public static func path(for request: LogSaveRequest, paths: AppPaths = AppPaths(),
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        guard let typed = request.path, !typed.isEmpty else {
            let name = [request.tenant.rawValue, request.connector?.rawValue ?? "job", request.jobID]
                .map(safeName).joined(separator: "-") + ".log"
            return paths.stateDirectory.appendingPathComponent("logs").appendingPathComponent(name).path
        }
        if typed == "~" || typed.hasPrefix("~/"), let home = environment["HOME"] {
            return home + typed.dropFirst()
        }
        if typed.hasPrefix("/") { return typed }
        return FileManager.default.currentDirectoryPath + "/" + typed
    }

    /// Writes `text` to `path`, making its folders (0700, as gluetop's state folder is).
    public static func write(_ text: String, to path: String) throws(LogSaveFailure) {
        let folder = (path as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw LogSaveFailure(path: path, reason: "cannot make the folder \(folder): \(reason(error))")
        }
        do {
            try AtomicFile.write(Array(text.utf8), to: path)
        } catch let error as AtomicFileError {
            throw LogSaveFailure(path: path, reason: error.reason)
        } catch {
            throw LogSaveFailure(path: path, reason: "\(error)")
        }
    }

    /// Ids are the server's: no path separators or dot-names in a file name made of them.
    private static func safeName(_ part: String) -> String {
        let cleaned = String(part.map { $0 == "/" || $0 == "\0" ? "_" : $0 })
        return cleaned.hasPrefix(".") ? "_" + cleaned.dropFirst() : cleaned
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" } ?? error.localizedDescription
    }
}

import Foundation
import Glibc
import GlueSync

/// One change per connector at a time: a second change of a connector whose first is still on its way is
/// refused, not queued (its based-on state would be stale by the time it ran). Within this process by a set of
/// keys; across processes (a dashboard and a script command, two dashboards) by an `flock` on one lock file per
/// connector beside the journal, which the kernel releases when its holder dies, so a crash leaves no stale lock.
final class ChangeGate: Sendable {
    enum Entry: Equatable {
        case entered
        /// This process has a change of it on its way.
        case busyHere
        /// Another process holds it (its pid, as it wrote it in the lock file).
        case busyElsewhere(pid: Int32?)
    }

    private let held = LockedValue<[String: Int32]>([:])
    /// Where the lock files live; nil: this process only.
    let lockDirectory: String?

    init(lockDirectory: String? = nil) {
        self.lockDirectory = lockDirectory
    }

    /// `.entered` when `key` was free and is now held; the holder must `leave` it.
    func enter(_ key: String) -> Entry {
        let inserted = held.withLock { held -> Bool in
            guard held[key] == nil else { return false }
            held[key] = -1
            return true
        }
        guard inserted else { return .busyHere }
        guard let lockDirectory else { return .entered }
        switch Self.lock(key, in: lockDirectory) {
        case .success(let fd):
            held.withLock { $0[key] = fd }
            return .entered
        case .failure(let holder):
            _ = held.withLock { $0.removeValue(forKey: key) }
            return .busyElsewhere(pid: holder.pid)
        }
    }

    func leave(_ key: String) {
        guard let fd = held.withLock({ $0.removeValue(forKey: key) }), fd >= 0 else { return }
        _ = flock(fd, LOCK_UN)
        close(fd)
    }

    struct Holder: Error {
        var pid: Int32?
    }

    /// The lock file of `key`, locked and stamped with this pid; or who holds it. A lock file that cannot be made
    /// (a read-only folder) does not stop the change: the journal's own lock still orders the records.
    private static func lock(_ key: String, in directory: String) -> Result<Int32, Holder> {
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        let name = key.addingPercentEncoding(withAllowedCharacters: allowed) ?? key
        let fd = open(directory + "/" + name + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .success(-1) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            var bytes = [UInt8](repeating: 0, count: 32)
            let count = pread(fd, &bytes, bytes.count, 0)
            close(fd)
            let text = count > 0 ? String(decoding: bytes.prefix(count), as: UTF8.self) : ""
            return .failure(Holder(pid: Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))))
        }
        let stamp = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, stamp, stamp.count, 0)
        return .success(fd)
    }
}

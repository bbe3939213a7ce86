import Foundation
import GlueCore
import GlueSync
import Logging

/// Keeps the pulse's cache file close to the model: at most every `interval` seconds of the model's clock, and
/// only when the pulse heard something new, a snapshot of its data is written off the loop (one write at a time;
/// a write still running makes the next wait for the one after). `flush` writes at once, when the dashboard stops.
final class PulseCacheWriter: Sendable {
    let file: PulseCacheFile
    let interval: TimeInterval
    private let progress = LockedValue(Progress())
    private let logger = Logger(label: "gluetop.pulse")

    private struct Progress {
        var savedRevision: Int?
        var savedAt: Date?
        var writing = false
    }

    init(file: PulseCacheFile, interval: TimeInterval = 30) {
        self.file = file
        self.interval = interval
    }

    /// After a batch of messages: writes in the background when it is due.
    func consider(_ pulse: PulsePane, now: Date) {
        let due = progress.withLock { progress -> Bool in
            guard pulse.earlierRunRead, !progress.writing, progress.savedRevision != pulse.revision,
                  !pulse.data.tenants.isEmpty else { return false }
            if let savedAt = progress.savedAt, now.timeIntervalSince(savedAt) < interval { return false }
            progress.writing = true
            progress.savedRevision = pulse.revision
            progress.savedAt = now
            return true
        }
        guard due else { return }
        let data = pulse.data, file = self.file, progress = self.progress, logger = self.logger
        Task.detached(priority: .utility) {
            do {
                try file.save(data, at: now)
            } catch {
                logger.warning("pulse cache not written", metadata: ["error": "\(error)"])
            }
            FreedMemory.returnToSystem()
            progress.withLock { $0.writing = false }
        }
    }

    /// Writes what is new at once, off the loop (`:profile` leaves this environment).
    func flushInBackground(_ pulse: PulsePane, now: Date) {
        guard pulse.earlierRunRead, !pulse.data.tenants.isEmpty,
              progress.withLock({ $0.savedRevision }) != pulse.revision else { return }
        let data = pulse.data, file = self.file, logger = self.logger
        Task.detached(priority: .utility) {
            do {
                try file.save(data, at: now)
            } catch {
                logger.warning("pulse cache not written", metadata: ["error": "\(error)"])
            }
            FreedMemory.returnToSystem()
        }
    }

    /// Writes now, on this thread: what the next start shows.
    func flush(_ pulse: PulsePane, now: Date) {
        guard pulse.earlierRunRead, !pulse.data.tenants.isEmpty,
              progress.withLock({ $0.savedRevision }) != pulse.revision else { return }
        do {
            try file.save(pulse.data, at: now)
            progress.withLock { $0.savedRevision = pulse.revision }
        } catch {
            logger.warning("pulse cache not written", metadata: ["error": "\(error)"])
        }
    }
}

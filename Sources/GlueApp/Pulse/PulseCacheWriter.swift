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

    /// After a batch of messages: writes in the background when it is due (`evenIfRecent`: whenever there is news,
    /// as `:profile` leaves this environment; a write still running has the news of a moment ago).
    func consider(_ pulse: PulsePane, now: Date, evenIfRecent: Bool = false) {
        let due = progress.withLock { progress -> Bool in
            guard pulse.earlierRunRead, !progress.writing, progress.savedRevision != pulse.revision,
                  !pulse.data.tenants.isEmpty else { return false }
            if !evenIfRecent, let savedAt = progress.savedAt, now.timeIntervalSince(savedAt) < interval { return false }
            progress.writing = true
            progress.savedRevision = pulse.revision
            progress.savedAt = now
            return true
        }
        guard due else { return }
        let data = pulse.data
        Task.detached(priority: .utility) {
            _ = self.write(data, at: now)
            FreedMemory.returnToSystem()
            self.progress.withLock { $0.writing = false }
        }
    }

    /// Writes now, on this thread: what the next start shows.
    func flush(_ pulse: PulsePane, now: Date) {
        guard pulse.earlierRunRead, !pulse.data.tenants.isEmpty,
              progress.withLock({ $0.savedRevision }) != pulse.revision else { return }
        if write(pulse.data, at: now) { progress.withLock { $0.savedRevision = pulse.revision } }
    }

    /// One write, its failure logged (a cache: nothing else to do about it).
    private func write(_ data: PulseData, at time: Date) -> Bool {
        do {
            try file.save(data, at: time)
            return true
        } catch {
            logger.warning("pulse cache not written", metadata: ["error": "\(error)"])
            return false
        }
    }
}

import GlueSync

/// Waits for `work` or for `limit`, whichever comes first, without waiting for the other: `work` runs on in an
/// unstructured task when the limit comes first (a task group would wait for it).
enum FirstToFinish {
    static func either(_ work: @escaping @Sendable () async -> Void, orAfter limit: Duration) async {
        let resumed = LockedValue(false)
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            @Sendable func finish() {
                let first = resumed.withLock { done -> Bool in
                    defer { done = true }
                    return !done
                }
                if first { continuation.resume() }
            }
            Task {
                await work()
                finish()
            }
            Task {
                try? await Task.sleep(for: limit)
                finish()
            }
        }
    }
}

import GlueSync
import HotglueModels

/// The checks every delivery passes, in order: size, signature (when a secret is set), event, de-duplication.
/// Shared by the dashboard's receiver and the relay; the HTTP server around it only carries bytes and answers.
public final class WebhookIntake: Sendable {
    public struct Settings: Sendable {
        /// nil: deliveries are taken unsigned (and a signature, if sent, is not checked).
        public var secret: WebhookSecret?
        /// Larger bodies are refused (413).
        public var maxBodyBytes: Int
        /// How many recent events' keys are kept for de-duplication.
        public var recentKeysKept: Int

        public init(secret: WebhookSecret? = nil, maxBodyBytes: Int = 1 << 20, recentKeysKept: Int = 20_000) {
            self.secret = secret
            self.maxBodyBytes = maxBodyBytes
            self.recentKeysKept = recentKeysKept
        }
    }

    /// What became of one delivery.
    public enum Verdict: Sendable, Equatable {
        case accepted(HotglueEvent, EventKey)
        case duplicate(HotglueEvent)
        case refused(Refusal)
    }

    private struct State {
        var status = WebhookIntakeStatus()
        var recent: RecentEventKeys
    }

    public let settings: Settings
    private let state: LockedValue<State>

    public init(_ settings: Settings) {
        self.settings = settings
        state = LockedValue(State(recent: RecentEventKeys(capacity: settings.recentKeysKept)))
    }

    public var status: WebhookIntakeStatus {
        state.withLock { $0.status }
    }

    /// Judges one delivery: its raw body and its `X-Hub-Signature` header.
    public func take(body: [UInt8], signature: String?) -> Verdict {
        guard body.count <= settings.maxBodyBytes else { return refuse(.tooLarge(limit: settings.maxBodyBytes)) }
        if let secret = settings.secret {
            switch WebhookSignature.check(header: signature, body: body, secret: secret) {
            case .valid: break
            case .missing: return refuse(.signatureMissing)
            case .malformed: return refuse(.signatureMalformed)
            case .mismatch: return refuse(.signatureMismatch)
            }
        }
        let event: HotglueEvent
        do {
            event = try HotglueEvent(webhookBody: body)
        } catch {
            return refuse(.notAnEvent(error))
        }
        let key = EventKey(event)
        return state.withLock { state in
            state.status.received += 1
            guard state.recent.insert(key) else {
                state.status.duplicates += 1
                return .duplicate(event)
            }
            state.status.accepted += 1
            return .accepted(event, key)
        }
    }

    /// A body refused before it was read (over the size limit while streaming in).
    public func refuseTooLarge() -> Verdict {
        refuse(.tooLarge(limit: settings.maxBodyBytes))
    }

    /// An accepted event its sink could not keep: counted as failed and forgotten, so its redelivery is taken.
    public func sinkFailed(_ key: EventKey) {
        state.withLock { state in
            state.recent.remove(key)
            state.status.failed += 1
        }
    }

    private func refuse(_ refusal: Refusal) -> Verdict {
        state.withLock { state in
            state.status.received += 1
            state.status.refused[refusal.reason, default: 0] += 1
        }
        return .refused(refusal)
    }
}

import AsyncHTTPClient
import Crypto
import Foundation
import LosslessJSON
import NIOCore

/// Posts the world's events to the receiver, one at a time in the order they were queued (so a job's statuses
/// arrive in order unless a fault says otherwise), off the request path: `enqueue` never waits, and a backlog over
/// `EmulatorWebhookSettings.backlog` is dropped and counted.
final class WebhookSender: Sendable {
    let settings: EmulatorWebhookSettings
    let faults: WebhookFaultInjector
    private let queue: AsyncStream<OutgoingWebhook>
    private let continuation: AsyncStream<OutgoingWebhook>.Continuation
    private let counters = Locked(WebhookDeliveryStats())

    /// A secret no receiver has: what a mis-signed delivery is signed with.
    static let wrongSecret = Array("not-the-webhook-secret".utf8)

    init(settings: EmulatorWebhookSettings, faults: WebhookFaultInjector) {
        self.settings = settings
        self.faults = faults
        (queue, continuation) = AsyncStream.makeStream(
            of: OutgoingWebhook.self, bufferingPolicy: .bufferingOldest(max(1, settings.backlog)))
    }

    var stats: WebhookDeliveryStats { counters.withLock { $0 } }

    func enqueue(_ webhook: OutgoingWebhook) {
        let result = continuation.yield(webhook)
        counters.withLock { stats in
            stats.queued += 1
            if case .dropped = result { stats.droppedBacklog += 1 }
        }
    }

    /// No more events: `run` sends what is queued and returns.
    func finish() {
        continuation.finish()
    }

    /// Delivers until `finish()` (or cancellation); delayed deliveries run beside the queue, as child tasks.
    func run() async {
        await withDiscardingTaskGroup { group in
            var held: OutgoingWebhook?
            for await webhook in queue {
                let decision = faults.decide(kind: webhook.kind)
                count(decision)
                if decision.drop {
                    handled()
                    continue
                }
                if decision.reorder, held == nil {
                    held = webhook
                    continue
                }
                if decision.delay > .zero {
                    group.addTask { [self] in
                        // Stopped while waiting: not delivered (the emulator is going away).
                        guard (try? await Task.sleep(for: decision.delay)) != nil else { return }
                        await deliver(webhook, decision)
                    }
                } else {
                    await deliver(webhook, decision)
                }
                if let waiting = held {
                    held = nil
                    await deliver(waiting, WebhookFaultDecision())
                }
            }
            if let waiting = held {
                await deliver(waiting, WebhookFaultDecision())
            }
        }
    }

    private func deliver(_ webhook: OutgoingWebhook, _ decision: WebhookFaultDecision) async {
        let body = webhook.body.compactBytes()
        let signature: String? =
            if decision.missign {
                Self.signature(of: body, secret: Self.wrongSecret)
            } else {
                settings.secret.map { Self.signature(of: body, secret: Array($0.utf8)) }
            }
        for _ in 0..<(decision.duplicate ? 2 : 1) {
            await post(body, signature: signature)
        }
        handled()
    }

    private func post(_ body: [UInt8], signature: String?) async {
        var request = HTTPClientRequest(url: settings.url)
        request.method = .POST
        request.headers.add(name: "content-type", value: "application/json")
        request.headers.add(name: "user-agent", value: "hotglue-emulator-webhooks")
        if let signature { request.headers.add(name: "X-Hub-Signature", value: signature) }
        request.body = .bytes(ByteBuffer(bytes: body))
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .nanoseconds(settings.timeout.wholeNanoseconds))
            _ = try? await response.body.collect(upTo: 64 << 10)
            let status = Int(response.status.code)
            counters.withLock { stats in
                if (200..<300).contains(status) {
                    stats.delivered += 1
                } else {
                    stats.answeredNon2xx[status, default: 0] += 1
                }
            }
        } catch {
            counters.withLock { $0.failed += 1 }
        }
    }

    /// `X-Hub-Signature`: the hex HMAC-SHA1 of the body.
    static func signature(of body: [UInt8], secret: [UInt8]) -> String {
        let code = HMAC<Insecure.SHA1>.authenticationCode(for: body, using: SymmetricKey(data: secret))
        return code.map { byte in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
    }

    private func count(_ decision: WebhookFaultDecision) {
        var names: [String] = []
        if decision.drop { names.append("drop") }
        if decision.duplicate { names.append("duplicate") }
        if decision.reorder { names.append("reorder") }
        if decision.delay > .zero { names.append("delay") }
        if decision.missign { names.append("missign") }
        guard !names.isEmpty else { return }
        counters.withLock { stats in
            for name in names { stats.faults[name, default: 0] += 1 }
        }
    }

    private func handled() {
        counters.withLock { $0.handled += 1 }
    }
}

extension Duration {
    var wholeNanoseconds: Int64 {
        let parts = components
        return parts.seconds * 1_000_000_000 + parts.attoseconds / 1_000_000_000
    }
}

import AsyncHTTPClient
import Foundation
import GlueEvents
import GlueRelay
import GlueSync
import HotglueModels
import Logging
import NIOCore
import TestSupport

let relaySecret = "relay-s3cret"

/// The body of job `number`'s event at `status`.
func jobEvent(_ number: Int, status: String = "SYNC_FAILED") -> String {
    let root = "acme/flows/l8odS2mce/jobs/2024/05/4/01/12/job\(number)"
    return #"{"job_id": "job\#(number)", "tenant": "acme", "s3_root": "\#(root)", "status": "\#(status)"}"#
}

/// Posts `body` to the relay signed with `secret`; answers the status (0 when nothing answered).
func deliver(_ body: String, to url: String, secret: String = relaySecret) async -> Int {
    var request = HTTPClientRequest(url: url)
    request.method = .POST
    request.headers.add(name: "content-type", value: "application/json")
    let bytes = Array(body.utf8)
    request.headers.add(name: WebhookSignature.headerName, value: WebhookSignature.hex(of: bytes, secret: WebhookSecret(secret)))
    request.body = .bytes(ByteBuffer(bytes: bytes))
    guard let response = try? await HTTPClient.shared.execute(request, timeout: .seconds(10)) else { return 0 }
    _ = try? await response.body.collect(upTo: 1 << 16)
    return Int(response.status.code)
}

func startRelay(_ server: PostgresServer, port: Int = 0) async throws -> WebhookRelay {
    var configuration = WebhookRelay.Configuration(
        listen: ListenAddress(port: port), secret: WebhookSecret(relaySecret), database: try server.address)
    configuration.logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
    return try await WebhookRelay.start(configuration)
}

/// What a feed handed out, as a dashboard would take it.
final class FeedCollector: Sendable {
    private let stored = LockedValue<[StoredEvent]>([])
    private let reading: LockedValue<Task<Void, Never>?> = LockedValue(nil)

    init(_ feed: EventFeed) {
        let stored = stored
        reading.withLock { $0 = Task { for await batch in feed.batches { stored.withLock { $0 += batch } } } }
    }

    var events: [StoredEvent] { stored.withLock { $0 } }

    /// The jobs received, as "job3 SYNC_FAILED".
    var jobs: [String] {
        events.compactMap { stored in
            guard case .job(let job) = stored.event else { return nil }
            return "\(job.id) \(job.status.rawValue)"
        }
    }

    func waitFor(_ count: Int) async -> Bool {
        await poll(upTo: .seconds(60)) { events.count >= count }
    }
}

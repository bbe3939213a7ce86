import Foundation
import ServiceLifecycle

/// A started emulator: where it listens, and handles on its world, faults and request log.
public final class RunningEmulator: Sendable {
    /// "http://127.0.0.1:54321" (no trailing slash)
    public let baseURL: String
    public let port: Int
    public let settings: EmulatorSettings
    /// The environment's private signing key: base64 of an RSA PEM (a fixed demo key), for tenant tokens.
    public let signingKeyBase64: String
    public let faults: FaultInjector
    /// Read back (and seed) the world from tests.
    public let world: EmulatorWorld
    /// The webhooks it posts (`EmulatorSettings.webhook`), nil when it posts none.
    public let webhooks: EmulatorWebhooks?

    private let log: RequestLog
    private let serviceGroup: ServiceGroup
    private let task: Task<Void, Never>

    init(
        port: Int, host: String, settings: EmulatorSettings, faults: FaultInjector, world: EmulatorWorld,
        log: RequestLog, webhooks: EmulatorWebhooks?, serviceGroup: ServiceGroup, task: Task<Void, Never>
    ) {
        self.webhooks = webhooks
        let hostPart = host.contains(":") ? "[\(host)]" : host
        baseURL = "http://\(hostPart):\(port)"
        self.port = port
        self.settings = settings
        signingKeyBase64 = DemoSigningKey.privateKeyBase64
        self.faults = faults
        self.world = world
        self.log = log
        self.serviceGroup = serviceGroup
        self.task = task
    }

    /// Every request so far, oldest first (token and key values never recorded).
    public func requests() async -> [RecordedRequest] {
        await log.all()
    }

    public func clearRequests() async {
        await log.clear()
    }

    /// The request log's size and the server's concurrency so far.
    public func requestLogStats() async -> RequestLogStats {
        await log.stats
    }

    /// Stops accepting connections, closes idle ones and waits for the server to stop.
    public func shutdown() async throws {
        await webhooks?.stop()
        await serviceGroup.triggerGracefulShutdown()
        await task.value
    }
}

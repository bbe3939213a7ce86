import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// Starts emulators in-process.
public enum HotglueEmulatorServer {
    /// Starts serving on host:port (port 0 = any free port) and returns once it accepts connections.
    public static func start(
        _ settings: EmulatorSettings = .init(), host: String = "127.0.0.1", port: Int = 0
    ) async throws -> RunningEmulator {
        let sender = settings.webhook.map {
            WebhookSender(settings: $0, faults: WebhookFaultInjector(seed: settings.seed, rules: $0.faults))
        }
        let world = EmulatorWorld(settings: settings, webhooks: sender)
        let faults = FaultInjector(seed: settings.seed, rules: settings.faults)
        let log = RequestLog()
        let tokens = try await TenantTokenVerifier(publicKeyPEM: DemoSigningKey.publicKeyPEM, clock: settings.clock)

        let router = Router(context: EmulatorRequestContext.self)
        let routeTable = RouteTable()
        // Order matters: a dropped connection is closed only once the log has recorded it; the log sees the final
        // answer; faults act before authentication; every error becomes a Chalice body.
        router.add(middleware: ConnectionDropMiddleware())
        router.add(middleware: RequestLogMiddleware(log: log, onRequest: settings.onRequest))
        router.add(middleware: FaultMiddleware(injector: faults))
        router.add(middleware: ChaliceErrorMiddleware(routes: routeTable))
        router.add(middleware: APIKeyMiddleware(secretKey: settings.apiKey, publicKey: settings.publicAPIKey))
        EmulatorRoutes(
            world: world, envID: settings.envID, flowID: settings.flowID, tokens: tokens, log: log,
            clock: settings.clock, webhookSender: sender
        ).register(on: router, table: routeTable)

        let (events, continuation) = AsyncStream<StartupEvent>.makeStream()
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                continuation.yield(.listening(port: channel.localAddress?.port ?? port))
            },
            logger: Self.quietLogger
        )
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Self.quietLogger))
        let task = Task {
            do {
                try await group.run()
                continuation.yield(.stopped(nil))
            } catch {
                continuation.yield(.stopped(error))
            }
            continuation.finish()
        }
        for await event in events {
            switch event {
            case .listening(let boundPort):
                return RunningEmulator(
                    port: boundPort, host: host, settings: settings, faults: faults, world: world, log: log,
                    webhooks: sender.map { EmulatorWebhooks(sender: $0, world: world) },
                    serviceGroup: group, task: task)
            case .stopped(let error):
                throw error ?? EmulatorStartError(message: "the server stopped before it accepted connections")
            }
        }
        throw EmulatorStartError(message: "the server stopped before it accepted connections")
    }

    /// The emulator's internals say nothing; the request log and `onRequest` are the way to watch it.
    static let quietLogger = Logger(label: "HotglueEmulator") { _ in SwiftLogNoOpLogHandler() }

    private enum StartupEvent: Sendable {
        case listening(port: Int)
        case stopped((any Error)?)
    }
}

/// The emulator could not start (e.g. the port is taken).
public struct EmulatorStartError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { "emulator did not start: \(message)" }
}

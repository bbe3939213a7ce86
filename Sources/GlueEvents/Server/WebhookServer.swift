import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// An HTTP server that takes Hotglue's webhooks through a `WebhookIntake` into a sink, on any path.
public final class WebhookServer: Sendable {
    /// Where it listens, with the port it bound (when 0 was asked for).
    public let address: ListenAddress
    public let intake: WebhookIntake

    private let serviceGroup: ServiceGroup
    private let task: Task<Void, Never>

    private init(address: ListenAddress, intake: WebhookIntake, serviceGroup: ServiceGroup, task: Task<Void, Never>) {
        self.address = address
        self.intake = intake
        self.serviceGroup = serviceGroup
        self.task = task
    }

    /// `http://127.0.0.1:9090/`, for a sender or a test.
    public var url: String { "http://\(address)/" }

    /// Starts listening and returns once connections are accepted; throws when the address cannot be bound.
    public static func start(
        listen: ListenAddress, intake: WebhookIntake, sink: some WebhookEventSink, logger: Logger
    ) async throws -> WebhookServer {
        let responder = WebhookResponder(intake: intake, sink: sink, logger: logger)
        let (events, continuation) = AsyncStream<StartupEvent>.makeStream()
        let app = Application(
            responder: CallbackResponder<BasicRequestContext> { request, _ in await responder.respond(to: request) },
            configuration: .init(address: .hostname(listen.host, port: listen.port), serverName: nil),
            onServerRunning: { channel in continuation.yield(.listening(port: channel.localAddress?.port ?? listen.port)) },
            logger: Self.quiet
        )
        let group = ServiceGroup(configuration: .init(services: [app], gracefulShutdownSignals: [], logger: Self.quiet))
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
            case .listening(let port):
                logger.info("webhook receiver listening", metadata: ["address": "\(listen.host):\(port)"])
                return WebhookServer(
                    address: ListenAddress(host: listen.host, port: port), intake: intake, serviceGroup: group, task: task)
            case .stopped(let error):
                throw WebhookServerError(address: listen, underlying: error.map { "\($0)" })
            }
        }
        throw WebhookServerError(address: listen, underlying: nil)
    }

    /// Stops accepting, finishes the requests in flight and waits for the server to stop.
    public func shutdown() async {
        await serviceGroup.triggerGracefulShutdown()
        await task.value
    }

    /// Hummingbird's own lines (listening, per-connection errors) are not the operator's business.
    private static let quiet = Logger(label: "GlueEvents.http") { _ in SwiftLogNoOpLogHandler() }

    private enum StartupEvent: Sendable {
        case listening(port: Int)
        case stopped((any Error)?)
    }
}

/// The server could not start, e.g. the port is taken.
public struct WebhookServerError: Error, Sendable, CustomStringConvertible {
    public let address: ListenAddress
    public let underlying: String?

    public var description: String {
        "the webhook receiver could not listen on \(address)" + (underlying.map { ": \($0)" } ?? "")
    }
}

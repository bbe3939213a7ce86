import Foundation
import GlueSync
import HotglueAPI
import HotglueEmulator
import HotglueModels
import Logging
import Testing

/// The API key must never appear in an error, a description, a retry event or a log line.
@Suite("No secret leaks")
struct SecretLeakTests {
    @Test func theKeyAppearsInNoErrorEventDescriptionOrLog() async throws {
        let key = "hg-leak-canary-7f3a9c"
        var texts: [String] = []
        let logged = LineCollector()

        // Errors from a server that rejects the key, fails, drops, and sends HTML.
        var settings = testSettings()
        settings.apiKey = key
        let emulator = try await HotglueEmulatorServer.start(settings)
        let wrongKey = HotglueClient(
            configuration: clientConfiguration(for: emulator) {
                $0.apiKey = Secret(key + "-wrong")
                $0.logger = captureLogger(into: logged)
            })
        let client = HotglueClient(
            configuration: clientConfiguration(for: emulator) {
                $0.logger = captureLogger(into: logged)
            })
        let events = client.retryEvents()
        if let error = await expectAPIError({ () async throws(APIError) in try await wrongKey.listTenants() }) {
            texts += describe(error)
        }
        emulator.faults.add(FaultRule(.status(503), route: .pathPrefix("/tenants"), times: 1))
        emulator.faults.add(FaultRule(.htmlBody(502), route: .pathContains("availableConnectors")))
        emulator.faults.add(FaultRule(.dropConnection, route: .pathContains("/jobs"), method: "POST"))
        _ = try await client.listTenants()
        if let error = await expectAPIError({ () async throws(APIError) in try await client.availableConnectors() }) {
            texts += describe(error)
        }
        if let error = await expectAPIError({ () async throws(APIError) in
            try await client.runJob(tenant: acme, RunJobRequest(connector: "salesforce"))
        }) {
            texts += describe(error)
        }
        texts.append(String(describing: client.configuration))
        texts.append(String(reflecting: client.configuration))
        var dumped = ""
        dump(client.configuration, to: &dumped)
        texts.append(dumped)
        await client.shutdown()
        await wrongKey.shutdown()
        for await event in events {
            texts += [event.summary, String(describing: event)] + describe(event.error)
        }
        try await emulator.shutdown()

        texts += logged.lines
        #expect(texts.count > 10)
        for text in texts {
            // A failing test must not print the key either: check a Bool (Swift Testing prints the operands of a
            // failed expression) and mask the key in the message.
            let leaked = text.contains(key)
            #expect(!leaked, "the API key leaked into: \(text.replacingOccurrences(of: key, with: "<KEY>"))")
        }
    }

    private func describe(_ error: APIError) -> [String] {
        [error.message, error.description, error.logDescription, String(reflecting: error), "\(error)"]
    }
}

/// Log lines captured by `CapturingLogHandler`.
final class LineCollector: Sendable {
    private let storage = LockedValue<[String]>([])
    var lines: [String] { storage.withLock { $0 } }
    func append(_ line: String) { storage.withLock { $0.append(line) } }
}

/// A logger at trace level whose lines (message and metadata) land in `collector`.
func captureLogger(into collector: LineCollector) -> Logger {
    var logger = Logger(label: "test") { _ in CapturingLogHandler(collector: collector) }
    logger.logLevel = .trace
    return logger
}

struct CapturingLogHandler: LogHandler {
    let collector: LineCollector
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        collector.append("\(event.level) \(event.message) \(event.metadata ?? [:])")
    }
}

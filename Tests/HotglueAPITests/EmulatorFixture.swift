import Foundation
import HotglueAPI
import HotglueEmulator
import HotglueModels
import LosslessJSON
import Testing

/// Short waits so retry tests stay fast; fixed jitter so waits are exact.
let fastRetries = RetryPolicy(
    maxAttempts: 4, baseDelay: .milliseconds(20), maxDelay: .milliseconds(80), maxTotalWait: .seconds(10),
    jitter: .fixed(0.5))

/// Runs `body` with a fresh emulator on 127.0.0.1 and a client for it, and shuts both down afterwards, also when
/// `body` throws.
func withEmulator(
    settings: EmulatorSettings = testSettings(),
    configure: (inout HotglueConfiguration) -> Void = { _ in },
    transport: (any Transport)? = nil,
    _ body: (RunningEmulator, HotglueClient) async throws -> Void
) async throws {
    let emulator = try await HotglueEmulatorServer.start(settings)
    let client = HotglueClient(
        configuration: clientConfiguration(for: emulator, configure: configure), transport: transport)
    do {
        try await body(emulator, client)
    } catch {
        await client.shutdown()
        try await emulator.shutdown()
        throw error
    }
    await client.shutdown()
    try await emulator.shutdown()
}

func testSettings() -> EmulatorSettings {
    var settings = EmulatorSettings()
    settings.tenantCount = 6
    settings.clock = .manual(start: Date(timeIntervalSince1970: 1_714_521_600))  // 2024-05-01T00:00:00Z
    return settings
}

func clientConfiguration(
    for emulator: RunningEmulator, configure: (inout HotglueConfiguration) -> Void = { _ in }
) -> HotglueConfiguration {
    var configuration = HotglueConfiguration(
        baseURL: emulator.baseURL, environment: EnvironmentID(emulator.settings.envID),
        flow: FlowID(emulator.settings.flowID), apiKey: Secret(emulator.settings.apiKey),
        requestTimeout: .seconds(5), retryPolicy: fastRetries)
    configure(&configuration)
    return configuration
}

let acme = TenantID("acme")

/// The first linked connector of acme, which the emulator guarantees exists.
func firstConnector(_ client: HotglueClient) async throws -> LinkedConnector {
    try #require(try await client.listLinkedConnectors(tenant: acme).first)
}

/// Runs `body`, expecting an `APIError`, and returns it.
func expectAPIError<T>(
    _ body: () async throws(APIError) -> T, sourceLocation: SourceLocation = #_sourceLocation
) async -> APIError? {
    do {
        let value = try await body()
        Issue.record("expected an APIError, got \(value)", sourceLocation: sourceLocation)
        return nil
    } catch {
        return error
    }
}

/// Seconds elapsed while running `body`.
func measure<T>(_ body: () async throws -> T) async rethrows -> (T, Duration) {
    let start = ContinuousClock.now
    let value = try await body()
    return (value, ContinuousClock.now - start)
}

struct ConditionTimedOut: Error, CustomStringConvertible {
    let what: String
    var description: String { "timed out waiting until \(what)" }
}

/// Yields until `condition` holds, failing the test (instead of hanging it) after `timeout`.
func waitUntil(
    _ what: String, timeout: Duration = .seconds(60), _ condition: () -> Bool
) async throws {
    let deadline = ContinuousClock.now + timeout
    while !condition() {
        guard ContinuousClock.now < deadline else { throw ConditionTimedOut(what: what) }
        await Task.yield()
    }
}

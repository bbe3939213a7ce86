import AsyncHTTPClient
import Foundation
import GlueSync
import HotglueEmulator
import LosslessJSON
import NIOCore
import NIOHTTP1
import TestSupport

/// A fixed instant for the emulator's manual clock: 2024-05-01T12:00:00Z.
let emulatorStart = Date(timeIntervalSince1970: 1_714_564_800)

/// Emulator settings posting webhooks to `url`, on a manual clock with 4-second job stages.
func webhookEmulatorSettings(url: String, secret: String?, faults: [WebhookFaultRule] = []) -> EmulatorSettings {
    var settings = EmulatorSettings()
    settings.clock = .manual(start: emulatorStart)
    settings.tenantCount = 12
    settings.jobStageDuration = .seconds(4)
    settings.discoverDuration = .seconds(8)
    var webhook = EmulatorWebhookSettings(url: url, secret: secret)
    webhook.faults = faults
    webhook.pollInterval = .milliseconds(20)
    settings.webhook = webhook
    return settings
}

/// Starts an emulator in-process, runs `body` with a driver for its API, and always shuts it down.
func withEmulator(_ settings: EmulatorSettings, _ body: (EmulatorDriver) async throws -> Void) async throws {
    let emulator = try await HotglueEmulatorServer.start(settings)
    do {
        try await body(EmulatorDriver(emulator: emulator))
    } catch {
        try await emulator.shutdown()
        throw error
    }
    try await emulator.shutdown()
}

/// Calls the emulator's API the way a client would (secret key), and steps its manual clock.
struct EmulatorDriver: Sendable {
    let emulator: RunningEmulator

    var env: String { emulator.settings.envID }
    var flow: String { emulator.settings.flowID }

    /// Runs a read job for `tenant`'s first linked connector; answers the job's s3_root.
    func runJob(tenant: String = "acme", connector: String = "salesforce") async throws -> String {
        let answer = try await send(.POST, "/v2/\(env)/\(flow)/\(tenant)/jobs",
                                    body: #"{"connector_id": "\#(connector)", "job_type": "read"}"#)
        guard answer.status == 200, let root = try JSONValue.parse(answer.body)["s3_root"]?.stringValue else {
            throw DriverError("running a job answered \(answer.status): \(answer.body)")
        }
        return root
    }

    /// The job's statuses in the order reached, as the API's `status_timestamp` lists them.
    func statuses(tenant: String = "acme", root: String) async throws -> [String] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let encoded = root.addingPercentEncoding(withAllowedCharacters: allowed) ?? root
        let answer = try await send(.GET, "/\(env)/\(flow)/\(tenant)/jobs/status?job_root=\(encoded)")
        return try JSONValue.parse(answer.body)["status_timestamp"]?.objectValue?.keys ?? []
    }

    func link(tenant: String, connector: String) async throws -> Int {
        try await send(.POST, "/v2/\(env)/\(flow)/\(tenant)/linkedConnectors",
                       body: #"{"connector": {"id": "\#(connector)", "config": {}}}"#).status
    }

    func unlink(tenant: String, connector: String) async throws -> Int {
        try await send(.DELETE, "/v2/\(env)/\(flow)/\(tenant)/linkedConnectors?connector_id=\(connector)").status
    }

    func discover(tenant: String, connector: String) async throws -> Int {
        try await send(.GET, "/v2/\(env)/\(flow)/\(tenant)/linkedConnectors/discover?connector_id=\(connector)").status
    }

    /// Moves the manual clock on by whole job stages.
    func advance(stages: Int) {
        emulator.settings.clock.advance(by: emulator.settings.jobStageDuration * stages)
    }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil) async throws -> (status: Int, body: String) {
        var request = HTTPClientRequest(url: emulator.baseURL + path)
        request.method = method
        request.headers.add(name: "x-api-key", value: emulator.settings.apiKey)
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 16 << 20)
        return (Int(response.status.code), String(buffer: buffer))
    }
}

struct DriverError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

import AsyncHTTPClient
import Foundation
import HotglueEmulator
import LosslessJSON
import NIOCore
import NIOHTTP1
import Testing

/// A fixed instant for manual clocks: 2024-05-01T12:00:00Z.
let testStart = Date(timeIntervalSince1970: 1_714_564_800)

/// Settings with a manual clock and short, round durations so tests can step exactly.
func manualSettings(seed: UInt64 = 42) -> EmulatorSettings {
    var settings = EmulatorSettings()
    settings.seed = seed
    settings.clock = .manual(start: testStart)
    settings.discoverDuration = .seconds(8)
    settings.jobStageDuration = .seconds(4)
    settings.tenantCount = 12
    return settings
}

/// Starts an emulator, runs `body` with a client for it, and always shuts it down.
func withEmulator(
    _ settings: EmulatorSettings = manualSettings(),
    _ body: (RunningEmulator, EmulatorClient) async throws -> Void
) async throws {
    let emulator = try await HotglueEmulatorServer.start(settings)
    do {
        try await body(emulator, EmulatorClient(emulator: emulator))
    } catch {
        try await emulator.shutdown()
        throw error
    }
    try await emulator.shutdown()
}

/// An answer from the emulator.
struct HTTPAnswer: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: String

    var json: JSONValue {
        get throws { try JSONValue.parse(body) }
    }

    /// The Chalice error body's Code and Message.
    var chalice: (code: String?, message: String?) {
        let value = try? JSONValue.parse(body)
        return (value?["Code"]?.stringValue, value?["Message"]?.stringValue)
    }
}

/// Speaks HTTP to one emulator with its secret key (or another key, or none).
struct EmulatorClient: Sendable {
    let emulator: RunningEmulator
    var apiKey: String?

    init(emulator: RunningEmulator, apiKey: String? = nil) {
        self.emulator = emulator
        self.apiKey = apiKey ?? emulator.settings.apiKey
    }

    func withKey(_ key: String?) -> EmulatorClient {
        var copy = self
        copy.apiKey = key
        return copy
    }

    var env: String { emulator.settings.envID }
    var flow: String { emulator.settings.flowID }

    /// `/v2/{env}/{flow}/{tenant}` + suffix
    func v2(_ tenant: String, _ suffix: String) -> String { "/v2/\(env)/\(flow)/\(tenant)\(suffix)" }
    /// `/{env}/{flow}/{tenant}` + suffix (the job endpoints without /v2)
    func plain(_ tenant: String, _ suffix: String) -> String { "/\(env)/\(flow)/\(tenant)\(suffix)" }

    func get(_ path: String) async throws -> HTTPAnswer { try await send(.GET, path) }

    func send(_ method: HTTPMethod, _ path: String, body: String? = nil) async throws -> HTTPAnswer {
        var request = HTTPClientRequest(url: emulator.baseURL + path)
        request.method = method
        if let apiKey { request.headers.add(name: "x-api-key", value: apiKey) }
        if let body {
            request.headers.add(name: "content-type", value: "application/json")
            request.body = .bytes(ByteBuffer(string: body))
        }
        let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
        let buffer = try await response.body.collect(upTo: 16 << 20)
        return HTTPAnswer(status: Int(response.status.code), headers: response.headers, body: String(buffer: buffer))
    }

    func sendJSON(_ method: HTTPMethod, _ path: String, _ value: JSONValue) async throws -> HTTPAnswer {
        try await send(method, path, body: value.compact())
    }
}

/// Percent-encodes a query value (job_root holds slashes).
func queryEncoded(_ text: String) -> String {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
}

import Foundation
import HotglueEmulator
import Testing

@Suite("Server lifecycle")
struct ServerLifecycleTests {
    @Test("start returns a listening server on a free port; shutdown stops it")
    func startAndStop() async throws {
        let emulator = try await HotglueEmulatorServer.start(manualSettings())
        #expect(emulator.port > 0)
        #expect(emulator.baseURL == "http://127.0.0.1:\(emulator.port)")
        let answer = try await EmulatorClient(emulator: emulator).get("/tenants/\(emulator.settings.envID)")
        #expect(answer.status == 200)
        try await emulator.shutdown()
        let logged = await emulator.requests().count
        // Tests run side by side: another test's emulator may get the freed port at once. What must hold is that
        // this emulator no longer answers: either nothing listens, or whoever does is not this one.
        let answered = (try? await RawHTTP.exchange(port: emulator.port, request: RawHTTP.getRequest("/", apiKey: "x"))) != nil
        #expect(await emulator.requests().count == logged, "a stopped emulator answered (answered: \(answered))")
    }

    @Test("several emulators run side by side on different ports")
    func sideBySide() async throws {
        let first = try await HotglueEmulatorServer.start(manualSettings(seed: 1))
        let second = try await HotglueEmulatorServer.start(manualSettings(seed: 2))
        #expect(first.port != second.port)
        #expect(try await EmulatorClient(emulator: first).get("/tenants/\(first.settings.envID)").status == 200)
        #expect(try await EmulatorClient(emulator: second).get("/tenants/\(second.settings.envID)").status == 200)
        try await first.shutdown()
        try await second.shutdown()
    }

    @Test("a taken port is reported as an error, not a hang")
    func portTaken() async throws {
        let first = try await HotglueEmulatorServer.start(manualSettings())
        await #expect(throws: (any Error).self) {
            _ = try await HotglueEmulatorServer.start(manualSettings(), port: first.port)
        }
        try await first.shutdown()
    }
}

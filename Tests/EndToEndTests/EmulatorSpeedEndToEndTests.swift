import Foundation
import Glibc
import TestSupport
import Testing

/// `gluetop emulator --speed`, parsed by the built binary: a bad value is refused before anything listens.
@Suite("gluetop emulator --speed", .needs(GluetopBinary.path() != nil, "a built gluetop binary"))
struct EmulatorSpeedEndToEndTests {
    @Test("zero, negative and non-numeric speeds are refused with a usage error that says why", arguments: [
        ("0", "must be greater than 0"), ("-6", "must be greater than 0"), ("fast", "is not a number"),
        ("inf", "is not a finite number"),
    ])
    func refused(speed: String, reason: String) throws {
        let binary = try #require(GluetopBinary.path())
        let output = FileManager.default.temporaryDirectory
            .appendingPathComponent("gluetop-speed-\(getpid())-\(speed).txt").path
        defer { unlink(output) }
        // Were the value accepted, the emulator would serve until stopped: `timeout` ends it (status 124), and
        // --port 0 keeps it off every port in use.
        let status = try ChildProcess.run(
            ["/usr/bin/env", "timeout", "20", binary, "emulator", "--port", "0", "--speed=\(speed)"], outputPath: output)
        let message = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(status == 2, "exit status \(status): \(message)")
        #expect(message.contains("--speed: '\(speed)' \(reason)"), "\(message)")
    }
}

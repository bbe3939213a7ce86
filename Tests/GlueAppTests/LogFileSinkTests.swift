import Foundation
import Glibc
import GlueApp
import Testing

@Suite("The log file")
struct LogFileSinkTests {
    static func temporaryLog() throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("gluetop.log").path
    }

    @Test("two writers on one file (a dashboard and a script) append whole lines, never over each other")
    func twoWriters() throws {
        let path = try Self.temporaryLog()
        let dashboard = LogFileSink(path: path), script = LogFileSink(path: path)
        for index in 0..<50 {
            dashboard.write("dashboard line \(index)")
            script.write("script line \(index)")
        }
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 100)
        #expect(lines.filter { $0.hasSuffix("dashboard line 49") }.count == 1)
        #expect(lines.filter { $0.contains("script line") }.count == 50)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test("past its size the log moves to .1 and a new one starts")
    func rotates() throws {
        let path = try Self.temporaryLog()
        let sink = LogFileSink(path: path, rotateBytes: 1_000)
        for index in 0..<40 { sink.write("line \(index) " + String(repeating: "x", count: 40)) }
        let rotated = try String(contentsOfFile: path + ".1", encoding: .utf8)
        let current = try String(contentsOfFile: path, encoding: .utf8)
        #expect(current.hasSuffix("line 39 " + String(repeating: "x", count: 40) + "\n"))
        #expect(current.utf8.count < 1_000 && !rotated.isEmpty)
        #expect(sink.failedWrites == 0)
    }

    @Test("a full disk costs lines, counted, never the process")
    func fullDisk() {
        let sink = LogFileSink(path: "/dev/full")
        sink.write("this cannot land")
        sink.write("nor this")
        #expect(sink.failedWrites == 2)
    }
}

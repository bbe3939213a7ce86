import Foundation
@testable import GlueApp
import GlueCore
import HotglueModels
import LosslessJSON
import Testing

@Suite("The pulse's cache file")
struct PulseCacheFileTests {
    private func withCache(_ body: (PulseCacheFile, URL) throws -> Void) throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("pulse-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let paths = AppPaths(environment: ["HOME": home.path, "XDG_CACHE_HOME": home.appendingPathComponent("cache").path])
        try body(PulseCacheFile(paths: paths, envID: "prod.hg.example.com", flowID: "l8o/dS2"), home)
    }

    static func job(_ id: String, tenant: String, status: String, message: String? = nil) throws -> Job {
        var object: JSONObject = ["job_id": JSONValue(id), "tenant": JSONValue(tenant), "connector_id": "salesforce",
                                  "status": JSONValue(status), "s3_root": JSONValue("\(tenant)/flows/f/jobs/\(id)"),
                                  "start_time": "2026-12-01T10:00:00.000000+00:00",
                                  "last_updated": "2026-12-01T10:05:00.000000+00:00", "processed_rows": 12]
        if let message { object["message"] = JSONValue(message) }
        return try Job(json: .object(object))
    }

    @Test("what is saved loads back the same, under the cache folder, named by environment and flow")
    func roundTrip() throws {
        try withCache { cache, home in
            var data = PulseData()
            let now = Date(timeIntervalSince1970: 1_796_000_000)
            data.checked("acme", jobs: [try Self.job("a1", tenant: "acme", status: "SYNC_FAILED", message: "Timeout after 30s"),
                                        try Self.job("a2", tenant: "acme", status: "SYNC_STARTED")],
                         at: now, window: 1e9)
            data.checkFailed("globex", at: now)
            data.received([.discover(DiscoverEvent(tenant: "initech", connector: "stripe", status: "DISCOVER_FAILED",
                                                   message: "bad key", time: now))], at: now, window: 1e9)
            try cache.save(data, at: now)
            #expect(cache.path == home.path + "/cache/gluetop/pulse/prod.hg.example.com__l8o_dS2.jsonl")
            let loaded = try #require(cache.load())
            #expect(loaded.data == data)
            #expect(loaded.savedAt == now)
            #expect(loaded.data["acme"]?.jobs.first?.cause == "Timeout after #")
        }
    }

    @Test("a line that does not read is skipped; the rest of the picture loads")
    func damagedLine() throws {
        try withCache { cache, _ in
            var data = PulseData()
            let now = Date(timeIntervalSince1970: 1_796_000_000)
            data.checked("acme", jobs: [try Self.job("a1", tenant: "acme", status: "SYNC_FAILED", message: "Timeout")],
                         at: now, window: 1e9)
            data.checked("globex", jobs: [try Self.job("g1", tenant: "globex", status: "JOB_COMPLETED")], at: now, window: 1e9)
            try cache.save(data, at: now)
            var lines = try String(contentsOfFile: cache.path, encoding: .utf8).split(separator: "\n").map(String.init)
            #expect(lines.count == 3)
            lines[1] = String(lines[1].prefix(20))
            try (lines.joined(separator: "\n") + "\n").write(toFile: cache.path, atomically: false, encoding: .utf8)
            let loaded = try #require(cache.load())
            #expect(loaded.data["acme"] == nil)
            #expect(loaded.data["globex"]?.jobs.map(\.id) == ["g1"])
        }
    }

    @Test("no file, or one that is not a cache of this version, loads as nothing")
    func unreadable() throws {
        try withCache { cache, _ in
            #expect(cache.load() == nil)
            try FileManager.default.createDirectory(atPath: (cache.path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try "{not json".write(toFile: cache.path, atomically: false, encoding: .utf8)
            #expect(cache.load() == nil)
            try #"{"version": 99, "saved_at": 1}"#.write(toFile: cache.path, atomically: false, encoding: .utf8)
            #expect(cache.load() == nil)
            // Version 1 was one JSON document: not read.
            try #"{"version": 1, "saved_at": 1, "tenants": {}}"#.write(toFile: cache.path, atomically: false, encoding: .utf8)
            #expect(cache.load() == nil)
        }
    }
}

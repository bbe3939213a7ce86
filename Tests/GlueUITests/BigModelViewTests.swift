import Foundation
import GlueUI
import HotglueModels
import Testing

/// DESIGN.md's scale: 10,000 tenants, 5,000 connectors, a 50,000-line log, drawn at 200×50. How long a frame takes
/// at this scale is measured where a time means something, in a release build: `Benchmarks/KeyToFrameBenchmarks`
/// (README's benchmark table). A wall-clock bound here, in a debug build beside 600 other tests, failed under load
/// without catching anything the benchmark misses; these tests check what such a frame shows.
@Suite struct BigModelViewTests {
    static func bigModel(filter: String = "") -> Model {
        let size = Size(width: 200, height: 50)
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.now)
        let tenants = (0..<10_000).map { TenantID("tenant-\($0)") }
        Fixtures.send(&model, .polled(.tenantsLoaded(.success([TenantID("acme")] + tenants), at: FixtureData.now)))
        let connectors = (0..<5_000).map { index in
            FixtureData.connector(#"{"id": "connector-\#(index)", "label": "Connector \#(index)", "type": "oauth"}"#)
        }
        Fixtures.send(&model, .polled(.connectorsLoaded("acme", .success(FixtureData.connectors + connectors), at: FixtureData.now)))
        Fixtures.send(&model, .polled(.jobsLoaded("acme", .success(FixtureData.jobs), at: FixtureData.now)))
        Fixtures.send(&model, .polled(.stateLoaded(FixtureData.salesforce, .success(FixtureData.state), at: FixtureData.now)))
        Fixtures.send(&model, .polled(.discoverPolled(FixtureData.salesforce, .success(.running), at: FixtureData.time("12:03:03"))))
        for index in 0..<50_000 {
            model.jobs.log.lines.append(LogLine(time: FixtureData.now, level: index % 9 == 0 ? .warning : .info,
                                                text: "Account: fetched page \(index) of the query; 2,000 records so far"))
        }
        model.jobs.log.search = "page 4999"
        if !filter.isEmpty { model.tenants.list.filter = filter }
        return model
    }

    @Test("at full scale the frame counts every tenant and connector and follows the log to its last line")
    func fullScale() {
        let text = view(Self.bigModel(), theme: .default).text
        #expect(text.contains("Tenants 10,001"))
        #expect(text.contains("Linked connectors · acme 5,005"))
        #expect(text.contains("fetched page 49999 of the query"))
        #expect(FrameChecks.problems(view(Self.bigModel(), theme: .default)) == [])
    }

    @Test("a tenant filter at full scale shows the matches and their count, in natural order")
    func filteredAtFullScale() {
        let text = view(Self.bigModel(filter: "tenant-99"), theme: .default).text
        #expect(text.contains("Tenants 111/10,001"))
        let rows = text.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "tenant-") else { return nil }
            return String(line[start.lowerBound...].prefix { $0 != " " && $0 != "┃" })
        }
        #expect(Array(rows.prefix(3)) == ["tenant-99", "tenant-990", "tenant-991"])
    }
}

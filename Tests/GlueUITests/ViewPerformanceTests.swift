import Foundation
import GlueUI
import HotglueModels
import Testing

/// DESIGN.md's scale: 10,000 tenants, 5,000 connectors, a 50,000-line log, drawn at 200×50. The view draws only
/// what is on screen, so its time must not grow with the data. (The release-build figure is in the UI report; a
/// debug test build is several times slower, hence the loose bound here, which still catches per-row work over
/// whole lists.)
@Suite struct ViewPerformanceTests {
    static func bigModel(filter: String = "") -> Model {
        let size = Size(width: 200, height: 50)
        var model = Model(connection: FixtureData.connection, size: size, now: FixtureData.now)
        let tenants = (0..<10_000).map { TenantID("tenant-\($0)") }
        Fixtures.send(&model, .tenantsLoaded(.success([TenantID("acme")] + tenants), at: FixtureData.now))
        let connectors = (0..<5_000).map { index in
            FixtureData.connector(#"{"id": "connector-\#(index)", "label": "Connector \#(index)", "type": "oauth"}"#)
        }
        Fixtures.send(&model, .connectorsLoaded("acme", .success(FixtureData.connectors + connectors), at: FixtureData.now))
        Fixtures.send(&model, .jobsLoaded("acme", .success(FixtureData.jobs), at: FixtureData.now))
        Fixtures.send(&model, .stateLoaded(FixtureData.salesforce, .success(FixtureData.state), at: FixtureData.now))
        Fixtures.send(&model, .discoverPolled(FixtureData.salesforce, .success(.running), at: FixtureData.time("12:03:03")))
        for index in 0..<50_000 {
            model.jobs.log.lines.append(LogLine(time: FixtureData.now, level: index % 9 == 0 ? .warning : .info,
                                                text: "Account: fetched page \(index) of the query; 2,000 records so far"))
        }
        model.jobs.log.search = "page 4999"
        if !filter.isEmpty { model.tenants.list.filter = filter }
        return model
    }

    static func millisecondsPerFrame(_ model: Model, frames: Int = 20) -> Double {
        _ = view(model, theme: .default)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<frames { _ = view(model, theme: .default) }
        }
        return Double(elapsed.components.attoseconds) / 1e15 / Double(frames) + Double(elapsed.components.seconds) * 1000 / Double(frames)
    }

    @Test func frameTimeDoesNotGrowWithTheData() {
        let big = Self.millisecondsPerFrame(Self.bigModel())
        let filtered = Self.millisecondsPerFrame(Self.bigModel(filter: "tenant-99"))
        let small = Self.millisecondsPerFrame(Fixtures.dashboard(Size(width: 200, height: 50)))
        print("view at 200×50: fixture \(small) ms, 10k tenants/5k connectors/50k log lines \(big) ms, with a tenant filter \(filtered) ms")
        #expect(big < 60, "\(big) ms per frame")
        #expect(big < small * 4 + 5, "a big model should cost about what a small one costs: \(big) vs \(small) ms")
    }
}

import Foundation
import HotglueEmulator
import GlueSync
import Testing

/// A wall clock the test moves by hand, for `EmulatorClock.scaled(wallElapsed:)`.
final class HandMovedWall: Sendable {
    private let elapsed = LockedValue<Duration>(.zero)

    func pass(_ duration: Duration) { elapsed.withLock { $0 += duration } }

    var source: @Sendable () -> Duration { { self.elapsed.withLock { $0 } } }
}

@Suite("Scaled emulator clock and --speed")
struct ScaledClockTests {
    @Test("emulated time is the start plus wall time elapsed times the speed")
    func scalesWallTime() {
        let wall = HandMovedWall()
        let clock = EmulatorClock.scaled(speed: 6, start: testStart, wallElapsed: wall.source)
        #expect(clock.now == testStart)
        wall.pass(.seconds(10))
        #expect(clock.now == testStart.addingTimeInterval(60))
        wall.pass(.milliseconds(500))
        #expect(clock.now == testStart.addingTimeInterval(63))
        #expect(clock.speed == 6)
        #expect(!clock.isManual)
    }

    @Test("speed 60 turns one wall minute into an emulated hour; advance(by:) does not move a scaled clock")
    func minuteIsAnHour() {
        let wall = HandMovedWall()
        let clock = EmulatorClock.scaled(speed: 60, start: testStart, wallElapsed: wall.source)
        clock.advance(by: .seconds(3600))
        #expect(clock.now == testStart)
        wall.pass(.seconds(60))
        #expect(clock.now == testStart.addingTimeInterval(3600))
    }

    @Test("the system and manual clocks report speeds 1 and 0")
    func otherSpeeds() {
        #expect(EmulatorClock.system.speed == 1)
        #expect(EmulatorClock.manual(start: testStart).speed == 0)
    }

    @Test("--speed takes positive numbers", arguments: [("6", 6.0), ("60", 60.0), ("0.5", 0.5), (" 12 ", 12.0)])
    func parsesSpeeds(text: String, factor: Double) throws {
        #expect(try ClockSpeed(parsing: text).factor == factor)
    }

    @Test("--speed refuses zero, negatives, words and infinities, saying which")
    func refusesBadSpeeds() {
        #expect(throws: ClockSpeedError.notPositive("0")) { try ClockSpeed(parsing: "0") }
        #expect(throws: ClockSpeedError.notPositive("-2")) { try ClockSpeed(parsing: "-2") }
        #expect(throws: ClockSpeedError.notANumber("fast")) { try ClockSpeed(parsing: "fast") }
        #expect(throws: ClockSpeedError.notANumber("")) { try ClockSpeed(parsing: "") }
        #expect(throws: ClockSpeedError.notANumber("6x")) { try ClockSpeed(parsing: "6x") }
        #expect(throws: ClockSpeedError.notFinite("inf")) { try ClockSpeed(parsing: "inf") }
        #expect(throws: ClockSpeedError.notFinite("nan")) { try ClockSpeed(parsing: "nan") }
        #expect(ClockSpeedError.notPositive("0").description.contains("greater than 0"))
        #expect(ClockSpeedError.notANumber("fast").description.contains("'fast' is not a number"))
    }

    @Test("the live demo's jobs follow a scaled clock: one wall minute at speed 60 runs an hour of jobs")
    func liveDemoChurnFollowsTheScaledClock() async throws {
        let wall = HandMovedWall()
        var settings = manualSettings()
        settings.clock = .scaled(speed: 60, start: testStart, wallElapsed: wall.source)
        settings.liveDemo = true
        try await withEmulator(settings) { (emulator, _) async throws in
            _ = await emulator.world.jobs(tenant: "acme")
            let before = try #require(await emulator.world.jobCounts().first { $0.tenant == "acme" }).created
            wall.pass(.seconds(60))
            let after = try #require(await emulator.world.jobCounts().first { $0.tenant == "acme" }).created
            // 4 s stages: a job of 7 stages plus the 8 s pause is 36 s, failures end sooner: about 100 an hour.
            // On the wall clock the same minute holds two jobs at most.
            #expect(after - before >= 80, "an emulated hour ran \(after - before) scheduled jobs")
        }
    }
}

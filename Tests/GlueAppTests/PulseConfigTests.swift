@testable import GlueApp
import GlueCore
import Testing

@Suite("A profile's events:, pulse: and start:")
struct PulseConfigTests {
    private func profile(_ lines: String) throws -> Profile { try prodProfile(lines) }

    @Test("defaults: no events, a check a second, the dashboard first")
    func defaults() throws {
        let prod = try profile("")
        #expect(prod.events == nil)
        #expect(prod.pulse == ProfilePulse())
        #expect(prod.pulse.secondsPerCheck == PulsePane.defaultSecondsPerCheck)
        #expect(prod.start == .dashboard)
    }

    @Test("all three set; the events URL is read from the environment when the profile is resolved")
    func full() throws {
        let prod = try profile("""
                events: env:GLUETOP_EVENTS_URL
                pulse: {requests_per_second: 0.25}
                start: pulse
            """)
        #expect(prod.events == .secret(.environment("GLUETOP_EVENTS_URL")))
        #expect(prod.pulse.secondsPerCheck == 4)
        #expect(prod.start == .pulse)
        let resolved = try ProfileResolver.resolve(prod, resolver: SecretResolver(environment: [
            "HG_PROD_KEY": "key", "GLUETOP_EVENTS_URL": "postgres://relay:hunter2@db.internal:6543/gluetop",
        ]))
        let events = try #require(resolved.events)
        #expect(events.host == "db.internal" && events.port == 6543 && events.database == "gluetop")
        #expect(!"\(events)".contains("hunter2"))
        #expect(resolved.start == .pulse)
    }

    @Test("a URL without a password may be written in the file")
    func plainURL() throws {
        let prod = try profile("    events: postgres://gluetop@127.0.0.1/gluetop")
        #expect(prod.events == .url("postgres://gluetop@127.0.0.1/gluetop"))
    }

    @Test("mistakes name the key and never echo a password")
    func mistakes() {
        let pasted = configError(validProfileYAML + "\n    events: postgres://relay:hunter2@db/gluetop\n")
        #expect(pasted?.contains("profiles.prod.events") == true)
        #expect(pasted?.contains("holds a password") == true)
        #expect(pasted?.contains("hunter2") == false)
        #expect(configError(validProfileYAML + "\n    pulse: {requests_per_second: 0}\n")?
            .contains("profiles.prod.pulse.requests_per_second") == true)
        #expect(configError(validProfileYAML + "\n    pulse: {requests_per_second: 50}\n")?.contains("at most 10") == true)
        #expect(configError(validProfileYAML + "\n    pulse: {rate: 1}\n")?.contains("unknown key") == true)
        #expect(configError(validProfileYAML + "\n    start: tenants\n")?.contains("must be dashboard or pulse") == true)
    }

    @Test("an events URL that is not PostgreSQL's fails the profile when resolved, naming the field")
    func badURL() throws {
        let prod = try profile("    events: env:GLUETOP_EVENTS_URL")
        do {
            _ = try ProfileResolver.resolve(prod, resolver: SecretResolver(environment: [
                "HG_PROD_KEY": "key", "GLUETOP_EVENTS_URL": "mysql://db/x",
            ]))
            Issue.record("resolved")
        } catch {
            #expect(error.description.contains("events") && error.description.contains("postgres://"))
        }
    }
}

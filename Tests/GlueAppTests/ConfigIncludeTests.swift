import Foundation
@testable import GlueApp
import GlueCore
import Testing

@Suite("Team file and user file")
struct ConfigIncludeTests {
    static let team = """
        default_profile: staging
        profiles:
          staging:
            base_url: https://staging.api.example.com
            env_id: staging.hg.example.com
            flows: [l8odS2mce]
            api_key: env:TEAM_STAGING_KEY
          prod:
            base_url: https://api.hotglue.com
            env_id: prod.hg.example.com
            flows: [l8odS2mce, k2Zr9aXq]
            api_key: env:TEAM_PROD_KEY
            production: true
        keymap:
          refresh: F5
        """

    @Test("the user's file overrides the team's field by field")
    func fieldByField() throws {
        let scratch = try ConfigScratch()
        try scratch.write("team.yaml", Self.team)
        let user = try scratch.write("config.yaml", """
            include: team.yaml
            default_profile: prod
            profiles:
              prod:
                api_key: file:~/.secrets/hg-prod
                readonly: true
              mine:
                base_url: http://127.0.0.1:8787
                env_id: demo.hg.example.com
                flows: [l8odS2mce]
                api_key: env:DEMO_KEY
            keymap:
              refresh: F6
            """)
        let config = try ConfigLoader.load(path: user, environment: ["HOME": "/home/ops"])
        #expect(config.files == [scratch.path("team.yaml"), user])
        #expect(config.profileNames == ["staging", "prod", "mine"])
        #expect(config.defaultProfile == "prod")
        let prod = try #require(config.profile(named: "prod"))
        // The user's key source and read-only mark; the team's URL, environment, flows and production mark.
        #expect(prod.apiKey == .file("~/.secrets/hg-prod"))
        #expect(prod.readOnly)
        #expect(prod.production)
        #expect(prod.baseURL == "https://api.hotglue.com")
        #expect(prod.flows == ["l8odS2mce", "k2Zr9aXq"])
        // A profile the user did not touch is the team's.
        #expect(config.profile(named: "staging")?.apiKey == .environment("TEAM_STAGING_KEY"))
        #expect(config.keymap.command(for: .function(6)) == .refresh)
        #expect(config.keymap.command(for: .function(5)) == nil)
    }

    @Test("an error in the team file names the team file and its line")
    func errorInTeamFile() throws {
        let scratch = try ConfigScratch()
        try scratch.write("team.yaml", "profiles:\n  prod:\n    base_ur1: https://api.hotglue.com\n")
        let user = try scratch.write("config.yaml", "include: team.yaml\n")
        #expect(throws: ConfigError.self) { try ConfigLoader.load(path: user) }
        do {
            _ = try ConfigLoader.load(path: user)
        } catch {
            #expect(error.description.hasPrefix("\(scratch.path("team.yaml")) line 3: profiles.prod.base_ur1: unknown key"))
        }
    }

    @Test("a field missing in both files is named on the profile in the user's file")
    func missingInBoth() throws {
        let scratch = try ConfigScratch()
        try scratch.write("team.yaml", "profiles:\n  prod:\n    base_url: https://api.hotglue.com\n    env_id: e\n    flows: [f]\n")
        let user = try scratch.write("config.yaml", "include: team.yaml\nprofiles:\n  prod:\n    readonly: true\n")
        do {
            _ = try ConfigLoader.load(path: user)
            Issue.record("loaded a profile without api_key")
        } catch {
            #expect(error.description == "\(user) line 3: profiles.prod: missing api_key (env:VAR, file:PATH or command:CMD)")
        }
    }

    @Test("a missing team file is named at the include line; a team file cannot include another")
    func includeProblems() throws {
        let scratch = try ConfigScratch()
        let user = try scratch.write("config.yaml", "profiles: {}\ninclude: [team.yaml]\n")
        do {
            _ = try ConfigLoader.load(path: user)
            Issue.record("loaded without the team file")
        } catch {
            #expect(error.description == "\(user) line 2: include: \(scratch.path("team.yaml")): no such file")
        }
        try scratch.write("team.yaml", "include: other.yaml\n")
        do {
            _ = try ConfigLoader.load(path: user)
            Issue.record("loaded a nested include")
        } catch {
            #expect(error.description.hasPrefix("\(scratch.path("team.yaml")) line 1: include: an included file cannot include others"))
        }
    }
}

import Foundation
import GlueCore
import GlueUI
import HotglueModels
import TestSupport
import Testing

/// `:profile NAME` in `update`: pure, no runtime.
@Suite("Switching profiles in update")
struct ProfileSwitchUpdateTests {
    static let t0 = Date(timeIntervalSince1970: 1_780_000_000)

    static func model() -> Model {
        var model = Model(connection: ConnectionInfo(profile: "staging", host: "staging.example.com",
                                                     envID: "staging.hg.example.com", flowID: "l8odS2mce"),
                          size: Size(width: 120, height: 40), now: t0, availableThemes: ["default", "mono"])
        model.availableProfiles = ["staging", "prod"]
        _ = update(&model, .polled(.tenantsLoaded(.success(["acme", "globex", "initech"]), at: t0)))
        _ = update(&model, .key(.character("j")))
        return model
    }

    static func type(_ text: String, into model: inout Model) -> [Effect] {
        var effects = update(&model, .key(.character(":")))
        for character in text { effects += update(&model, .key(.character(character))) }
        return effects + update(&model, .key(.enter))
    }

    static let prod = ConnectionInfo(profile: "prod", host: "api.hotglue.com", envID: "prod.hg.example.com",
                                     flowID: "l8odS2mce", readOnly: true, production: true)

    @Test(":profile prod asks the runtime for the switch and changes nothing yet")
    func asks() {
        var model = Self.model()
        let before = model.tenants
        #expect(Self.type("profile prod", into: &model) == [.switchProfile("prod")])
        #expect(model.connection.profile == "staging")
        #expect(model.tenants == before)
        #expect(model.activity.notice == "switching to profile prod…")
    }

    @Test("an unknown profile is refused with the list; the current one is not switched to again")
    func refuses() {
        var model = Self.model()
        #expect(Self.type("profile qa", into: &model) == [])
        #expect(model.activity.notice == "no profile 'qa' — profiles: staging, prod")
        #expect(Self.type("profile staging", into: &model) == [])
        #expect(model.activity.notice == "already on profile staging")
        #expect(Self.type("profile", into: &model) == [])
        #expect(model.activity.notice == ":profile needs a profile name")
    }

    @Test("without a config there are no profiles to switch to")
    func noProfiles() {
        var model = Self.model()
        model.availableProfiles = []
        #expect(Self.type("profile prod", into: &model) == [])
        #expect(model.activity.notice?.hasPrefix("no profiles configured") == true)
    }

    @Test("the switch resets the panes and selection and shows the new profile's marks")
    func switched() {
        var model = Self.model()
        model.focus = .jobs
        _ = update(&model, .profileSwitched(.success(ProfileSwitch(connection: Self.prod, themeName: "mono",
                                                                   pulseSecondsPerCheck: 4, copyAllowed: false))))
        #expect(model.connection == Self.prod)
        // The new profile's own pace of the pulse's sweep and its copy: setting.
        #expect(model.pulse.secondsPerCheck == 4)
        #expect(!model.copyAllowed)
        #expect(model.tenants.all.isEmpty)
        #expect(model.tenants.list.selected == 0)
        #expect(model.focus == .tenants)
        #expect(model.themeName == "mono")
        #expect(model.availableProfiles == ["staging", "prod"])
        #expect(model.activity.notice == "profile prod (PRODUCTION, read-only)")
        // The new environment's tenants arrive and show.
        _ = update(&model, .polled(.tenantsLoaded(.success(["wayne", "stark"]), at: Self.t0.addingTimeInterval(1))))
        #expect(model.tenants.all == ["stark", "wayne"])
        // Read-only now: mutations are refused.
        #expect(update(&model, .key(.character("d"))).isEmpty)
    }

    @Test("a failed switch stays on the current profile and says why")
    func failed() {
        var model = Self.model()
        let before = model
        _ = update(&model, .profileSwitched(.failure(ProfileSwitchFailure(
            profile: "prod", message: "profile prod: api_key: environment variable PROD_KEY is not set (or empty)"))))
        #expect(model.connection == before.connection)
        #expect(model.tenants == before.tenants)
        #expect(model.activity.notice == "profile prod not opened: profile prod: api_key: environment variable PROD_KEY is not set (or empty)")
    }

    @Test("Tab completes profile names after :profile")
    func completes() throws {
        #expect(PaletteCommand.complete("profile p", profiles: ["staging", "prod", "preprod"]) == "profile pr")
        #expect(PaletteCommand.complete("profile st", profiles: ["staging", "prod"]) == "profile staging")
        #expect(PaletteCommand.complete("prof") == "profile ")
        var model = Self.model()
        _ = update(&model, .key(.character(":")))
        for character in "profile pr" { _ = update(&model, .key(.character(character))) }
        _ = update(&model, .key(.tab))
        guard case .palette(let input) = model.overlay else { try wrongCase(model.overlay, expected: ".palette") }
        #expect(input.text == "profile prod")
    }
}

@Suite("The profile and its marks in the header")
struct ProfileHeaderTests {
    @Test("the header names the profile and shows READ-ONLY and PRODUCTION, down to 80 columns",
          arguments: [80, 120, 200])
    func marks(_ width: Int) {
        var model = ProfileSwitchUpdateTests.model()
        _ = update(&model, .profileSwitched(.success(ProfileSwitch(connection: ProfileSwitchUpdateTests.prod))))
        _ = update(&model, .resized(Size(width: width, height: 30)))
        let header = view(model, theme: .default).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains(" prod "))
        #expect(header.contains("READ-ONLY"))
        #expect(header.contains("PRODUCTION"))
    }

    @Test("a staging profile shows neither mark")
    func noMarks() {
        let model = ProfileSwitchUpdateTests.model()
        let header = view(model, theme: .default).text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("staging"))
        #expect(!header.contains("PRODUCTION") && !header.contains("READ-ONLY"))
    }
}

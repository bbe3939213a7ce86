import Foundation
@testable import GlueApp
import GlueCore
import HotglueAPI
import Testing

@Suite("Choosing and resolving a profile")
struct ProfileResolverTests {
    static let yaml = """
        default_profile: staging
        profiles:
          staging:
            base_url: https://staging.api.example.com:8443/
            env_id: staging.hg.example.com
            flows: [l8odS2mce, k2Zr9aXq]
            api_key: env:STAGING_KEY
          prod:
            base_url: https://api.hotglue.com
            env_id: prod.hg.example.com
            flows: [l8odS2mce]
            api_key: env:PROD_KEY
            api_key_kind: public
            tenant_signing_key: env:PROD_SIGNING
            readonly: true
            production: true
            theme: high-contrast
        """
    let environment = ["STAGING_KEY": "s-key", "PROD_KEY": "p-key", "PROD_SIGNING": "p-sign", "HOTGLUE_API_KEY": "cli-key"]

    func resolve(_ request: ProfileRequest, yaml: String = Self.yaml) throws -> ResolvedProfile {
        try ProfileResolver.resolve(request, config: ConfigLoader.parse(yaml, file: "config.yaml"),
                                    resolver: SecretResolver(environment: environment))
    }

    @Test("no --profile: the default profile")
    func defaultProfile() throws {
        let resolved = try resolve(ProfileRequest())
        #expect(resolved.name == "staging")
        #expect(resolved.connection == ConnectionInfo(profile: "staging", host: "staging.api.example.com:8443",
                                                      envID: "staging.hg.example.com", flowID: "l8odS2mce"))
        #expect(resolved.configuration.apiKey.reveal() == "s-key")
        #expect(resolved.configuration.keyKind == .secret)
        #expect(resolved.configuration.tenantSigningKey == nil)
    }

    @Test("--profile prod: its key kind, signing key, marks and theme")
    func namedProfile() throws {
        let resolved = try resolve(ProfileRequest(profile: "prod"))
        #expect(resolved.connection.readOnly && resolved.connection.production)
        #expect(resolved.connection.host == "api.hotglue.com")
        #expect(resolved.configuration.keyKind == .public)
        #expect(resolved.configuration.tenantSigningKey?.reveal() == "p-sign")
        #expect(resolved.themeName == "high-contrast")
    }

    @Test("--flow picks another flow of the profile; --readonly adds the read-only mark")
    func flagsOverride() throws {
        let resolved = try resolve(ProfileRequest(profile: "staging", flowID: "k2Zr9aXq", readOnly: true))
        #expect(resolved.connection.flowID == "k2Zr9aXq")
        #expect(resolved.configuration.flow.rawValue == "k2Zr9aXq")
        #expect(resolved.connection.readOnly)
    }

    @Test("--base-url/--env/--flow without --profile: the explicit target with HOTGLUE_API_KEY, as before profiles")
    func explicitFlags() throws {
        let resolved = try resolve(ProfileRequest(baseURL: "http://127.0.0.1:8787", envID: "e", flowID: "f"))
        #expect(resolved.name == "cli")
        #expect(resolved.connection.host == "127.0.0.1:8787")
        #expect(resolved.configuration.apiKey.reveal() == "cli-key")
    }

    @Test("an unknown profile is refused with the list")
    func unknownProfile() {
        #expect(throws: ProfileError("no profile 'qa': profiles are staging, prod")) {
            try resolve(ProfileRequest(profile: "qa"))
        }
    }

    @Test("--profile without any profiles configured says so")
    func noProfilesAtAll() {
        #expect(throws: ProfileError("no profile 'prod': no profiles are configured (config.yaml)")) {
            try resolve(ProfileRequest(profile: "prod"), yaml: "keymap: {}\n")
        }
    }

    @Test("several profiles and no default: asks for --profile")
    func noDefault() {
        let yaml = Self.yaml.replacingOccurrences(of: "default_profile: staging\n", with: "")
        #expect(throws: ProfileError("several profiles and no default_profile: pick one with --profile (staging, prod)")) {
            try resolve(ProfileRequest(), yaml: yaml)
        }
    }

    @Test("no config and no flags: the same missing-flags message as before profiles")
    func nothing() {
        #expect(throws: ProfileError("missing --base-url, --env, --flow (or --profile NAME from the config file, or --demo to try gluetop on its emulator)")) {
            try resolve(ProfileRequest(), yaml: "")
        }
    }

    @Test("a config error is marked as one, with file and line")
    func configErrorMarked() throws {
        let scratch = try ConfigScratch()
        let path = try scratch.write("config.yaml", "profiles:\n  prod:\n    colour: red\n")
        do {
            _ = try ProfileResolver.resolve(ProfileRequest(configPath: path), environment: [:])
            Issue.record("resolved a broken config")
        } catch {
            #expect(error.isConfigError)
            #expect(error.description.hasPrefix("\(path) line 3: profiles.prod.colour: unknown key"))
        }
    }

    @Test("descriptions of what was resolved never show the key")
    func noSecretInDescriptions() throws {
        let resolved = try resolve(ProfileRequest(profile: "prod"))
        let text = "\(resolved) \(String(reflecting: resolved)) \(resolved.configuration.apiKey)"
        #expect(!text.contains("p-key"))
        #expect(!text.contains("p-sign"))
    }
}

import Foundation
@testable import GlueApp
import GlueCore
import HotglueAPI
import Testing

@Suite("Config file parsing")
struct ConfigParsingTests {
    @Test("a full config: profiles with every field, the default profile, a keymap")
    func fullConfig() throws {
        let config = try ConfigLoader.parse("""
            default_profile: staging
            profiles:
              staging:
                base_url: https://staging.api.example.com/
                env_id: staging.hg.example.com
                flows: [l8odS2mce, k2Zr9aXq]
                default_flow: k2Zr9aXq
                api_key: file:/etc/gluetop/staging.key
                theme: mono
              prod:
                base_url: https://api.hotglue.com
                env_id: prod.hg.example.com
                flows: l8odS2mce
                api_key: command:pass show hotglue/prod
                api_key_kind: public
                tenant_signing_key: env:HG_SIGNING_KEY
                readonly: true
                production: yes
            keymap:
              refresh: F5
              unlink: [x, ctrl+x]
            """, file: "config.yaml")
        #expect(config.profileNames == ["staging", "prod"])
        #expect(config.defaultProfile == "staging")
        let staging = try #require(config.profile(named: "staging"))
        #expect(staging.flows == ["l8odS2mce", "k2Zr9aXq"])
        #expect(staging.defaultFlow == "k2Zr9aXq")
        #expect(staging.apiKey == .file("/etc/gluetop/staging.key"))
        #expect(staging.apiKeyKind == .secret)
        #expect(staging.theme == "mono")
        #expect(!staging.readOnly && !staging.production)
        let prod = try #require(config.profile(named: "prod"))
        #expect(prod.flows == ["l8odS2mce"])
        #expect(prod.defaultFlow == "l8odS2mce")
        #expect(prod.apiKey == .command("pass show hotglue/prod"))
        #expect(prod.apiKeyKind == .public)
        #expect(prod.tenantSigningKey == .environment("HG_SIGNING_KEY"))
        #expect(prod.readOnly && prod.production)
        #expect(config.keymap.command(for: .function(5)) == .refresh)
        #expect(config.keymap.command(for: .character("R")) == nil)
        #expect(config.keymap.keys(for: .unlink) == [.control("x"), .character("x")])
        #expect(config.keymap.command(for: .character("j")) == .moveDown)
    }

    @Test("an empty file is a config without profiles")
    func emptyFile() throws {
        let config = try ConfigLoader.parse("", file: "config.yaml")
        #expect(config.profiles.isEmpty)
        #expect(config.keymap == .defaults)
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let yaml: String
        let message: String
        var testDescription: String { message }
    }

    static let bad: [Bad] = [
        // Not YAML at all.
        Bad(yaml: "profiles:\n  prod: [unclosed\n", message: "config.yaml line 3: (yaml): not valid YAML"),
        Bad(yaml: "- a\n- b\n", message: "config.yaml line 1: (top): the config is a mapping"),
        // Unknown keys, at each level.
        Bad(yaml: "profile:\n  prod: {}\n", message: "config.yaml line 1: profile: unknown key: the config has default_profile, include, keymap, profiles"),
        Bad(yaml: validProfileYAML + "\n    bse_url: https://x.example.com\n",
            message: "config.yaml line 7: profiles.prod.bse_url: unknown key: a profile has api_key"),
        Bad(yaml: "keymap:\n  refresh: F5\n  refrash: F6\n", message: "config.yaml line 3: keymap.refrash: unknown command: commands are down, up"),
        Bad(yaml: "keymap:\n  refresh: hyper+r\n", message: "config.yaml line 2: keymap.refresh: unknown key 'hyper+r'"),
        Bad(yaml: "keymap:\n  refresh: F99\n", message: "config.yaml line 2: keymap.refresh: unknown key 'F99'"),
        // Wrong types.
        Bad(yaml: "profiles: [prod, staging]\n", message: "config.yaml line 1: profiles: must be a mapping of profile names"),
        Bad(yaml: validProfileYAML + "\n    readonly: maybe\n", message: "config.yaml line 7: profiles.prod.readonly: must be true or false"),
        Bad(yaml: validProfileYAML + "\n    production: [true]\n", message: "config.yaml line 7: profiles.prod.production: must be true or false"),
        Bad(yaml: "profiles:\n  prod:\n    base_url: [https://a.example.com]\n", message: "config.yaml line 3: profiles.prod.base_url: must be a URL"),
        Bad(yaml: "profiles:\n  prod:\n    flows: {a: b}\n", message: "config.yaml line 3: profiles.prod.flows: must be a flow id or a list of them"),
        Bad(yaml: "profiles:\n  prod:\n    flows: []\n", message: "config.yaml line 3: profiles.prod.flows: must list at least one flow id"),
        Bad(yaml: "profiles:\n  prod:\n    env_id:\n", message: "config.yaml line 3: profiles.prod.env_id: must be an environment id"),
        Bad(yaml: "profiles:\n  prod:\n    env_id: ~\n", message: "config.yaml line 3: profiles.prod.env_id: must be an environment id"),
        Bad(yaml: "profiles:\n  prod:\n    env_id: \"\"\n", message: "config.yaml line 3: profiles.prod.env_id: must be an environment id"),
        Bad(yaml: "keymap: [F5]\n", message: "config.yaml line 1: keymap: must be a mapping of command names to keys"),
        Bad(yaml: "default_profile: [prod]\n", message: "config.yaml line 1: default_profile: must be a profile name"),
        Bad(yaml: "profiles:\n  prod: https://api.hotglue.com\n", message: "config.yaml line 2: profiles.prod: must be a mapping"),
        Bad(yaml: validProfileYAML + "\n    api_key_kind: private\n", message: "config.yaml line 7: profiles.prod.api_key_kind: must be secret or public"),
        // Missing required fields: named on the profile's line.
        Bad(yaml: "profiles:\n  prod:\n    env_id: e\n    flows: [f]\n    api_key: env:K\n", message: "config.yaml line 2: profiles.prod: missing base_url"),
        Bad(yaml: "profiles:\n  prod:\n    base_url: https://a.example.com\n    flows: [f]\n    api_key: env:K\n", message: "config.yaml line 2: profiles.prod: missing env_id"),
        Bad(yaml: "profiles:\n  prod:\n    base_url: https://a.example.com\n    env_id: e\n    api_key: env:K\n", message: "config.yaml line 2: profiles.prod: missing flows"),
        Bad(yaml: "profiles:\n  prod:\n    base_url: https://a.example.com\n    env_id: e\n    flows: [f]\n", message: "config.yaml line 2: profiles.prod: missing api_key"),
        // Values that cannot work.
        Bad(yaml: "profiles:\n  prod:\n    base_url: api.hotglue.com\n    env_id: e\n    flows: [f]\n    api_key: env:K\n", message: "config.yaml line 3: profiles.prod.base_url: must be an http(s) URL"),
        Bad(yaml: validProfileYAML + "\n    default_flow: other\n", message: "config.yaml line 7: profiles.prod.default_flow: 'other' is not one of flows (l8odS2mce)"),
        Bad(yaml: validProfileYAML + "\n    api_key_kind: public\n", message: "config.yaml line 7: profiles.prod.api_key_kind: a public key needs tenant_signing_key"),
        Bad(yaml: "default_profile: staging\n" + validProfileYAML, message: "config.yaml line 1: default_profile: no profile 'staging': profiles are prod"),
        Bad(yaml: validProfileYAML + "\n    env_id: again\n", message: "config.yaml line 4: (yaml): a key is given twice in one mapping: env_id"),
        Bad(yaml: "profiles:\n  prod:\n    api_key: \"env:\"\n", message: "config.yaml line 3: profiles.prod.api_key: env: needs an environment variable name"),
        Bad(yaml: "profiles:\n  my prod:\n    api_key: env:K\n", message: "config.yaml line 2: profiles.my prod: a profile name is one word"),
    ]

    @Test("a bad config names the file, the line and the key", arguments: bad)
    func badConfig(_ bad: Bad) {
        let message = configError(bad.yaml)
        #expect(message?.hasPrefix(bad.message) == true, "got: \(message ?? "no error")")
    }

    @Test("a key pasted where a source belongs is refused without being repeated")
    func pastedKeyNotEchoed() throws {
        let message = try #require(configError("profiles:\n  prod:\n    api_key: hg-live-8f2a9c0d\n"))
        #expect(message.hasPrefix("config.yaml line 3: profiles.prod.api_key: must be env:VAR, file:PATH or command:CMD"))
        #expect(!message.contains("hg-live-8f2a9c0d"))
    }

    @Test("a relative key file is beside the config file that names it")
    func relativeKeyFile() throws {
        let config = try ConfigLoader.parse(validProfileYAML.replacingOccurrences(of: "env:HG_PROD_KEY", with: "file:keys/prod.key"),
                                            file: "/home/ops/.config/gluetop/config.yaml")
        #expect(config.profile(named: "prod")?.apiKey == .file("/home/ops/.config/gluetop/keys/prod.key"))
    }

    @Test("no file at the default path is an empty config; a missing --config file is an error")
    func missingFiles() throws {
        let scratch = try ConfigScratch()
        let paths = AppPaths(environment: ["HOME": scratch.directory.path, "XDG_CONFIG_HOME": scratch.path("none")])
        #expect(try ConfigLoader.load(path: nil, paths: paths).profiles.isEmpty)
        #expect(throws: ConfigError(file: scratch.path("nope.yaml"), line: nil, key: "(file)", reason: "no such file")) {
            try ConfigLoader.load(path: scratch.path("nope.yaml"), paths: paths)
        }
    }

    @Test("the default path follows XDG_CONFIG_HOME")
    func defaultPath() throws {
        let scratch = try ConfigScratch()
        try FileManager.default.createDirectory(atPath: scratch.path("xdg/gluetop"), withIntermediateDirectories: true)
        try scratch.write("xdg/gluetop/config.yaml", validProfileYAML)
        let paths = AppPaths(environment: ["HOME": scratch.directory.path, "XDG_CONFIG_HOME": scratch.path("xdg")])
        let config = try ConfigLoader.load(path: nil, paths: paths)
        #expect(config.profileNames == ["prod"])
        #expect(config.files == [scratch.path("xdg/gluetop/config.yaml")])
    }
}

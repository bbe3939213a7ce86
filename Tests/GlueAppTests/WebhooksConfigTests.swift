@testable import GlueApp
import GlueEvents
import Testing

@Suite("A profile's webhooks: {listen, secret}")
struct WebhooksConfigTests {
    private func profile(_ webhooks: String) throws -> Profile {
        let config = try ConfigLoader.parse(validProfileYAML + "\n    webhooks: \(webhooks)\n", file: "config.yaml")
        return try #require(config.profile(named: "prod"))
    }

    @Test("listen and an env: secret; the secret is read when the profile is resolved, and never printed")
    func full() throws {
        let prod = try profile("{listen: 127.0.0.1:9191, secret: env:HG_WEBHOOK_SECRET}")
        #expect(prod.webhooks == ProfileWebhooks(listen: ListenAddress(host: "127.0.0.1", port: 9191),
                                                 secret: .environment("HG_WEBHOOK_SECRET")))
        let environment = ["HG_PROD_KEY": "key", "HG_WEBHOOK_SECRET": "whsec-hunter2"]
        let resolved = try ProfileResolver.resolve(prod, resolver: SecretResolver(environment: environment))
        let webhooks = try #require(resolved.webhooks)
        #expect(webhooks.listen.port == 9191)
        #expect(webhooks.secret == WebhookSecret("whsec-hunter2"))
        #expect(!"\(webhooks)".contains("hunter2"))
    }

    @Test("defaults: 127.0.0.1:9090 and no secret; a bare port listens on 127.0.0.1")
    func defaults() throws {
        #expect(try profile("{}").webhooks == ProfileWebhooks())
        #expect(try profile("{listen: 9095}").webhooks?.listen == ListenAddress(host: "127.0.0.1", port: 9095))
        let none = try ConfigLoader.parse(validProfileYAML, file: "config.yaml").profile(named: "prod")
        #expect(none?.webhooks == nil)
    }

    @Test("mistakes name the key: a bad address, a pasted secret, an unknown key, not a mapping")
    func mistakes() {
        let base = validProfileYAML + "\n    webhooks: "
        #expect(configError(base + "{listen: 'http://x:1'}")?.contains("profiles.prod.webhooks.listen") == true)
        let pasted = configError(base + "{secret: whsec-hunter2}")
        #expect(pasted?.contains("profiles.prod.webhooks.secret") == true)
        #expect(pasted?.contains("hunter2") == false)
        #expect(configError(base + "{port: 9090}")?.contains("unknown key") == true)
        #expect(configError(base + "yes")?.contains("must be a mapping") == true)
    }

    @Test("a missing secret fails the profile, naming the variable and not a value")
    func missingSecret() throws {
        let prod = try profile("{secret: env:HG_WEBHOOK_SECRET}")
        #expect(throws: ProfileError.self) {
            try ProfileResolver.resolve(prod, resolver: SecretResolver(environment: ["HG_PROD_KEY": "key"]))
        }
        do {
            _ = try ProfileResolver.resolve(prod, resolver: SecretResolver(environment: ["HG_PROD_KEY": "key"]))
        } catch {
            #expect(error.description.contains("webhooks.secret") && error.description.contains("HG_WEBHOOK_SECRET"))
        }
    }
}

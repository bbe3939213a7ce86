@testable import GlueApp
import GlueCore
import Testing

@Suite("A profile's copy:")
struct CopyConfigTests {
    private func profile(_ lines: String) throws -> Profile { try prodProfile(lines) }

    @Test("on unless the profile says copy: false; the resolved profile carries it")
    func copySetting() throws {
        #expect(try profile("").copy)
        let off = try profile("    copy: false")
        #expect(!off.copy)
        let resolved = try ProfileResolver.resolve(off, resolver: SecretResolver(environment: ["HG_PROD_KEY": "key"]))
        #expect(!resolved.copy)
    }

    @Test("a copy: that is not true or false is an error naming the key and the line")
    func badCopy() throws {
        do {
            _ = try profile("    copy: sometimes")
            Issue.record("copy: sometimes was taken")
        } catch {
            #expect("\(error)" == "config.yaml line 7: profiles.prod.copy: must be true or false")
        }
    }
}

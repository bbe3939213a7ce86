import HotglueAPI
import Testing

@Suite("Secret")
struct SecretTests {
    @Test func neverShowsItsValue() {
        let secret = Secret("hg-super-secret-value")
        var dumped = ""
        dump(secret, to: &dumped)
        var dumpedInside = ""
        dump(["key": secret], to: &dumpedInside)
        for text in [secret.description, secret.debugDescription, "\(secret)", String(reflecting: secret), dumped,
            dumpedInside, String(describing: Mirror(reflecting: secret).children.map(\.value))]
        {
            #expect(!text.contains("hg-super-secret-value"), "leaked in: \(text)")
        }
        #expect(secret.reveal() == "hg-super-secret-value")
    }
}

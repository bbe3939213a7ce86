import GlueEvents
import Testing

@Suite("X-Hub-Signature: HMAC-SHA1 of the raw body, hex")
struct SignatureTests {
    let body = Array("The quick brown fox jumps over the lazy dog".utf8)
    let secret = WebhookSecret("key")
    /// RFC 2202's style of vector, computed independently (openssl dgst -sha1 -hmac key).
    let expected = "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9"

    @Test("the sender's hex is the known HMAC-SHA1")
    func knownVector() {
        #expect(WebhookSignature.hex(of: body, secret: secret) == expected)
    }

    @Test("a good signature passes, bare, with sha1=, in upper case, with spaces around")
    func good() {
        for header in [expected, "sha1=" + expected, "SHA1=" + expected.uppercased(), "  \(expected) "] {
            #expect(WebhookSignature.check(header: header, body: body, secret: secret) == .valid, "\(header)")
        }
    }

    @Test("a signature of another body, or under another secret, is a mismatch")
    func bad() {
        let otherBody = WebhookSignature.hex(of: Array("the quick brown fox".utf8), secret: secret)
        let otherSecret = WebhookSignature.hex(of: body, secret: WebhookSecret("not-key"))
        #expect(WebhookSignature.check(header: otherBody, body: body, secret: secret) == .mismatch)
        #expect(WebhookSignature.check(header: "sha1=" + otherSecret, body: body, secret: secret) == .mismatch)
        var flipped = Array(expected)
        flipped[39] = flipped[39] == "9" ? "8" : "9"
        #expect(WebhookSignature.check(header: String(flipped), body: body, secret: secret) == .mismatch)
    }

    @Test("no header or an empty one is missing")
    func missing() {
        #expect(WebhookSignature.check(header: nil, body: body, secret: secret) == .missing)
        #expect(WebhookSignature.check(header: "", body: body, secret: secret) == .missing)
    }

    @Test("not 40 hex digits is malformed: short, odd, not hex, another algorithm")
    func malformed() {
        for header in [String(expected.dropLast(2)), String(expected.dropLast()), "z" + expected.dropFirst(),
                       "sha256=" + expected, expected + "00"] {
            #expect(WebhookSignature.check(header: header, body: body, secret: secret) == .malformed, "\(header)")
        }
    }

    @Test("a secret never prints")
    func secretMasked() {
        let secret = WebhookSecret("hunter2-webhook")
        #expect(!"\(secret)".contains("hunter2"))
        #expect(!String(reflecting: secret).contains("hunter2"))
        #expect(!"\(WebhookReceiverConfiguration(secret: secret))".contains("hunter2"))
    }
}

import Foundation
import TestSupport
import Testing

/// `c` for real: the release binary in tmux with `set-clipboard on`, so OSC 52 lands in tmux's paste buffer.
@Suite("copy in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"), .needsTools("tmux"))
struct CopyEndToEndTests {
    static func buffer(_ tmux: TmuxSession) -> String? {
        try? tmux.tmux(["show-buffer"])
    }

    @Test("c on a job row puts its id in tmux's buffer; on a masked secret nothing until v")
    func copiesThroughTmux() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 160, height: 45)
        try tmux.tmux(["set-option", "-g", "set-clipboard", "on"])
        try tmux.run("clear; \(binary) --demo")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(60), "the demo's jobs", capture: { try tmux.capture() }) {
            $0.contains("Linked connectors · acme") && ($0.contains("SYNC_") || $0.contains("JOB_"))
        }

        try tmux.press("5", "c")
        let copied = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the job id copied", capture: { try tmux.capture() }) {
            $0.contains("copied job id ")
        }
        let id = try #require(copied.components(separatedBy: "copied job id ").last?.split(separator: " ").first.map(String.init))
        let bufferHoldsID = await poll(upTo: .seconds(10)) { Self.buffer(tmux) == id }
        #expect(bufferHoldsID, "tmux's buffer holds job id \(id)")

        // acme's hubspot keeps an OAuth session in its state, its access_token masked: the root's last member.
        try tmux.press("2", "/")
        try tmux.run("hubspot")
        try tmux.press("4")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(30), "hubspot's state", capture: { try tmux.capture() }) {
            $0.contains("State · hubspot") && $0.contains("\"session\"")
        }
        // G: the root's closing brace; k: the session's; eight more: its first member, access_token.
        try tmux.press("G")
        for _ in 0..<9 { try tmux.press("k") }
        try tmux.press("c")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the refusal", capture: { try tmux.capture() }) {
            $0.contains("session.access_token is masked: v reveals it first; nothing copied")
        }
        #expect(Self.buffer(tmux) == id, "nothing new was copied")

        try tmux.press("v", "c")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the revealed value copied", capture: { try tmux.capture() }) {
            $0.contains("copied session.access_token and its value")
        }
        // Compared without printing it: the value is a (demo) secret.
        let revealedCopied = await poll(upTo: .seconds(10)) {
            guard let text = Self.buffer(tmux) else { return false }
            return text.hasPrefix("session.access_token: \"") && !text.contains("••")
        }
        #expect(revealedCopied, "tmux's buffer holds the revealed access_token with its path")
        try tmux.press("q")
    }
}

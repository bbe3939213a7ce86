import Foundation
import TestSupport
import Testing

/// The config's `keymap:` for real: the release binary in tmux on its demo, with a key bound to a palette command
/// (`journal: J`) and a dialog's key remapped (`close: Q`).
@Suite("keymap in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct KeymapEndToEndTests {
    @Test("J opens the journal, its bottom line says Q closes it, Esc no longer does and Q does")
    func remappedDialogKey() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 120, height: 40)
        let configDirectory = tmux.file("config/gluetop")
        try FileManager.default.createDirectory(at: configDirectory, withIntermediateDirectories: true)
        try "keymap:\n  journal: J\n  close: Q\n"
            .write(to: configDirectory.appendingPathComponent("config.yaml"), atomically: false, encoding: .utf8)

        try tmux.run("clear; \(binary) --demo")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(60), "the demo's connectors", capture: { try tmux.capture() }) {
            $0.contains("Linked connectors · acme")
        }
        try tmux.press("J")
        let journal = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the journal", capture: { try tmux.capture() }) {
            $0.contains("Journal") && $0.contains("Q close")
        }
        #expect(!journal.contains("esc close"))
        // Esc is the panes' `back` now, which the journal does not read: the `v` after it still reaches the journal
        // (empty in a fresh demo), which says so.
        try tmux.press("Escape", "v")
        let afterEscape = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the journal's answer to v after Esc",
                                                                   capture: { try tmux.capture() }) {
            $0.contains("no entry to reveal a value of")
        }
        #expect(afterEscape.contains("Journal"))
        try tmux.press("Q")
        let closed = try await ProfileEndToEndTests.waitUntil(.seconds(10), "the journal closed",
                                                              capture: { try tmux.capture() }) { !$0.contains("Q close") }
        #expect(closed.contains("Linked connectors · acme"))
        try tmux.press("q")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(30), "the shell's prompt", capture: { try tmux.capture() }) {
            $0.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix("e2e$") == true
        }
    }
}

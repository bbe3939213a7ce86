import Foundation
import Glibc
import TestSupport
import Testing

/// The real binary killed at each point of a state edit, in tmux, against an emulator process that outlives it
/// (its world keeps what was written; every PUT of a state takes 4 s, so "request sent" lasts long enough to
/// kill in): SIGKILL with the editor open, SIGHUP with the preview shown, SIGTERM with the write on its way,
/// SIGKILL with the write on its way. Each restart must offer what was left: the draft, or the change of unknown
/// result; the journal must say what happened.
@Suite("Crash recovery in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct CrashRecoveryEndToEndTests {
    /// bookmark: move the first bookmark to 2031 and exit; hang: the same, then say so and wait (the editor open).
    static let editorScript = #"""
        #!/bin/sh
        dir="$(dirname "$0")"
        step=$(head -n 1 "$dir/steps.txt")
        tail -n +2 "$dir/steps.txt" > "$dir/steps.next" && mv "$dir/steps.next" "$dir/steps.txt"
        sed -i '0,/"replication_key_value": "[^"]*"/s//"replication_key_value": "'"$step"'"/' "$1"
        if [ -f "$dir/hang" ]; then
          rm "$dir/hang"
          echo $$ > "$dir/editor.pid"
          exec sleep 600
        fi
        """#

    struct Dashboard {
        let tmux: TmuxSession
        let binary: String
        let url: String

        /// Starts the dashboard in the tmux shell; its pid comes back through a file (`exec` keeps it).
        func start() async throws -> Int32 {
            let pidFile = tmux.file("gluetop.pid").path
            unlink(pidFile)
            try tmux.run("stty sane; clear; sh -c 'echo $$ > \(pidFile); exec \(binary) --base-url \(url) "
                + "--env demo.hg.example.com --flow l8odS2mce'")
            let text = try await ProfileEndToEndTests.waitUntil(.seconds(30), "the dashboard's pid",
                capture: { (try? String(contentsOfFile: pidFile, encoding: .utf8)) ?? "" }) { !$0.isEmpty }
            return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        func screen(_ what: String, _ condition: @escaping (String) -> Bool) async throws -> String {
            try await ProfileEndToEndTests.waitUntil(.seconds(30), what, capture: { try tmux.capture() }, condition)
        }

        func journal() -> String {
            (try? String(contentsOf: tmux.file("state/gluetop/journal.jsonl"), encoding: .utf8)) ?? ""
        }

        func waitForJournal(_ what: String, _ condition: @escaping (String) -> Bool) async throws {
            _ = try await ProfileEndToEndTests.waitUntil(.seconds(30), what, capture: { journal() }, condition)
        }

        /// Waits until the process is gone (the shell's prompt is back).
        func waitForExit(_ pid: Int32) async throws {
            _ = try await ProfileEndToEndTests.waitUntil(.seconds(40), "gluetop \(pid) to exit", capture: {
                kill(pid, 0) == 0 ? "running" : "gone"
            }) { $0 == "gone" }
        }
    }

    @Test("SIGKILL with the editor open, SIGHUP at the preview, SIGTERM and SIGKILL with the write sent: nothing is lost")
    func killedAtEachPoint() async throws {
        do {
            try await killAtEachPoint()
        } catch {
            FileHandle.standardError.write(Data("crash recovery test: \(error)\n".utf8))
            throw error
        }
    }

    private func killAtEachPoint() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["HOTGLUE_API_KEY": "e2e-key"])
        let editor = tmux.file("editor.sh")
        try Self.editorScript.write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        func steps(_ values: String...) throws {
            try (values.joined(separator: "\n") + "\n").write(to: tmux.file("steps.txt"), atomically: true, encoding: .utf8)
        }
        try tmux.run("export EDITOR='sh \(editor.path)'")
        let emulator = try await ProfileEndToEndTests.startEmulator(
            tmux, binary: binary, name: "world", arguments: "--api-key e2e-key --faults 'latency=4s@state:method=PUT'")
        defer { kill(emulator.pid, SIGTERM) }
        let dashboard = Dashboard(tmux: tmux, binary: binary, url: emulator.url)

        // 1. SIGKILL while the editor is open (it has saved its edit): the next start offers the draft.
        var pid = try await dashboard.start()
        _ = try await dashboard.screen("acme's state") { $0.contains("Linked connectors · acme") && $0.contains("bookmarks") }
        try steps("2031-01-01T00:00:00Z")
        #expect(FileManager.default.createFile(atPath: tmux.file("hang").path, contents: nil))
        try tmux.press("4", "e")
        let editorPid = try await ProfileEndToEndTests.waitUntil(.seconds(30), "the editor to be open",
            capture: { (try? String(contentsOf: tmux.file("editor.pid"), encoding: .utf8)) ?? "" }) { !$0.isEmpty }
        kill(pid, SIGKILL)
        kill(Int32(editorPid.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, SIGKILL)
        try await dashboard.waitForExit(pid)
        #expect(!dashboard.journal().contains(#""kind":"intent""#), "nothing was sent")

        pid = try await dashboard.start()
        var screen = try await dashboard.screen("the draft offered") { $0.contains("Unfinished from an earlier run") }
        #expect(screen.contains("draft   state of "))
        try tmux.press("Enter")
        screen = try await dashboard.screen("the draft's diff") { $0.contains("Edit · state of ") }
        #expect(screen.contains("→ \"2031-01-01T00:00:00Z\""))

        // 2. SIGHUP (the ssh session dropped) with the preview shown: the draft is offered again.
        kill(pid, SIGHUP)
        try await dashboard.waitForExit(pid)
        pid = try await dashboard.start()
        _ = try await dashboard.screen("the draft offered again") { $0.contains("Unfinished from an earlier run") }
        try tmux.press("Enter")
        _ = try await dashboard.screen("the draft's diff again") { $0.contains("→ \"2031-01-01T00:00:00Z\"") }

        // 3. SIGTERM with the write on its way: gluetop waits for the answer, says so, and journals the outcome.
        try tmux.press("y")
        try await dashboard.waitForJournal("the intent") { $0.contains(#""kind":"intent""#) }
        kill(pid, SIGTERM)
        _ = try await dashboard.screen("finishing the change") { $0.contains("finishing 1 change") }
        try await dashboard.waitForExit(pid)
        var journal = dashboard.journal()
        #expect(journal.contains(#""kind":"outcome""#) && journal.contains(#""result":"succeeded""#), "\(journal)")

        // 4. SIGKILL with the write on its way: the next start says its result is unknown and checks the state.
        pid = try await dashboard.start()
        // The state pane is narrow: the value shows as "203…".
        screen = try await dashboard.screen("the written bookmark") { $0.contains(#""replication_key_value": "203"#) }
        #expect(!screen.contains("Unfinished from an earlier run"), "nothing left: the draft was written")
        try steps("2032-02-02T00:00:00Z")
        try tmux.press("4", "e")
        _ = try await dashboard.screen("the second diff") { $0.contains("→ \"2032-02-02T00:00:00Z\"") }
        try tmux.press("y")
        try await dashboard.waitForJournal("the second intent") {
            $0.components(separatedBy: #""kind":"intent""#).count == 3
        }
        kill(pid, SIGKILL)
        try await dashboard.waitForExit(pid)
        pid = try await dashboard.start()
        screen = try await dashboard.screen("the unknown change offered") { $0.contains("unknown state.set of ") }
        #expect(screen.contains("took effect") || screen.contains("did not take effect"), "\(screen)")
        try tmux.press("k")
        _ = try await dashboard.screen("the overlay gone") { !$0.contains("Unfinished from an earlier run") }
        journal = dashboard.journal()
        #expect(journal.contains(#""settled":"kept""#))
        try tmux.press("q")
        try await dashboard.waitForExit(pid)
    }
}

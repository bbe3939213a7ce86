import Foundation
import Glibc
import TestSupport
import Testing

/// `e`, `z` and an invalid edit with the real binary in tmux and a scripted `$EDITOR`: a small shell script that
/// keeps a copy of every file it is given and edits it in place as the test's step list says.
@Suite("State edits in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct StateEditEndToEndTests {
    /// The editor: copies what it was given to given-N.txt, then applies the next step of `steps.txt`
    /// (bookmark: move the first bookmark to 2031; invalid: break the JSON; fail: exit 1 without saving).
    static let editorScript = #"""
        #!/bin/sh
        dir="$(dirname "$0")"
        n=$(ls "$dir"/given-*.txt 2>/dev/null | wc -l)
        cp "$1" "$dir/given-$n.txt"
        step=$(head -n 1 "$dir/steps.txt")
        tail -n +2 "$dir/steps.txt" > "$dir/steps.next" && mv "$dir/steps.next" "$dir/steps.txt"
        case "$step" in
          bookmark) sed -i '0,/"replication_key_value": "[^"]*"/s//"replication_key_value": "2031-01-02T03:04:05Z"/' "$1" ;;
          invalid) sed -i '0,/"bookmarks": {/s//"bookmarks" {/' "$1" ;;
          *) exit 1 ;;
        esac
        """#

    static let newBookmark = "2031-01-02T03:04:05Z"

    @Test("edit a bookmark, see the diff, apply, see it; z brings the old value back; invalid JSON comes back with the error on top")
    func editUndoAndInvalid() throws {
        let binary = try #require(GluetopBinary.path())
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-e2e-editor-\(getpid())")
        try? FileManager.default.removeItem(at: scratch)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let editor = scratch.appendingPathComponent("editor.sh")
        try Self.editorScript.write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        func steps(_ lines: String...) throws {
            try (lines.joined(separator: "\n") + "\n").write(to: scratch.appendingPathComponent("steps.txt"),
                                                            atomically: true, encoding: .utf8)
        }
        func given(_ index: Int) throws -> String {
            try String(contentsOf: scratch.appendingPathComponent("given-\(index).txt"), encoding: .utf8)
        }

        // Run by sh, not exec'd: a script written a moment ago can still be open for writing in a child that
        // another test forked meanwhile, and exec would fail with "Text file busy".
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["EDITOR": "sh " + editor.path])
        try tmux.run("\(binary) --demo")
        _ = try tmux.waitFor("Linked connectors · acme", timeout: 30)
        // globex: its states do not move by themselves (the live demo runs jobs on acme only).
        try tmux.press(":")
        try tmux.tmux(["send-keys", "-t", tmux.name, "-l", "tenant globex"])
        try tmux.press("Enter")
        _ = try tmux.waitFor("Linked connectors · globex", timeout: 15)
        try tmux.press("4", "Enter")
        var screen = try tmux.waitUntil(timeout: 15, "globex's first state, zoomed") {
            $0.contains("State · ") && $0.contains("\"replication_key_value\": \"")
        }
        let oldValue = try #require(Self.firstBookmark(in: screen))

        // Edit: the diff shows old → new; y writes it; the pane shows the new value.
        try steps("bookmark")
        try tmux.press("e")
        screen = try tmux.waitFor("→ \"\(Self.newBookmark)\"", timeout: 15)
        #expect(screen.contains("Edit · state of "))
        #expect(screen.contains("\"\(oldValue)\" → \"\(Self.newBookmark)\""))
        #expect(try given(0).contains("\"replication_key_value\": \"\(oldValue)\""))
        try tmux.press("y")
        screen = try tmux.waitUntil(timeout: 15, "the new bookmark in the state pane") {
            !$0.contains("Edit · state of ") && Self.firstBookmark(in: $0) == Self.newBookmark
        }
        #expect(screen.contains("written (1 change) — z undoes it"))

        // Undo: the preview, then the old value is back.
        try tmux.press("z")
        _ = try tmux.waitFor("Undo · state of ", timeout: 15)
        try tmux.press("y")
        screen = try tmux.waitUntil(timeout: 15, "the old bookmark back") {
            !$0.contains("Undo · state of ") && Self.firstBookmark(in: $0) == oldValue
        }
        #expect(screen.contains("restored (1 change)"))

        // Invalid JSON: the editor comes back with the user's text and the error on top; then it gives up.
        try steps("invalid", "fail")
        try tmux.press("e")
        screen = try tmux.waitFor("nothing was changed", timeout: 15)
        let offered = try given(1)
        let reopened = try given(2)
        #expect(offered.contains("\"bookmarks\": {"))
        #expect(reopened.contains("// Not valid JSON, nothing was written: line "))
        #expect(reopened.contains("expected ':' after the key \"bookmarks\""))
        #expect(reopened.contains("\"bookmarks\" {"), "the user's own (broken) text, not the state again")
        #expect(Self.firstBookmark(in: screen) == oldValue)

        // The journal (under XDG_STATE_HOME) holds both writes with their before and after.
        let journal = try String(contentsOf: tmux.file("state/gluetop/journal.jsonl"), encoding: .utf8)
        #expect(journal.contains("\"state.set\"") && journal.contains("\"state.undo\""))
        #expect(journal.contains(Self.newBookmark) && journal.contains(oldValue))

        try tmux.press("q")
        _ = try tmux.waitUntil(timeout: 10, "the shell prompt") { $0.contains("e2e$") && !$0.contains("State · ") }
    }

    /// The value of the first `"replication_key_value": "…"` on the screen.
    static func firstBookmark(in screen: String) -> String? {
        guard let range = screen.range(of: "\"replication_key_value\": \"") else { return nil }
        let rest = screen[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}

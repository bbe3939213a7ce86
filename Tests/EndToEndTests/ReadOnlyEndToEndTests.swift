import Foundation
import Glibc
import TestSupport
import Testing

/// `--readonly` against an emulator started beside it (`gluetop emulator`, which prints a line per request): every
/// mutation key and palette command is pressed, and the emulator's request log shows that only reads reached it.
@Suite("gluetop --readonly in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct ReadOnlyEndToEndTests {
    /// The emulator's line per request ("GET /tenants/demo.hg.example.com → 200 …"), in the order logged.
    static func requestLines(_ log: String) -> [String] {
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map(String.init).filter { $0.contains(" → ") }
    }

    @Test("mutation keys and commands send nothing but GETs, journal nothing, and say read-only")
    func readOnlyChangesNothing() async throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 120, height: 40, environment: ["HOTGLUE_API_KEY": "ro-key"])
        let log = tmux.file("emulator.txt").path, pidFile = tmux.file("emulator.pid").path
        try tmux.run("\(binary) emulator --port 0 --api-key ro-key > \(log) 2>&1 & echo $! > \(pidFile).part && mv \(pidFile).part \(pidFile)")
        let banner = try await ProfileEndToEndTests.waitUntil(
            .seconds(30), "the emulator's banner",
            capture: { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }) {
            $0.contains("base URL") && FileManager.default.fileExists(atPath: pidFile)
        }
        let url = String(banner.split(separator: "\n").first { $0.contains("base URL") }?.split(separator: " ").last ?? "")
        let pid = Int32((try String(contentsOfFile: pidFile, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        defer { if pid > 0 { kill(pid, SIGTERM) } }

        try tmux.run("clear; \(binary) --base-url \(url) --env demo.hg.example.com --flow l8odS2mce --readonly")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(30), "the dashboard with acme's state",
                                                     capture: { try tmux.capture() }) { screen in
            screen.contains("READ-ONLY") && screen.contains("Linked connectors · acme") && screen.contains("bookmarks")
        }
        // Every pane, every mutation key (Esc after each in case anything opened).
        for pane in ["2", "3", "4", "5"] {
            try tmux.press(pane)
            for key in ["l", "u", "x", "d", "e", "X", "z", "r"] {
                try tmux.press(key)
                try tmux.press("Escape")
            }
        }
        try tmux.press("2", "x")
        let screen = try await ProfileEndToEndTests.waitUntil(.seconds(5), "the read-only notice",
                                                              capture: { try tmux.capture() }) { $0.contains("read-only") }
        #expect(!screen.contains("Unlink"))
        for command in ["discover", "state edit", "state reset", "state undo", "run read --reset", "link hubspot",
                        "unlink", "update"] {
            try tmux.press(":")
            try tmux.tmux(["send-keys", "-t", tmux.name, "-l", command])
            try tmux.press("Enter")
        }
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(5), "the last command's read-only notice",
                                                     capture: { try tmux.capture() }) { $0.contains("read-only") }
        // A barrier: keys are handled in order, so R's requests leave after anything the keys above (wrongly) sent.
        // Tenants are polled every 30 s, so a tenants request logged after this point is R's.
        let logged = Self.requestLines(log).count
        try tmux.press("R")
        _ = try await ProfileEndToEndTests.waitUntil(.seconds(15), "R's tenants request in the emulator's log",
                                                     capture: { Self.requestLines(log).dropFirst(logged).joined(separator: "\n") }) {
            $0.contains("GET /tenants/")
        }
        try tmux.press("q")

        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        let requests = lines.filter { $0.contains(" → ") }
        #expect(requests.count > 5, "the emulator saw too few requests to tell anything:\n\(lines.joined(separator: "\n"))")
        let writes = requests.filter { !$0.hasPrefix("GET ") || $0.contains("/linkedConnectors/discover ") }
        #expect(writes.isEmpty, "read-only sent: \(writes)")
        #expect(!FileManager.default.fileExists(atPath: tmux.directory.path + "/state/gluetop/journal.jsonl"))
    }
}

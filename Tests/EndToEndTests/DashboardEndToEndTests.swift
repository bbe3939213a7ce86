import Foundation
import Glibc
import TestSupport
import Testing

/// The release binary, run for real in tmux: what an on-call engineer would do in an ssh session.
@Suite("gluetop in tmux", .serialized, .needs(GluetopBinary.path() != nil, "a built gluetop binary"),
       .needsTools("tmux"))
struct DashboardEndToEndTests {
    static let paneTitles = ["Tenants", "Linked connectors", "Discover", "State", "Jobs"]

    static func connectorsTenant(in screen: String) -> String? {
        guard let range = screen.range(of: "Linked connectors · ") else { return nil }
        return screen[range.upperBound...].prefix { !$0.isWhitespace && $0 != "─" && $0 != "┐" }.description
    }

    static let jobStatuses = ["JOB_CREATED", "DISCOVER_STARTED", "SYNC_STARTED", "SYNC_SUCCESS", "ETL_STARTED",
                              "ETL_SUCCESS", "EXPORT_STARTED", "JOB_COMPLETED", "SYNC_FAILED", "ETL_FAILED",
                              "EXPORT_FAILED", "DISCOVER_FAILED"]

    /// How many times each status word shows: a change in this means a job moved.
    static func statusCounts(_ screen: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for status in jobStatuses {
            counts[status] = screen.components(separatedBy: status).count - 1
        }
        return counts
    }

    @Test("demo: five panes, another tenant, a job moving by itself, resize, quit with the terminal restored")
    func demoSession() throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 120, height: 40)
        let before = tmux.file("stty-before.txt").path, after = tmux.file("stty-after.txt").path
        try tmux.saveTerminalModes(to: before)
        try tmux.run("clear; \(binary) --demo")

        var screen = try tmux.waitUntil(timeout: 30, "the five panes with acme's connectors") { screen in
            Self.paneTitles.allSatisfy(screen.contains) && Self.connectorsTenant(in: screen) == "acme"
                && Self.statusCounts(screen).values.contains { $0 > 0 }
        }
        #expect(Self.paneTitles.allSatisfy(screen.contains))

        // A job changes status with no key pressed.
        let counts = Self.statusCounts(screen)
        screen = try tmux.waitUntil(timeout: 40, "a job status to change by itself") { Self.statusCounts($0) != counts }

        // Another tenant: its connectors replace acme's.
        try tmux.press("j")
        screen = try tmux.waitUntil(timeout: 15, "another tenant's connectors") { screen in
            guard let tenant = Self.connectorsTenant(in: screen) else { return false }
            return tenant != "acme"
        }

        // Resize to the smallest supported size and back: every pane still there, nothing past the edge.
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitUntil(timeout: 10, "the 80×24 layout") { screen in
            Self.paneTitles.allSatisfy(screen.contains) && screen.split(separator: "\n", omittingEmptySubsequences: false).count <= 25
        }
        for line in screen.split(separator: "\n") {
            #expect(line.count <= 80, "line wider than the terminal: \(line)")
        }
        try tmux.resize(width: 120, height: 40)
        _ = try tmux.waitUntil(timeout: 10, "the 120×40 layout again") { screen in
            Self.paneTitles.allSatisfy(screen.contains) && screen.split(separator: "\n").contains { $0.count > 100 }
        }

        // Quit: the shell prompt comes back and the terminal modes are as they were.
        try tmux.press("q")
        _ = try tmux.waitUntil(timeout: 10, "the shell prompt") { $0.contains("e2e$") && !$0.contains("Linked connectors") }
        try tmux.saveTerminalModes(to: after)
        let modesBefore = try String(contentsOfFile: before, encoding: .utf8)
        let modesAfter = try String(contentsOfFile: after, encoding: .utf8)
        #expect(modesBefore == modesAfter)
    }

    @Test("Ctrl-C and SIGTERM also restore the terminal", arguments: ["ctrl-c", "sigterm"])
    func otherWaysOut(_ way: String) throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 100, height: 30)
        let before = tmux.file("before.txt").path, after = tmux.file("after.txt").path
        try tmux.saveTerminalModes(to: before)
        let pid = try tmux.start("\(binary) --demo")
        _ = try tmux.waitUntil(timeout: 30, "the dashboard") { Self.paneTitles.allSatisfy($0.contains) }
        if way == "ctrl-c" {
            try tmux.press("C-c")
        } else {
            #expect(kill(pid, SIGTERM) == 0, "gluetop (pid \(pid)) is running")
        }
        _ = try tmux.waitUntil(timeout: 10, "the shell prompt") { !$0.contains("Linked connectors") && $0.contains("e2e$") }
        try tmux.saveTerminalModes(to: after)
        #expect(try String(contentsOfFile: before, encoding: .utf8) == String(contentsOfFile: after, encoding: .utf8))
    }

    @Test("too small a terminal says so instead of drawing a broken screen")
    func tooSmall() throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 60, height: 20)
        try tmux.run("\(binary) --demo")
        _ = try tmux.waitFor("too small", timeout: 30)
        try tmux.press("q")
        _ = try tmux.waitUntil(timeout: 10, "the shell prompt") { !$0.contains("too small") }
    }

    @Test("NO_COLOR and other TERMs draw the same panes", arguments: [
        ["NO_COLOR": "1"], ["TERM": "tmux-256color"], ["TERM": "xterm-256color", "COLORTERM": "truecolor"],
    ])
    func environments(_ environment: [String: String]) throws {
        let binary = try #require(GluetopBinary.path())
        let tmux = try TmuxSession(width: 200, height: 50, environment: environment)
        try tmux.run("\(binary) --demo")
        _ = try tmux.waitUntil(timeout: 30, "the five panes") { Self.paneTitles.allSatisfy($0.contains) }
        if environment["NO_COLOR"] != nil {
            let colored = try tmux.capture(colors: true)
            // No colour escapes (38;5 / 48;5 / 38;2 or the 30–37/90–97 foregrounds) in what NO_COLOR draws.
            #expect(!colored.contains("[38;5") && !colored.contains("[38;2") && !colored.contains("[48;5"))
        }
        try tmux.press("q")
        _ = try tmux.waitUntil(timeout: 10, "the shell prompt") { !$0.contains("Linked connectors") }
    }

    @Test("without a terminal the dashboard refuses clearly instead of spinning")
    func notATerminal() throws {
        let binary = try #require(GluetopBinary.path())
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-notty-\(getpid()).txt").path
        defer { unlink(output) }
        let status = try ChildProcess.run([binary, "--demo"], outputPath: output)
        let message = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(status == 2)
        #expect(message.contains("needs a terminal"))
    }
}

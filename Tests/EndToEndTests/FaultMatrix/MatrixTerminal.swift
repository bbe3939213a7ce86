import FaultMatrix
import Foundation
import Glibc

/// One tmux cell's world: a private tmux (its own HOME, so its own journal and drafts), a scripted `$EDITOR`, an
/// emulator process with the cell's faults that logs every request, and the terminal modes before gluetop ran.
/// Everything is waited for on a condition (the screen, a file, a pid), never for a fixed time.
final class MatrixTerminal {
    let tmux: TmuxSession
    let binary: String
    private(set) var emulatorURL = ""
    private(set) var emulatorPID: Int32 = 0
    private(set) var dashboardPID: Int32 = 0

    /// The scripted editor: each run takes the next line of steps.txt — `state` (moves the first bookmark to
    /// 2031), `config` (moves start_date to the 1900s), `copy` (keeps what it was handed in seen.txt, exits 1);
    /// with a `hang` file present it then writes its pid to editor.pid and waits to be killed.
    static let editorScript = #"""
        #!/bin/sh
        dir="$(dirname "$0")"
        step=$(head -n 1 "$dir/steps.txt")
        tail -n +2 "$dir/steps.txt" > "$dir/steps.next" && mv "$dir/steps.next" "$dir/steps.txt"
        case "$step" in
          state) sed -i '0,/"replication_key_value": "[^"]*"/s//"replication_key_value": "2031-01-01T00:00:00Z"/' "$1" ;;
          config) sed -i 's/"start_date": "20/"start_date": "19/' "$1" ;;
          copy) cp "$1" "$dir/seen.txt"; exit 1 ;;
        esac
        if [ -f "$dir/hang" ]; then
          rm "$dir/hang"
          echo $$ > "$dir/editor.pid.part" && mv "$dir/editor.pid.part" "$dir/editor.pid"
          exec sleep 600
        fi
        """#

    init(binary: String, faults: String) async throws {
        self.binary = binary
        tmux = try TmuxSession(width: 120, height: 40, environment: ["HOTGLUE_API_KEY": "e2e-key"])
        let editor = tmux.file("editor.sh")
        try Self.editorScript.write(to: editor, atomically: true, encoding: .utf8)
        try tmux.run("export EDITOR='sh \(editor.path)'")
        let log = tmux.file("emulator.log").path, pidFile = tmux.file("emulator.pid").path
        let faultOption = faults.isEmpty ? "" : " --faults '\(faults)'"
        try tmux.run("\(binary) emulator --port 0 --api-key e2e-key --job-stage-seconds 120\(faultOption) > \(log) 2>&1 & "
                     + "echo $! > \(pidFile).part && mv \(pidFile).part \(pidFile)")
        let banner = try await wait("the emulator's banner", capture: { Self.read(log) }) {
            $0.contains("base URL") && FileManager.default.fileExists(atPath: pidFile)
        }
        let line = banner.split(separator: "\n").first { $0.contains("base URL") } ?? ""
        emulatorURL = String(line.split(separator: " ").last ?? "")
        emulatorPID = Int32(Self.read(pidFile).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    /// Stops the emulator this cell started, by its pid.
    func close() {
        if emulatorPID > 0 { kill(emulatorPID, SIGTERM) }
        if dashboardPID > 0, kill(dashboardPID, 0) == 0 { kill(dashboardPID, SIGKILL) }
    }

    /// `stty -a` of the pane, written whole to `name`.
    func terminalModes(_ name: String) async throws -> String {
        let path = tmux.file(name).path
        try tmux.run("stty -a > \(path).part && mv \(path).part \(path)")
        _ = try await wait("stty -a in \(name)", capture: { Self.read(path) }) { !$0.isEmpty }
        return Self.read(path)
    }

    /// Starts the dashboard in the pane's foreground on acme, and returns once acme's connectors and state show.
    func startDashboard() async throws {
        let pidFile = tmux.file("gluetop.pid").path
        try tmux.run("clear; sh -c 'echo $$ > \(pidFile).part && mv \(pidFile).part \(pidFile); exec \(binary) "
                     + "--base-url \(emulatorURL) --env demo.hg.example.com --flow l8odS2mce'")
        let pid = try await wait("the dashboard's pid", capture: { Self.read(pidFile) }) { !$0.isEmpty }
        dashboardPID = Int32(pid.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        _ = try await screen("acme's connectors and state") {
            $0.contains("Linked connectors · acme") && $0.contains("bookmarks")
        }
    }

    func steps(_ lines: String...) throws {
        try (lines.joined(separator: "\n") + "\n").write(to: tmux.file("steps.txt"), atomically: true, encoding: .utf8)
    }

    func press(_ keys: String...) throws {
        for key in keys { try tmux.press(key) }
    }

    func type(_ text: String) throws {
        try tmux.tmux(["send-keys", "-t", tmux.name, "-l", text])
    }

    @discardableResult
    func screen(_ what: String, _ condition: @escaping (String) -> Bool) async throws -> String {
        try await wait(what, capture: { try self.tmux.capture() }, condition)
    }

    var journal: String { Self.read(tmux.file("state/gluetop/journal.jsonl").path) }
    var emulatorLog: String { Self.read(tmux.file("emulator.log").path) }

    /// Waits until the journal holds `count` intents: the change has left.
    func waitForIntents(_ count: Int) async throws {
        _ = try await wait("\(count) intent(s) in the journal", capture: { self.journal }) {
            $0.components(separatedBy: #""kind":"intent""#).count - 1 >= count
        }
    }

    var dashboardIsRunning: Bool { dashboardPID > 0 && kill(dashboardPID, 0) == 0 }

    /// Waits until the dashboard's process is gone.
    func waitForExit() async throws {
        let pid = dashboardPID
        _ = try await wait("gluetop \(pid) to exit", capture: { kill(pid, 0) == 0 ? "running" : "gone" }) { $0 == "gone" }
    }

    /// tmux's own flag: the pane is on the alternate screen (gluetop's) rather than the shell's.
    func onAlternateScreen() throws -> Bool {
        try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{alternate_on}"])
            .trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    @discardableResult
    func wait(_ what: String, timeout: Duration = .seconds(30), capture: () throws -> String,
              _ condition: (String) -> Bool) async throws -> String {
        try await ProfileEndToEndTests.waitUntil(timeout, what, capture: capture, condition)
    }

    static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}

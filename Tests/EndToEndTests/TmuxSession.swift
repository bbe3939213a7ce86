import Glibc
import Foundation

/// Drives a real terminal for end-to-end tests: a private tmux server (its own socket, so tests run side by side),
/// one session running a shell, keys in with send-keys, the screen out with capture-pane.
final class TmuxSession {
    let socket: String
    let name = "e2e"
    let directory: URL

    init(width: Int, height: Int, environment: [String: String] = [:]) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-e2e-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        socket = directory.appendingPathComponent("tmux.sock").path
        var env = ["TERM=\(environment["TERM"] ?? "xterm-256color")", "LANG=C.UTF-8", "LC_ALL=C.UTF-8",
                   "HOME=\(directory.path)", "XDG_STATE_HOME=\(directory.path)/state",
                   "XDG_CONFIG_HOME=\(directory.path)/config", "PS1=e2e$ ", "PATH=\(ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")"]
        for (key, value) in environment where key != "TERM" { env.append("\(key)=\(value)") }
        // The session's shell starts with exactly this environment, so the prompt and locale are known.
        let shell = "env -i " + env.map { "'\($0)'" }.joined(separator: " ") + " bash --norc --noprofile"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", shell])
        try tmux(["set-option", "-t", name, "status", "off"])
        if let term = environment["TERM"] {
            try tmux(["set-option", "-g", "default-terminal", term])
        }
        _ = try waitFor("e2e$", timeout: 10)
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a tmux client command. Its output goes to a file, not a pipe: the command that starts the server
    /// forks a daemon that would hold a pipe's write end open, so reading the pipe to its end would never return.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let outputFile = directory.appendingPathComponent("tmux-out-\(UUID().uuidString.prefix(8)).txt").path
        defer { unlink(outputFile) }
        let status = try ChildProcess.run(["/usr/bin/env", "tmux", "-S", socket] + arguments, outputPath: outputFile)
        let text = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw E2EError("tmux \(arguments.first ?? "") failed (\(status)): \(text)")
        }
        return text
    }

    /// Types a line into the shell and presses Enter.
    func run(_ commandLine: String) throws {
        try tmux(["send-keys", "-t", name, "-l", commandLine])
        try tmux(["send-keys", "-t", name, "Enter"])
    }

    /// Runs `commandLine` in the foreground of the shell and returns its pid, so that the test signals exactly
    /// the process it started: a `sh` writes its own pid to a file, then `exec`s the command in its place.
    func start(_ commandLine: String, timeout: Double = 60) throws -> pid_t {
        let pidFile = file("started-\(UUID().uuidString.prefix(8)).pid").path
        try run("sh -c 'echo $$ > \(pidFile).part && mv \(pidFile).part \(pidFile) && exec \(commandLine)'")
        _ = try waitUntil(timeout: timeout, "the pid file of \(commandLine)") { _ in
            FileManager.default.fileExists(atPath: pidFile)
        }
        let text = try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = pid_t(text), pid > 0 else { throw E2EError("no pid in \(pidFile): '\(text)'") }
        return pid
    }

    /// Writes `stty -a` of the pane's terminal to `path`, and returns once the file is complete (it is written
    /// under another name, then renamed).
    func saveTerminalModes(to path: String, timeout: Double = 60) throws {
        try run("stty -a > \(path).part && mv \(path).part \(path)")
        _ = try waitUntil(timeout: timeout, "stty -a in \(path)") { _ in FileManager.default.fileExists(atPath: path) }
    }

    /// Named keys as tmux knows them: "j", "Tab", "Escape", "C-c", "Enter", "PageUp".
    func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", name, key]) }
    }

    func capture(colors: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", name] + (colors ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Waits until the screen contains `text`; returns the screen. Fails with the last screen in the message.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 60) throws -> String {
        try waitUntil(timeout: timeout, "'\(text)' on screen") { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(timeout: Double, _ what: String, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("timed out after \(timeout) s waiting for \(what); the screen was:\n\(screen)")
    }

    func file(_ name: String) -> URL { directory.appendingPathComponent(name) }
}

struct E2EError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The binary under test: GLUETOP_BINARY (the test script points it at the release build), else the newest build.
enum GluetopBinary {
    static func path() -> String? {
        if let path = ProcessInfo.processInfo.environment["GLUETOP_BINARY"], FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        // The newer of the two builds: the other may predate what is being tested.
        let candidates = ["release", "debug"].map { root.appendingPathComponent(".build/\($0)/gluetop").path }
            .filter { FileManager.default.isExecutableFile(atPath: $0) }
        func modified(_ path: String) -> Date {
            (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? .distantPast
        }
        return candidates.max { modified($0) < modified($1) }
    }
}

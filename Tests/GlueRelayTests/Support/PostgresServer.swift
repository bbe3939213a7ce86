import Foundation
import GlueRelay
import GlueSync
import TestSupport

/// A PostgreSQL server of the test's own, from Debian's `postgresql` package: initdb into a temporary folder (as
/// the `postgres` user when the test runs as root), started on a free loopback port, stopped by its pid.
final class PostgresServer: Sendable {
    let folder: URL
    let port: Int
    private let binaries: URL

    /// The newest installed server's programs (`/usr/lib/postgresql/<version>/bin`), nil when none is.
    static var binariesFolder: URL? {
        let root = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return versions.compactMap(Int.init).sorted().last.map {
            root.appendingPathComponent(String($0)).appendingPathComponent("bin")
        }.flatMap { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) ? $0 : nil }
    }

    static var isInstalled: Bool { binariesFolder != nil }

    private static var runningAsRoot: Bool { getuid() == 0 }

    init() throws {
        guard let binaries = Self.binariesFolder else { throw ServerError("PostgreSQL is not installed (apt-get install postgresql)") }
        self.binaries = binaries
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        port = try freeLoopbackPort()
        if Self.runningAsRoot {
            try Self.run("/bin/chown", ["postgres:postgres", folder.path])
        }
        try runAsOwner(binaries.appendingPathComponent("initdb").path,
                       ["-D", dataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"])
    }

    var dataFolder: String { folder.appendingPathComponent("data").path }

    /// The relay's and the feed's address (trust authentication, no TLS).
    var address: DatabaseAddress {
        get throws { try DatabaseAddress(parsing: "postgres://postgres@127.0.0.1:\(port)/postgres?sslmode=disable") }
    }

    /// Starts the server and returns once it accepts connections.
    func start() throws {
        try runAsOwner(binaries.appendingPathComponent("pg_ctl").path, [
            "-D", dataFolder, "-l", folder.appendingPathComponent("server.log").path, "-w", "-t", "60",
            "-o", "-p \(port) -k \(folder.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        ])
    }

    /// Stops the server by its pid (SIGINT: a fast shutdown) and waits until that process is gone.
    func stop() async {
        let pidFile = folder.appendingPathComponent("data/postmaster.pid").path
        guard let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
              let pid = text.split(separator: "\n").first.flatMap({ Int32($0) })
        else { return }
        kill(pid, SIGINT)
        _ = await poll(upTo: .seconds(60)) { kill(pid, 0) != 0 }
    }

    /// Stops the server and removes its folder.
    func remove() async {
        await stop()
        try? FileManager.default.removeItem(at: folder)
    }

    private func runAsOwner(_ program: String, _ arguments: [String]) throws {
        if Self.runningAsRoot {
            try Self.run("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments)
        } else {
            try Self.run(program, arguments)
        }
    }

    /// Runs a program to its end (posix_spawn and waitpid: Foundation's Process did not see runuser exit once
    /// the server it started lived on). Its output goes to a file, which the error quotes.
    private static func run(_ program: String, _ arguments: [String]) throws {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent("gluetop-pg-\(UUID().uuidString).out").path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
        guard spawned == 0 else { throw ServerError("\(program) could not be started (error \(spawned))") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = (status & 0x7f) == 0
        let code = (status >> 8) & 0xff
        guard exited && code == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw ServerError("\(program) \(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

    struct ServerError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Starts a PostgreSQL server for `body` and always removes it.
func withPostgres(_ body: (PostgresServer) async throws -> Void) async throws {
    let server = try PostgresServer()
    do {
        try server.start()
        try await body(server)
    } catch {
        await server.remove()
        throw error
    }
    await server.remove()
}

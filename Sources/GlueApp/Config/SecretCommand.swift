import Foundation
import Glibc

/// Runs a `command:` secret source with `/bin/sh -c`: stdin from /dev/null, stderr discarded (a password manager's
/// chatter is not ours to show), stdout captured. posix_spawn and waitpid rather than Foundation's Process, whose
/// SIGCHLD handling a process full of terminal signal handling cannot rely on.
enum SecretCommand {
    struct Output {
        var status: Int32
        var stdout: Data
        var timedOut: Bool
    }

    enum Failure: Error {
        case cannotStart(String)
    }

    static func run(_ command: String, environment: [String: String], timeout: Duration) throws(Failure) -> Output {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw .cannotStart(String(cString: strerror(errno))) }
        let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])
        defer { close(readEnd) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, readEnd)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The dashboard blocks SIGWINCH in every thread; the command starts with nothing blocked.
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)

        let argv = ["/bin/sh", "-c", command]
        let env = environment.map { "\($0.key)=\($0.value)" }
        var cArgs = argv.map { strdup($0) } + [nil]
        var cEnv = env.map { strdup($0) } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &cArgs, &cEnv)
        close(writeEnd)
        guard started == 0 else { throw .cannotStart(String(cString: strerror(started))) }

        let (stdout, timedOut) = readAll(readEnd, deadline: ContinuousClock.now + timeout)
        if timedOut { kill(-pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Output(status: exitStatus, stdout: stdout, timedOut: timedOut)
    }

    /// Reads to end of file, or until the deadline (then reports a time-out).
    private static func readAll(_ fd: Int32, deadline: ContinuousClock.Instant) -> (Data, Bool) {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            if left <= .zero { return (data, true) }
            var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000, 1000))
            let ready = poll(&descriptor, 1, max(1, milliseconds))
            if ready < 0, errno == EINTR { continue }
            if ready <= 0 { continue }
            let count = read(fd, &buffer, buffer.count)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return (data, false) }
            data.append(buffer, count: count)
        }
    }
}

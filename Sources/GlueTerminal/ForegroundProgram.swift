import CNCurses
import Glibc

/// How a program run with `runInForeground` ended.
public enum ProgramExit: Hashable, Sendable {
    case exited(Int32)
    case killedBySignal(Int32)

    public var succeeded: Bool { self == .exited(0) }
}

extension TerminalScreen {
    /// Runs a program on the terminal (the state editor) and waits for it: suspends the screen, starts the
    /// program, waits for it to exit, then takes the terminal back and repaints the last frame in full.
    ///
    /// Why not Foundation's `Process`: it starts the child in a process group of its own, so an editor is a
    /// background job on the terminal and stops (SIGTTIN) the moment it reads a key. It would also inherit
    /// gluetop's blocked SIGWINCH and never see a resize. Here the child stays in gluetop's process group (the
    /// terminal's foreground group), gets an empty signal mask and default signal actions, and has the terminal
    /// on stdin, stdout and stderr even when gluetop's stderr goes to its log.
    ///
    /// `arguments[0]` is looked up in PATH. To honour `$EDITOR` values with options ("code --wait"), pass
    /// `["/bin/sh", "-c", "$EDITOR \"$1\"", "sh", path]`.
    public func runInForeground(_ arguments: [String]) throws(TerminalError) -> ProgramExit {
        precondition(!arguments.isEmpty, "runInForeground needs a program")
        suspendForChild()
        defer { resumeAfterChild() }

        var fileActions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&fileActions)
        defer { posix_spawn_file_actions_destroy(&fileActions) }
        posix_spawn_file_actions_adddup2(&fileActions, configuration.inputFD, STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&fileActions, configuration.outputFD, STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&fileActions, configuration.outputFD, STDERR_FILENO)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGWINCH, SIGINT, SIGQUIT, SIGTSTP, SIGTTIN, SIGTTOU, SIGPIPE, SIGTERM, SIGHUP] {
            sigaddset(&defaults, signal)
        }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let status = posix_spawnp(&child, arguments[0], &fileActions, &attributes, &argv, gt_environ())
        guard status == 0 else {
            throw .programFailedToStart(arguments[0], errno: status)
        }
        var waitStatus: Int32 = 0
        while waitpid(child, &waitStatus, 0) < 0 {
            guard errno == EINTR else { throw .systemCallFailed("waitpid", errno: errno) }
        }
        var value: Int32 = 0
        switch gt_wait_status(waitStatus, &value) {
        case 1: return .exited(value)
        default: return .killedBySignal(value)
        }
    }
}

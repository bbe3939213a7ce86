import Glibc

/// Points file descriptor 2 at a file until `restore()`.
struct StandardErrorRedirect {
    private let saved: Int32

    init(to path: String) {
        saved = dup(STDERR_FILENO)
        let file = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        if file >= 0 {
            dup2(file, STDERR_FILENO)
            close(file)
        }
    }

    func restore() {
        guard saved >= 0 else { return }
        dup2(saved, STDERR_FILENO)
        close(saved)
    }
}

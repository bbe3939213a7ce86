import Glibc

/// One line to stdout for the server commands (`emulator`, `relay`): unbuffered, so a banner and a log line show
/// at once even when stdout is a pipe, and written with write(2), so a reader that went away (`| head`) does not
/// crash the server, as FileHandle.write does on EPIPE.
enum StandardOutputLine {
    static func write(_ text: String) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
